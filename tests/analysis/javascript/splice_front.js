// expect time=quadratic
// splice(0, 0, x) moves every item: n inserts at the front are n^2.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
const n = nextInt();
const out = [];
for (let i = 0; i < n; i++) out.splice(0, 0, i);
console.log(out.length);
