// CodeComplex Java dev #17 (logn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextLong() { return Number(data[pos++]); }

function sd(s) {
    let c = 0;
    for (let i = 0; i < s.length; i++) {
        c += s.charCodeAt(i);
    }
    return c - s.length * 0x30;
}

function main() {
    const n = nextLong();
    const s = nextLong();
    let i = (Math.floor(s / 10) + 1) * 10;
    if (n < 10 || n - sd(n + '') < s) {
        console.log(0);
        return;
    }
    while (!(i - sd(i + '') >= s)) {
        i += 10;
    }
    console.log(n - i + 1);
}

main();
