// expect time=constant
// lines[0] is one line of the input: parsing it is reading it, as Python's input().split() is.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, k] = lines[0].split(' ').map(Number);
const [x, y] = lines[1].trim().split(' ').map(Number);
console.log(n * k + x * y);
