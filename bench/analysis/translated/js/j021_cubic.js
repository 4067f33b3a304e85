// CodeComplex Java dev #21 (cubic), translated to JavaScript (typed arrays for int[]).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
function nextInts(n) {
    const res = new Array(n);
    for (let i = 0; i < n; i++) res[i] = nextInt();
    return res;
}

const MAX = 10000000;
const prime = new Int32Array(MAX + 1);
for (let d = 2; d <= MAX; d++)
    if (prime[d] === 0)
        for (let v = d; v <= MAX; v += d)
            if (prime[v] === 0) prime[v] = d;
let T = nextInt();
let sb = '';
const freq = new Int32Array(MAX + 1);
const ts = new Int32Array(MAX + 1);
let time = 0;
while (T-- > 0) {
    const N = nextInt();
    const K = nextInt();
    const arr = nextInts(N);
    for (let i = 0; i < N; i++) {
        let key = 1;
        while (arr[i] > 1) {
            const p = prime[arr[i]];
            let cnt = 0;
            while (arr[i] % p === 0) {
                arr[i] /= p;
                cnt ^= 1;
            }
            if (cnt === 1) key *= p;
        }
        arr[i] = key;
    }
    const right = [];
    for (let i = 0; i < N; i++) right.push(new Int32Array(K + 1));
    for (let k = 0; k <= K; k++) {
        let dex = 0;
        let cnt = 0;
        for (let i = 0; i < N; i++) {
            while (dex < N && cnt <= k) {
                if (ts[arr[dex]] === time && freq[arr[dex]] >= 1 && cnt + 1 > k) break;
                if (ts[arr[dex]] === time && freq[arr[dex]] >= 1) cnt++;
                if (ts[arr[dex]] < time) {
                    ts[arr[dex]] = time;
                    freq[arr[dex]] = 0;
                }
                freq[arr[dex]]++;
                dex++;
            }
            right[i][k] = dex;
            if (freq[arr[i]] >= 2) cnt--;
            freq[arr[i]]--;
        }
        time++;
    }
    const dp = [];
    for (let i = 0; i <= N; i++) dp.push(new Int32Array(K + 1).fill(i === 0 ? 0 : N));
    for (let i = 0; i < N; i++)
        for (let a = 0; a <= K; a++) {
            dp[i + 1][a] = Math.min(dp[i + 1][a], dp[i][a] + 1);
            for (let b = 0; b <= K - a; b++)
                dp[right[i][b]][a + b] = Math.min(dp[right[i][b]][a + b], dp[i][a] + 1);
        }
    let res = dp[N][0];
    for (let k = 1; k <= K; k++) res = Math.min(res, dp[N][k]);
    sb += res + '\n';
}
process.stdout.write(sb);
