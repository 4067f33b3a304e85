// Sanity program tests/analysis/programs/linear_bfs.py (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const m = nextInt();
const adj = [];
for (let i = 0; i < n; i++) adj.push([]);
for (let e = 0; e < m; e++) {
    const u = nextInt();
    const v = nextInt();
    adj[u].push(v);
    adj[v].push(u);
}
const dist = new Array(n).fill(-1);
dist[0] = 0;
// A queue as an array and a head index: shift() would copy the array.
const q = [0];
let head = 0;
while (head < q.length) {
    const u = q[head++];
    for (const v of adj[u]) {
        if (dist[v] < 0) {
            dist[v] = dist[u] + 1;
            q.push(v);
        }
    }
}
console.log(dist.join(' '));
