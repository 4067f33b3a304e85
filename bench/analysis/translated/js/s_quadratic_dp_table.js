// Sanity program tests/analysis/programs/quadratic_dp_table.py (quadratic), translated to JavaScript.

const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const s = lines[0].trim();
const t = lines[1].trim();
const n = s.length, m = t.length;
const dp = [];
for (let i = 0; i <= n; i++) dp.push(new Array(m + 1).fill(0));
for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
        if (s[i - 1] === t[j - 1]) dp[i][j] = dp[i - 1][j - 1] + 1;
        else dp[i][j] = Math.max(dp[i - 1][j], dp[i][j - 1]);
    }
}
console.log(dp[n][m]);
