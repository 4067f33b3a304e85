// expect time=logn
// The smallest multiple of ten past s whose value minus its digit sum reaches s: a digit sum is at
// most 9 per digit, so the scan stops within O(log s) steps of s. The digits are summed through
// charCodeAt, JavaScript's spelling of Java's c - '0' over s.charAt(i).
const [n, s] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

function digitSum(text) {
    let total = 0;
    for (let i = 0; i < text.length; i++) total += text.charCodeAt(i);
    return total - text.length * 48;
}

let x = (Math.floor(s / 10) + 1) * 10;
while (x - digitSum(x + '') < s) x += 10;
console.log(Math.max(0, n - x + 1));
