// Sanity program tests/analysis/programs/linear_sum_builtin.py (linear), translated to JavaScript.

const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const sum = a.reduce((s, x) => s + x, 0);
const min = a.reduce((m, x) => Math.min(m, x));
const max = a.reduce((m, x) => Math.max(m, x));
console.log(sum - min + max);
