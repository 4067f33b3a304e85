// Sanity program tests/analysis/programs/nlogn_heap.py (nlogn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

// heapq: a binary min-heap in an array.
function heappush(h, x) {
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
        const p = (i - 1) >> 1;
        if (h[p] <= h[i]) break;
        [h[p], h[i]] = [h[i], h[p]];
        i = p;
    }
}

function heappop(h) {
    const top = h[0];
    const last = h.pop();
    if (h.length > 0) {
        h[0] = last;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1, r = l + 1;
            let m = i;
            if (l < h.length && h[l] < h[m]) m = l;
            if (r < h.length && h[r] < h[m]) m = r;
            if (m === i) break;
            [h[m], h[i]] = [h[i], h[m]];
            i = m;
        }
    }
    return top;
}

const n = nextInt();
const h = [];
for (let i = 0; i < n; i++) heappush(h, nextInt());
const out = [];
while (h.length > 0) out.push(heappop(h));
console.log(out.join(' '));
