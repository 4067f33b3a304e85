// Sanity program tests/analysis/programs/logn_binary_search.py (logn), translated to JavaScript.

function find(a, x) {
    let lo = 0, hi = a.length - 1;
    while (lo <= hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (a[mid] === x) return mid;
        if (a[mid] < x) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}
