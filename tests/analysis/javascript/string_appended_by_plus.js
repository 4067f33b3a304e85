// expect time=linear space=linear
// s = s + c: V8 joins the two as a rope without copying s, as s += c does.
const n = parseInt(require('fs').readFileSync(0, 'utf8'));
let s = '';
for (let i = 0; i < n; i++) {
    s = s + String.fromCharCode(97 + (i % 26));
}
console.log(s.length);
