// expect time=exponential
const fib = (n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
console.log(fib(parseInt(require('fs').readFileSync(0, 'utf8'))));
