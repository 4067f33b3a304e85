// Sanity program tests/analysis/programs/linear_recursion.py (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

function total(n) {
    if (n === 0) return 0;
    return n + total(n - 1);
}

console.log(total(nextInt()));
