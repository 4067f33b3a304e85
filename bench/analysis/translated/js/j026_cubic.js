// CodeComplex Java dev #26 (cubic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

function matrix(rows, cols, value) {
    const out = [];
    for (let i = 0; i < rows; i++) out.push(new Array(Math.max(cols, 0)).fill(value));
    return out;
}

class Solution {
    solve() {
        const n = nextInt();
        const m = nextInt();
        this.n = n;
        this.m = m;
        const k = nextInt();
        const hor = matrix(n, m - 1, 0);
        const ver = matrix(n - 1, m, 0);
        for (let i = 0; i < n; i++)
            for (let j = 0; j < m - 1; j++) hor[i][j] = nextInt();
        for (let i = 0; i < n - 1; i++)
            for (let j = 0; j < m; j++) ver[i][j] = nextInt();
        let ans = matrix(n, m, 0);
        if (k % 2 === 1) {
            for (let i = 0; i < n; i++) ans[i].fill(-1);
        } else {
            for (let dummy = 0; dummy < k >> 1; dummy++) {
                const newAns = matrix(n, m, 0);
                for (let i = 0; i < n; i++) {
                    newAns[i].fill(2147483647);
                    for (let j = 0; j < m; j++) {
                        if (this.isGood(i + 1, j))
                            newAns[i][j] = Math.min(newAns[i][j], 2 * ver[i][j] + ans[i + 1][j]);
                        if (this.isGood(i, j + 1))
                            newAns[i][j] = Math.min(newAns[i][j], 2 * hor[i][j] + ans[i][j + 1]);
                        if (this.isGood(i, j - 1))
                            newAns[i][j] = Math.min(newAns[i][j], 2 * hor[i][j - 1] + ans[i][j - 1]);
                        if (this.isGood(i - 1, j))
                            newAns[i][j] = Math.min(newAns[i][j], 2 * ver[i - 1][j] + ans[i - 1][j]);
                    }
                }
                ans = newAns;
            }
        }
        const lines = [];
        for (let i = 0; i < n; i++) {
            let line = '';
            for (let j = 0; j < m; j++) line += ans[i][j] + ' ';
            lines.push(line);
        }
        console.log(lines.join('\n'));
    }

    isGood(i, j) {
        return i >= 0 && i < this.n && j >= 0 && j < this.m;
    }
}

new Solution().solve();
