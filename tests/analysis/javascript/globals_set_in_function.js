// expect time=exponential
// run() sets the script's n; solve() reads that n, not a local of run().
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
let n = 0;
let best = 0;
function solve() {
    for (let mask = 0; mask < (1 << n); mask++) {
        let bits = 0;
        for (let i = 0; i < n; i++) if (mask & (1 << i)) bits++;
        best = Math.max(best, bits);
    }
}
function run() {
    n = nextInt();
    solve();
}
run();
console.log(best);
