// expect time=logn
const n = parseInt(require('fs').readFileSync(0, 'utf8'));
let lo = 0, hi = n;
while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid * mid < n) lo = mid + 1; else hi = mid;
}
console.log(lo);
