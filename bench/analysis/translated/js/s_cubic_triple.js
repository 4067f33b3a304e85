// Sanity program tests/analysis/programs/cubic_triple.py (cubic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const d = [];
for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) row.push(nextInt());
    d.push(row);
}
for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
console.log(d.map((row) => row.join(' ')).join('\n'));
