// CodeComplex Java dev #46 (logn), translated to JavaScript (only the helpers the solution calls).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextLong() { return Number(data[pos++]); }

function getSum(n, k) {
    const nah = n - k + 1;
    return ((n + k) * Math.floor(nah / 2)) + (nah % 2 > 0 ? Math.floor((n + k) / 2) : 0);
}

function solve() {
    const n = nextLong();
    const k = nextLong();
    if (n === 1) {
        console.log(0);
        return;
    }
    const nah = k - 2;
    if (getSum(k, 2) - nah < n) {
        console.log(-1);
        return;
    }
    let l = 2, r = k;
    while (l !== r) {
        const mid = Math.floor((l + r + 1) / 2);
        const jmlOutput = getSum(k, mid) - (k - mid);
        if (jmlOutput >= n) {
            l = mid;
        } else {
            r = mid - 1;
        }
    }
    console.log(k - l + 1);
}

solve();
