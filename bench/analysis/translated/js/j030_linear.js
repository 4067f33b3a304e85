// CodeComplex Java dev #30 (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const n = nextInt(), k = nextInt();
let count = 0;
const isP = new Array(n + 1).fill(false);
for (let i = 2; i <= n; i++) isP[i] = true;
const primes = [];
for (let i = 2; i <= n; i++) {
    if (isP[i]) {
        primes.push(i);
        if (i <= Math.sqrt(n)) for (let j = 2 * i; j <= n; j += i) isP[j] = false;
    }
}
for (let i = 0; i < primes.length - 1; i++) {
    const sum = primes[i] + primes[i + 1] + 1;
    if (sum <= n && isP[sum]) count++;
}
if (count >= k) console.log('YES');
else console.log('NO');
