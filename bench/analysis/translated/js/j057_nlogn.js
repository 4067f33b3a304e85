// CodeComplex Java dev #57 (nlogn), translated to JavaScript (ChoiceFormat "-1#0|0#1|0<2" written
// out).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextDouble() { return parseFloat(data[pos++]); }

function choice(v) {
    if (v > 0) return 2;
    if (v >= 0) return 1;
    return 0;
}

let n = nextDouble();
const t = nextDouble();
const coords = [];
while (n-- > 0) {
    const x = nextDouble();
    const a = nextDouble() / 2;
    coords.push(x - a);
    coords.push(x + a);
}
coords.sort((p, q) => p - q);
let count = 2;
for (let i = 1; i < coords.length - 2; i += 2) {
    count += choice(coords[i + 1] - coords[i] - t);
}
console.log(count);
