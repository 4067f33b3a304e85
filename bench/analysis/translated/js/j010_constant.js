// CodeComplex Java dev #10 (constant), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

let a = nextInt();
let b = nextInt();
const c = nextInt();
let n = nextInt();
if (c >= n || c > a || c > b) {
    console.log('-1');
} else {
    a = a - c;
    b -= c;
    n = n - (a + b + c);
    if (n > 0) {
        console.log(n);
    } else {
        console.log('-1');
    }
}
