// CodeComplex Java dev #47 (nlogn), translated to JavaScript. JavaScript has no sorted set: the
// TreeSet becomes a sorted array of the distinct values and TreeSet.lower a binary search over it
// (O(log n) per query, as in Java).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

function lower(sorted, x) {
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    return sorted[lo - 1];
}

const n = nextInt();
const u = nextInt();
const e = new Array(n);
const seen = new Set();
for (let i = 0; i < n; i++) {
    e[i] = nextInt();
    seen.add(e[i]);
}
const ts = Array.from(seen).sort((a, b) => a - b);
let max = -1;
for (let i = 0; i < n - 2; i++) {
    const k = lower(ts, e[i] + u + 1);
    if (e[i] === k || e[i + 1] === k) continue;
    max = Math.max(max, (k - e[i + 1]) / (k - e[i]));
}
console.log(max);
