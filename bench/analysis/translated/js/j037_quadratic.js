// CodeComplex Java dev #37 (quadratic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

class C {
    solve() {
        const n = nextInt();
        const r = 2 * nextInt();
        const x = new Array(n);
        for (let i = 0; i < x.length; i++) x[i] = nextInt();
        const y = new Array(n);
        for (let i = 0; i < y.length; i++) y[i] = Math.trunc(r / 2);
        for (let i = 0; i < y.length; i++) {
            for (let j = 0; j < i; j++) {
                if (Math.abs(x[i] - x[j]) === r) {
                    y[i] = Math.max(y[i], y[j]);
                } else if (Math.abs(x[i] - x[j]) < r) {
                    y[i] = Math.max(y[i], y[j] + Math.sqrt(r * r - (x[j] - x[i]) * (x[j] - x[i])));
                }
            }
        }
        const parts = [];
        for (let i = 0; i < y.length; i++) parts.push(y[i] + ' ');
        console.log(parts.join(''));
    }
}

new C().solve();
