// CodeComplex Java dev #16 (constant), translated to JavaScript (the solver class kept as in Java).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

class TaskA {
    solve(testNumber) {
        const n = nextInt();
        if (n === 1 || n === 2) {
            console.log(n);
            return;
        }
        if (n === 4) {
            console.log(12);
            return;
        }
        let nn = BigInt(n);
        if (n % 2 === 1) {
            const ans = nn * (nn - 1n) * (nn - 2n);
            console.log(ans.toString());
        } else if (n % 3 === 0) {
            nn--;
            const ans = nn * (nn - 1n) * (nn - 2n);
            console.log(ans.toString());
        } else {
            const ans = nn * (nn - 1n) * (nn - 3n);
            console.log(ans.toString());
        }
    }
}

new TaskA().solve(1);
