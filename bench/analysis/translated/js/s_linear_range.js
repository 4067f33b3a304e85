// Sanity program tests/analysis/programs/linear_range.py (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
let best = 0;
for (let i = 0; i < n; i++) best = Math.max(best, a[i]);
console.log(best);
