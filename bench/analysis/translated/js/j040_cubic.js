// CodeComplex Java dev #40 (cubic), translated to JavaScript (memoized recursion over cell and steps).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
function intArr(n) {
    const a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = nextInt();
    return a;
}

let memo;
const inf = 1e9;
let n, m, down, right;
const out = [];

function dp(i, j, k) {
    if (k <= 0) return 0;
    if (memo[i][j][k] !== -1) return memo[i][j][k];
    let ans = inf;
    if (i + 1 < n) ans = Math.min(ans, down[i][j] + dp(i + 1, j, k - 1));
    if (i - 1 >= 0) ans = Math.min(ans, down[i - 1][j] + dp(i - 1, j, k - 1));
    if (j + 1 < m) ans = Math.min(ans, right[i][j] + dp(i, j + 1, k - 1));
    if (j - 1 >= 0) ans = Math.min(ans, right[i][j - 1] + dp(i, j - 1, k - 1));
    memo[i][j][k] = ans;
    return ans;
}

function solve() {
    n = nextInt();
    m = nextInt();
    let k = nextInt();
    if ((k & 1) === 1) {
        for (let i = 0; i < n; i++) {
            let line = '';
            for (let j = 0; j < m; j++) line += -1 + ' ';
            out.push(line);
        }
        return;
    }
    k >>= 1;
    right = [];
    down = [];
    for (let i = 0; i < n; i++) right.push(intArr(m - 1));
    for (let i = 0; i < n - 1; i++) down.push(intArr(m));
    memo = [];
    for (let j = 0; j < n; j++) {
        const row = [];
        for (let o = 0; o < m; o++) row.push(new Array(k + 1).fill(0));
        memo.push(row);
    }
    for (let i = 0; i <= k; i++)
        for (let j = 0; j < n; j++)
            for (let o = 0; o < m; o++) memo[j][o][i] = -1;
    for (let i = 0; i < n; i++) {
        let line = '';
        for (let j = 0; j < m; j++) line += (dp(i, j, k) << 1) + ' ';
        out.push(line);
    }
}

const tc = 1;
for (let i = 1; i <= tc; i++) solve();
console.log(out.join('\n'));
