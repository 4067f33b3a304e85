// Sanity program tests/analysis/programs/logn_recursive_halving.py (logn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

function power(x, n) {
    if (n === 0) return 1;
    const half = power(x, Math.floor(n / 2));
    return half * half * (n % 2 ? x : 1);
}

console.log(power(3, nextInt()));
