// expect time=constant
// A top-level variable bound once to a number and never changed is that number: two ** n is 2 ** n,
// one shift, as Python's analysis reads the literal (a base that varies costs log n multiplications).
const two = 2n;
const n = parseInt(require('fs').readFileSync(0, 'utf8'), 10);
const p = two ** BigInt(n);
console.log(String(p % 7n));
