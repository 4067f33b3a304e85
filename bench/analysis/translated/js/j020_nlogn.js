// CodeComplex Java dev #20 (nlogn), translated to JavaScript (the work done in the constructor, as in
// Java).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

function exit(o) {
    console.log(o);
    process.exit(0);
}

class A {
    constructor() {
        const N = nextInt();
        const arr = new Array(N);
        for (let n = 0; n < N; ++n) arr[n] = nextInt();
        this.solve(N, arr);
    }

    solve(N, arr) {
        arr.sort((x, y) => x - y);
        let S1 = 0;
        for (let n = 0; n < N; ++n) S1 += arr[n];
        let S2 = 0;
        for (let n = N - 1; n >= 0; --n) {
            S2 += arr[n];
            if (S2 > S1 - S2) exit(N - n);
        }
    }
}

new A();
