// CodeComplex Java dev #22 (logn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextLong() { return Number(data[pos++]); }

class TaskB {
    run() {
        const n = nextLong();
        const k = nextLong();
        const a = 1;
        const b = -(2 * n + 3);
        const c = n * n + n - 2 * k;
        const d = b * b - 4 * a * c;
        const ans1 = Math.trunc((-b + Math.trunc(Math.sqrt(d))) / 2);
        const ans2 = Math.trunc((-b - Math.trunc(Math.sqrt(d))) / 2);
        if (ans1 >= 0 && ans1 <= n) {
            console.log(ans1);
        } else {
            console.log(ans2);
        }
    }
}

new TaskB().run();
