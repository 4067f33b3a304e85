// Sanity program tests/analysis/programs/linear_join.py (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const parts = [];
for (let i = 0; i < n; i++) parts.push(String(i));
console.log(parts.join(''));
