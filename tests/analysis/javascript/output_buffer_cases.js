// expect time=linear
// Answers pushed to an array printed once at the end are output, as Java's PrintWriter is: the loop
// over test cases is per case, not a loop around the inner one.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
const out = [];
let t = nextInt();
while (t-- > 0) {
    const n = nextInt();
    let s = 0;
    for (let i = 0; i < n; i++) s += nextInt();
    out.push(s);
}
console.log(out.join('\n'));
