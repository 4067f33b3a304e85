// CodeComplex Java dev #25 (linear), translated to JavaScript.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
let lineNo = 0;
function nextLine() { return (lines[lineNo++] || '').replace(/\r$/, ''); }

function numToCharCoord(num) {
    let out = '';
    while (num > 0) {
        num--;
        out = String.fromCharCode(num % 26 + 65) + out;
        num = Math.floor(num / 26);
    }
    return out;
}

function charToNumCoord(str) {
    let num = 0;
    for (let i = 0; i < str.length; i++) {
        num = num * 26 + (str.charCodeAt(i) - 65 + 1);
    }
    return num;
}

let n = parseInt(nextLine(), 10);
while (n-- > 0) {
    const coord = nextLine();
    if (/^R[0-9]+C[0-9]+$/.test(coord)) {
        const c = parseInt(coord.substring(coord.indexOf('C') + 1), 10);
        console.log(numToCharCoord(c) + coord.substring(1, coord.indexOf('C')));
    } else {
        console.log('R' + coord.replace(/\D/g, '') + 'C' + charToNumCoord(coord.replace(/\d/g, '')));
    }
}
