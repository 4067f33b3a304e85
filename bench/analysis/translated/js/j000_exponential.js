// CodeComplex Java dev #0 (exponential), translated to JavaScript (BigInt for the 64-bit row masks).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

function bitCount(x) {
    let c = 0;
    for (let b = 0; b < 32; b++) if ((x >>> b) & 1) c++;
    return c;
}

function toInt(big) { return Number(BigInt.asIntN(32, big)); }

const n = nextInt();
let k = nextInt();
const graph = new Array(n).fill(0n);
for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
        const val = nextInt();
        if (val === 1 || i === j) graph[i] |= 1n << BigInt(j);
    }
}
const szLeft = Math.floor(n / 2);
const szRight = n - szLeft;
const dp = new Int32Array(1 << szLeft);
const maxMask = 1 << szLeft;
for (let mask = 1; mask < maxMask; mask++) {
    let curMask = mask;
    for (let j = 0; j < szLeft; j++) {
        if (((1 << j) & mask) > 0) {
            curMask &= toInt(graph[j + szRight] >> BigInt(szRight));
            dp[mask] = Math.max(dp[mask], dp[mask ^ (1 << j)]);
        }
    }
    if (mask === curMask) dp[mask] = Math.max(dp[mask], bitCount(mask));
}
let ans = 0;
const rmaxMask = 1 << szRight;
for (let mask = 0; mask < rmaxMask; mask++) {
    let curMask = mask;
    let oMask = maxMask - 1;
    for (let j = 0; j < szRight; j++) {
        if (((1 << j) & mask) > 0) {
            curMask &= toInt(graph[j] & BigInt(rmaxMask - 1));
            oMask &= toInt(graph[j] >> BigInt(szRight));
        }
    }
    if (curMask !== mask) continue;
    ans = Math.max(ans, bitCount(mask) + dp[oMask]);
}
k /= ans;
console.log(k * k * (ans * (ans - 1)) / 2);
