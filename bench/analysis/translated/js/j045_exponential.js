// CodeComplex Java dev #45 (exponential), translated to JavaScript (Set for HashSet).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

let n, m, arr, chls;
const out = [];

function highestOneBit(i) { return i === 0 ? 0 : 1 << (31 - Math.clz32(i)); }

function gench() {
    chls.push(new Set());
    chls[0].add(0);
    for (let i = 1; i < (1 << n); i++) {
        const des = i ^ highestOneBit(i);
        const st = new Set();
        for (const z of chls[des]) {
            st.add(z);
            st.add(z | highestOneBit(i));
        }
        chls.push(st);
    }
}

function cal() {
    const val = [];
    for (let mask = 0; mask < (1 << n); mask++) val.push(new Array(m).fill(0));
    for (let j = 0; j < m; j++) {
        val[0][j] = 0;
        for (let mask = 1; mask < (1 << n); mask++) {
            let max = 0;
            for (let begin = 0; begin < n; begin++) {
                let sum = 0;
                for (let ptr = begin, p = 0; p < n; ptr = (ptr + 1) % n, p++) {
                    if ((mask & (1 << p)) > 0) sum += arr[ptr][j];
                }
                max = Math.max(max, sum);
            }
            val[mask][j] = max;
        }
    }
    const dp = [];
    for (let mask = 0; mask < (1 << n); mask++) dp.push(new Array(m).fill(0));
    for (let mask = 0; mask < (1 << n); mask++) dp[mask][0] = val[mask][0];
    for (let j = 1; j < m; j++) {
        dp[0][j] = 0;
        for (let mask = 1; mask < (1 << n); mask++) {
            dp[mask][j] = 0;
            for (const ch1 of chls[mask]) {
                const ch2 = mask ^ ch1;
                dp[mask][j] = Math.max(dp[mask][j], val[ch1][j] + dp[ch2][j - 1]);
            }
        }
    }
    out.push(dp[(1 << n) - 1][m - 1]);
}

function run() {
    n = nextInt();
    m = nextInt();
    arr = [];
    chls = [];
    for (let i = 0; i < n; i++) {
        const row = [];
        for (let j = 0; j < m; j++) row.push(nextInt());
        arr.push(row);
    }
    gench();
    cal();
}

let t = nextInt();
while (t-- > 0) run();
console.log(out.join('\n'));
