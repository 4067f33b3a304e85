// CodeComplex Java dev #27 (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function next() { return data[pos++]; }
function nextInt() { return parseInt(next(), 10); }

class C {
    solve() {
        const n = nextInt();
        const a = next().split('');
        let h = 0;
        for (let i = 0; i < a.length; i++) {
            if (a[i] === 'H') h++;
        }
        const b = new Array(2 * a.length - 1);
        for (let i = 0; i < b.length; i++) {
            b[i] = a[i % a.length];
        }
        let maxh = 0;
        let hh = 0;
        for (let i = 0; i < b.length - h; i++) {
            hh = 0;
            for (let j = 0; j < h; j++) {
                if (b[i + j] === 'H') hh++;
            }
            maxh = Math.max(maxh, hh);
        }
        console.log(h - maxh);
    }
}

new C().solve();
