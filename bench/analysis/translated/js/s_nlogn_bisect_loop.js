// Sanity program tests/analysis/programs/nlogn_bisect_loop.py (nlogn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

// bisect.bisect_left: the first index whose item is not below x.
function bisectLeft(a, x) {
    let lo = 0, hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

const n = nextInt();
const a = [];
for (let i = 0; i < n; i++) a.push(nextInt());
a.sort((x, y) => x - y);
for (let q = 0; q < n; q++) {
    const x = nextInt();
    console.log(bisectLeft(a, x));
}
