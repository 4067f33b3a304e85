// CodeComplex Java dev #6 (constant), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function next() { return data[pos++]; }

const n = Number(next());
if (n >= -9) {
    console.log(n);
} else {
    const absN = Math.abs(n);
    const m1 = -Math.trunc(absN / 10);
    const last = absN % 10;
    const m2 = -(Math.trunc(absN / 100) * 10 + last);
    console.log(Math.max(m1, m2));
}
