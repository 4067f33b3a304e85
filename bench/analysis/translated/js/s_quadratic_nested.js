// Sanity program tests/analysis/programs/quadratic_nested.py (quadratic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
let count = 0;
for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
        if (a[i] > a[j]) count += 1;
console.log(count);
