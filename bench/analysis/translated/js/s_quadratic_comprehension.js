// Sanity program tests/analysis/programs/quadratic_comprehension.py (quadratic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const pairs = [];
for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
        if (i < j) pairs.push([i, j]);
console.log(pairs.length);
