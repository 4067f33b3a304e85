// expect time=quadratic
function countInversions(a) {
    let c = 0;
    for (let i = 0; i < a.length; i++)
        for (let j = i + 1; j < a.length; j++)
            if (a[i] > a[j]) c++;
    return c;
}
const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
console.log(countInversions(a));
