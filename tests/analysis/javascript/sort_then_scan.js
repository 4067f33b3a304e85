// expect time=nlogn
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const n = parseInt(lines[0]);
const a = lines[1].split(' ').map(Number);
a.sort((x, y) => x - y);
let best = 0;
for (let i = 1; i < n; i++) {
    best = Math.max(best, a[i] - a[i - 1]);
}
console.log(best);
