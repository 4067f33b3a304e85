// Sanity program tests/analysis/programs/exponential_combinations.py (exponential), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

// itertools.combinations: a generator of every r-subset, in order.
function* combinations(a, r, start = 0, chosen = []) {
    if (chosen.length === r) {
        yield chosen.slice();
        return;
    }
    for (let i = start; i < a.length; i++) {
        chosen.push(a[i]);
        yield* combinations(a, r, i + 1, chosen);
        chosen.pop();
    }
}

const n = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
let count = 0;
for (let r = 0; r <= n; r++) {
    for (const c of combinations(a, r)) {
        if (c.reduce((s, x) => s + x, 0) === 0) count += 1;
    }
}
console.log(count);
