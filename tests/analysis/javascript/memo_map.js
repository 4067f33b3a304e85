// expect time=linear
// A memo table at the top of the script, consulted by the function: one call per state.
const memo = new Map();
function ways(n) {
    if (n < 2) return 1;
    if (memo.has(n)) return memo.get(n);
    const r = ways(n - 1) + ways(n - 2);
    memo.set(n, r);
    return r;
}
const n = parseInt(require('fs').readFileSync(0, 'utf8'), 10);
console.log(ways(n));
