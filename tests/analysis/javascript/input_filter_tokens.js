// expect time=constant
// Dropping the empty tokens while splitting the input is part of reading it (as Python's split()
// does it), not a pass of the program's own: two numbers in, their sum out.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((t) => t.length > 0);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
const a = nextInt();
const b = nextInt();
console.log(a + b);
