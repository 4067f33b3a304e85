// CodeComplex Java dev #70 (quadratic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
function readArray(n) {
    const a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = nextInt();
    return a;
}

const out = [];
// Java's PrintWriter: each print is a piece of the output, joined once at the end.
function print(list) {
    for (let i = 0; i < list.length - 1; i++) out.push(list[i] + '.');
    out.push(list[list.length - 1] + '\n');
}

let t = nextInt();
while (t-- > 0) {
    const n = nextInt();
    const a = readArray(n);
    let prev = -1;
    const f = [];
    for (let i = 0; i < n; i++) {
        if (prev === -1) {
            out.push(a[i] + '\n');
            f.push(a[i]);
            prev = a[i];
        } else if (a[i] === 1) {
            f.push(a[i]);
            print(f);
        } else {
            while (f.length > 0 && f[f.length - 1] !== a[i] - 1) f.pop();
            if (f.length !== 0) f.pop();
            f.push(a[i]);
            prev = a[i];
            print(f);
        }
    }
}
process.stdout.write(out.join(''));
