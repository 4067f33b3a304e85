// CodeComplex Java dev #96 (quadratic), translated to JavaScript (Set for HashSet).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function i() { return parseInt(data[pos++], 10); }

class C915D {
    solve() {
        const n = i(), m = i();
        const a = [];
        for (let k = 0; k < n; k++) a.push(new Set());
        for (let k = 0; k < m; k++) {
            const u = i() - 1, v = i() - 1;
            a[u].add(v);
        }
        const cycle = this.getCycle(a);
        if (cycle === null) {
            console.log('YES');
            return;
        }
        let canBeAcyclyc = false;
        for (let k = 0; k < cycle.length; k++) {
            const u = cycle[k];
            let v;
            if (k < cycle.length - 1) {
                v = cycle[k + 1];
            } else {
                v = cycle[0];
            }
            a[u].delete(v);
            if (this.getCycle(a) === null) {
                canBeAcyclyc = true;
                break;
            }
            a[u].add(v);
        }
        console.log(canBeAcyclyc ? 'YES' : 'NO');
    }

    getCycle(a) {
        const n = a.length;
        const visited = new Array(n).fill(false);
        let cycle = null;
        for (let k = 0; k < n; k++) {
            const current = new Set();
            const backtrack = [];
            cycle = this.dfs(k, a, visited, current, backtrack);
            if (cycle !== null) break;
        }
        return cycle;
    }

    dfs(e, a, visited, current, backtrack) {
        if (visited[e]) {
            if (current.has(e)) {
                const result = [];
                for (let k = backtrack.indexOf(e); k < backtrack.length; k++) result.push(backtrack[k]);
                return result;
            }
            return null;
        }
        visited[e] = true;
        current.add(e);
        backtrack.push(e);
        for (const v of a[e]) {
            const result = this.dfs(v, a, visited, current, backtrack);
            if (result !== null) return result;
        }
        current.delete(e);
        backtrack.pop();
        return null;
    }
}

new C915D().solve();
