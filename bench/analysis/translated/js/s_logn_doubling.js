// Sanity program tests/analysis/programs/logn_doubling.py (logn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
let i = 1;
while (i < n) i *= 2;
console.log(i);
