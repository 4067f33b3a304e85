// expect time=linear
const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const count = new Map();
for (const x of a) {
    count.set(x, (count.get(x) || 0) + 1);
}
console.log(count.size);
