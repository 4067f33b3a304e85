// CodeComplex Java dev #65 (exponential), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let p = 0;
function next() { return data[p++]; }

function setBits(n) {
    let count = 0;
    while (n > 0) {
        count += n & 1;
        n >>= 1;
    }
    return count;
}

const n = parseInt(next(), 10);
const m = parseInt(next(), 10);
const s = next();
const count = [];
for (let i = 0; i < m; i++) count.push(new Array(m).fill(0));
const dp = new Array(1 << m).fill(2147483647);
dp[0] = 0;
for (let i = 1; i < n; i++) {
    const a = s.charCodeAt(i) - 97;
    const b = s.charCodeAt(i - 1) - 97;
    count[a][b]++;
    count[b][a]++;
}
for (let i = 1; i < (1 << m); i++) {
    const pos = setBits(i);
    for (let j = 0; (i >> j) !== 0; j++) {
        if (((i >> j) & 1) === 0) continue;
        let sum = 0;
        for (let mask = i, y = 0; y < m; mask >>= 1, y++) {
            if (y === j) continue;
            if ((mask & 1) === 1) sum += count[j][y];
            else sum -= count[j][y];
        }
        const calc = dp[i - (1 << j)] + pos * sum;
        dp[i] = Math.min(dp[i], calc);
    }
}
console.log(dp[(1 << m) - 1]);
