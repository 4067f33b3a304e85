// CodeComplex Java dev #32 (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

function out(a, b) {
    process.stdout.write(a + ' ' + b);
}

function main() {
    const n = nextInt();
    const m = nextInt();
    let a = nextInt();
    let b = nextInt();
    if ((Math.floor((m + 1) / 60) < a) || (Math.floor((m + 1) / 60) === a && (m + 1) % 60 <= b)) {
        out(0, 0);
        return;
    }
    for (let i = 2; i <= n; i++) {
        const x = nextInt();
        const y = nextInt();
        let bb = b + 2 * m + 2;
        const aa = a + Math.floor(bb / 60);
        bb %= 60;
        if ((aa < x) || (aa === x && bb <= y)) {
            b = b + m + 1;
            a = a + Math.floor(b / 60);
            b %= 60;
            out(a, b);
            return;
        }
        a = x;
        b = y;
    }
    b = b + m + 1;
    a = a + Math.floor(b / 60);
    b = b % 60;
    out(a, b);
}

main();
