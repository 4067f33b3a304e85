// expect time=nlogn
// `continue items;` leaves the inner while (true) and goes on with the next item: log v halvings
// per item. Read as a plain continue (acorn's label dropped), the inner loop had no exit.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const n = parseInt(lines[0]);
const a = lines[1].split(' ').map(Number);
let halvings = 0;
items:
for (let i = 0; i < n; i++) {
    let v = a[i];
    while (true) {
        if (v <= 1) continue items;
        v = Math.floor(v / 2);
        halvings++;
    }
}
console.log(halvings);
