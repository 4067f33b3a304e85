// Sanity program tests/analysis/programs/constant_fixed_loop.py (constant), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
let total = 0;
for (let i = 0; i < 1000; i++) {
    total += i * n;
}
console.log(total);
