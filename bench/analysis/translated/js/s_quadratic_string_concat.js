// Sanity program tests/analysis/programs/quadratic_string_concat.py (quadratic), translated to JavaScript.

// s = s + line, as Python's s += input() is counted: a copy per line.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const n = parseInt(lines[0], 10);
let s = '';
for (let i = 0; i < n; i++) {
    s = s + lines[i + 1];
}
console.log(s);
