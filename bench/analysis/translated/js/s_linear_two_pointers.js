// Sanity program tests/analysis/programs/linear_two_pointers.py (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const k = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
let j = 0;
let best = 0;
let total = 0;
for (let i = 0; i < n; i++) {
    total += a[i];
    while (total > k) {
        total -= a[j];
        j += 1;
    }
    best = Math.max(best, i - j + 1);
}
console.log(best);
