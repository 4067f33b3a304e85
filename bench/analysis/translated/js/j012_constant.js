// CodeComplex Java dev #12 (constant), translated to JavaScript (BigInt for BigInteger).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const m = nextInt();
const div = 2n;
const pow = div ** BigInt(n);
const md = BigInt(m) % pow;
console.log(md.toString());
