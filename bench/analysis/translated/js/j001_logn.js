// CodeComplex Java dev #1 (logn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextLong() { return Number(data[pos++]); }

function valid(mid, e, n) {
    const cur = Math.floor(e * (e + 1) / 2) - Math.floor(mid * (mid - 1) / 2);
    if (cur <= n) return true;
    return false;
}

function BS(x, n) {
    let s = 1, e = x, m = 0;
    while (s < e) {
        m = Math.floor((s + e + 1) / 2) - 1;
        if (!valid(m, x, n)) s = m + 1;
        else e = m;
    }
    return s;
}

let n = nextLong();
let k = nextLong();
k--;
n--;
const limit = Math.floor((k * (k + 1)) / 2);
if (n > limit) {
    console.log(-1);
} else if (n === 0) {
    console.log(0);
} else if (n <= k) {
    console.log(1);
} else {
    let count = 0;
    const end = k;
    const sk = BS(end, n);
    count += end - sk + 1;
    const cur = Math.floor(end * (end + 1) / 2) - Math.floor(sk * (sk - 1) / 2);
    n = n - cur;
    if (n !== 0) {
        count++;
    }
    console.log(count);
}
