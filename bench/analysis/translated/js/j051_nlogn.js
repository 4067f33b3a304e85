// CodeComplex Java dev #51 (nlogn), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt();
const k = nextInt();
const arr = new Array(n);
for (let i = 0; i < n; i++) arr[i] = nextInt();
for (let i = n - 1; i > 0; i--) arr[i] -= arr[i - 1];
arr[0] = 0;
arr.sort((a, b) => a - b);
let sum = 0;
for (let i = n - k; i >= 0; i--) sum += arr[i];
console.log(sum);
