// expect time=quadratic
// new Int32Array(n) holds n items: two loops over it are n^2.
const n = parseInt(require('fs').readFileSync(0, 'utf8'), 10);
const a = new Int32Array(n);
let pairs = 0;
for (const x of a)
    for (const y of a)
        if (x + y === 0) pairs++;
console.log(pairs);
