// Sanity program tests/analysis/programs/constant_arithmetic.py (constant), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const a = nextInt();
const b = nextInt();
console.log(Math.floor((a + b) * (a - b) / 2));
