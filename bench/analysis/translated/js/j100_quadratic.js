// CodeComplex Java dev #100 (quadratic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const r = nextInt();
const answers = new Array(n).fill(0);
const xCoords = new Array(n);
for (let i = 0; i < n; i++) xCoords[i] = nextInt();
answers[0] = r;
for (let i = 1; i < n; i++) {
    let bound = r;
    for (let j = 0; j < i; j++) {
        const xDif = xCoords[i] - xCoords[j];
        const y = answers[j];
        const yNew = y + Math.sqrt(4 * r * r - xDif * xDif);
        if (yNew > bound) bound = yNew;
    }
    answers[i] = bound;
}
const parts = [];
for (let i = 0; i < n; i++) parts.push(answers[i] + ' ');
console.log(parts.join(''));
