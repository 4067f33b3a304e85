// CodeComplex Java dev #2 (cubic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const str = data[0];
let x;
let max = 0;
for (let i = 0; i < str.length - 1; i++) {
    for (let j = i + 1; j < str.length; j++) {
        x = str.indexOf(str.substring(i, j), i + 1);
        if (x !== -1) {
            if (j - i > max) max = j - i;
        }
    }
}
console.log(max);
