// CodeComplex Java dev #15 (constant), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const n = Number(data[0]);
console.log('0 0 ' + n);
