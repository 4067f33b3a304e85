// Sanity program tests/analysis/programs/linear_memo_fib.py (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

// functools.lru_cache: a memo table keyed by the argument.
const memo = new Map();
function fib(n) {
    if (memo.has(n)) return memo.get(n);
    const r = n < 2 ? n : fib(n - 1) + fib(n - 2);
    memo.set(n, r);
    return r;
}

console.log(fib(nextInt()));
