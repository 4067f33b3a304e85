// Sanity program tests/analysis/programs/nlogn_sort.py (nlogn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
a.sort((x, y) => x - y);
console.log(a[Math.floor(n / 2)]);
