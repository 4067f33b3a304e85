// CodeComplex Java dev #5 (nlogn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
function readArray(n) {
    const a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = nextInt();
    return a;
}

let t = 1;
while (t-- > 0) {
    const n = nextInt();
    const a = readArray(n);
    let parity = 0;
    for (let i = 0; i < n; i++) {
        if (a[i] === -1) continue;
        parity ^= 1;
        let x = i;
        while (a[x] !== -1) {
            const y = a[x];
            a[x] = -1;
            x = y - 1;
        }
    }
    if (parity === 1) console.log('Um_nik');
    else console.log('Petr');
}
