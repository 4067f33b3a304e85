// CodeComplex Java dev #11 (cubic), translated to JavaScript (typed arrays for int[]).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

let t = nextInt();
const arr = new Int32Array(10000002);
for (let i = 0; i < arr.length; i++) arr[i] = i;
for (let i = 2; i * i < arr.length; i++) {
    const b = i * i;
    for (let j = b; j < arr.length; j += b) arr[j] = Math.floor(j / b);
}
const pp = new Int32Array(10000001).fill(-1);
const out = [];
while (t-- > 0) {
    const n = nextInt();
    const k = nextInt();
    const aa = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const a = nextInt();
        aa[i] = arr[a];
    }
    const mp = new Int32Array(k + 1);
    const ip = new Int32Array(k + 1);
    for (let i = 0; i < n; i++) {
        const a = aa[i];
        for (let h = k; h >= 0; h--) {
            if (pp[a] >= ip[h]) {
                mp[h]++;
                ip[h] = i;
            }
            if (h > 0 && (mp[h - 1] < mp[h] || (mp[h - 1] === mp[h] && ip[h - 1] > ip[h]))) {
                mp[h] = mp[h - 1];
                ip[h] = ip[h - 1];
            }
        }
        pp[a] = i;
    }
    out.push(mp[k] + 1);
    for (let i = 0; i < n; i++) pp[aa[i]] = -1;
}
console.log(out.join('\n'));
