// expect time=linear
// reduce calls its callback once per item: a pass over the input's numbers.
const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const total = a.reduce((s, x) => s + x, 0);
const best = a.reduce((m, x) => Math.max(m, x));
console.log(total - best);
