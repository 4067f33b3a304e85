// expect time=quadratic
// A callback with statements runs once per item: forEach over n items, each a loop over n.
const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
let pairs = 0;
a.forEach((x) => {
    for (const y of a) if (x + y === 0) pairs++;
});
const closest = a.map((x) => {
    let best = Infinity;
    for (const y of a) best = Math.min(best, Math.abs(x - y) || Infinity);
    return best;
});
console.log(pairs, closest.length);
