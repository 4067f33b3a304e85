// Sanity program tests/analysis/programs/nlogn_merge_sort.py (nlogn), translated to JavaScript.

function mergeSort(a) {
    if (a.length <= 1) return a;
    const mid = Math.floor(a.length / 2);
    const left = mergeSort(a.slice(0, mid));
    const right = mergeSort(a.slice(mid));
    const out = [];
    let i = 0, j = 0;
    while (i < left.length && j < right.length) {
        if (left[i] <= right[j]) {
            out.push(left[i]);
            i += 1;
        } else {
            out.push(right[j]);
            j += 1;
        }
    }
    return out.concat(left.slice(i), right.slice(j));
}

const a = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
console.log(mergeSort(a).join(' '));
