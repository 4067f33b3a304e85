// Sanity program tests/analysis/programs/exponential_subsets.py (exponential), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
let best = 0;
for (let mask = 0; mask < (1 << n); mask++) {
    let s = 0;
    for (let i = 0; i < n; i++) {
        if (((mask >> i) & 1) === 1) s += a[i];
    }
    best = Math.max(best, s);
}
console.log(best);
