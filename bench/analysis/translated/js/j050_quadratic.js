// CodeComplex Java dev #50 (quadratic), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

const N = nextInt();
const values = new Array(N);
for (let i = 0; i < N; i++) values[i] = nextInt();
const query = nextInt();
const tasks = [];
for (let i = 0; i < query; i++) tasks.push([nextInt(), nextInt()]);
let startinversions = 0;
for (let i = 1; i < values.length; i++) {
    for (let j = i - 1; j >= 0; j--) {
        if (values[i] < values[j]) startinversions++;
    }
}
let value = startinversions % 2;
for (const task of tasks) {
    const n = task[1] - task[0];
    if ((n * (n + 1) / 2) % 2 !== 0) value = (value + 1) % 2;
    if (value === 1) console.log('odd');
    else console.log('even');
}
