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
function print(list) {
    let line = '';
    for (let i = 0; i < list.length - 1; i++) line += list[i] + '.';
    out.push(line + list[list.length - 1]);
}

let t = nextInt();
while (t-- > 0) {
    const n = nextInt();
    const a = readArray(n);
    let prev = -1;
    const f = [];
    for (let i = 0; i < n; i++) {
        if (prev === -1) {
            out.push(String(a[i]));
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
console.log(out.join('\n'));
