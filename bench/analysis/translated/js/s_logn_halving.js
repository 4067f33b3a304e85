// Sanity program tests/analysis/programs/logn_halving.py (logn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

let n = nextInt();
let steps = 0;
while (n > 0) {
    n = Math.floor(n / 2);
    steps += 1;
}
console.log(steps);
