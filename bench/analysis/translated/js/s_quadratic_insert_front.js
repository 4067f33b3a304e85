// Sanity program tests/analysis/programs/quadratic_insert_front.py (quadratic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const out = [];
for (let i = 0; i < n; i++) out.splice(0, 0, i);
console.log(out.join(' '));
