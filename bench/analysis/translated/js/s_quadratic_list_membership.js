// Sanity program tests/analysis/programs/quadratic_list_membership.py (quadratic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
const uniq = [];
for (const x of a) {
    if (!uniq.includes(x)) uniq.push(x);
}
console.log(uniq.length);
