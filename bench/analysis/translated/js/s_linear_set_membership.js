// Sanity program tests/analysis/programs/linear_set_membership.py (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
const seen = new Set();
for (const x of a) {
    if (seen.has(x)) console.log('dup');
    seen.add(x);
}
