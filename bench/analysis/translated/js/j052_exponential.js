// CodeComplex Java dev #52 (exponential), translated to JavaScript (memoized recursion over subsets;
// the solution runs in the constructor, as in Java).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

class Vect {
    constructor(i, j) {
        this.x = i;
        this.y = j;
    }

    dist(rhs) {
        const xx = this.x - rhs.x;
        const yy = this.y - rhs.y;
        return xx * xx + yy * yy;
    }
}

class Choice {
    constructor(ii, c, mm) {
        this.index = ii;
        this.cost = c;
        this.m = mm;
        this.iv = [];
    }

    add(i) { this.iv.push(i); }
}

class C {
    go(m) {
        if (m === this.MF) return 0;
        if (this.memo[m] !== -1) return this.memo[m];
        let res = this.oo;
        let nxt = -1;
        let i = 0;
        for (i = 0; i < this.N; i++) {
            if (((1 << i) & m) === 0) break;
        }
        for (let j = 0; j < this.N; j++) {
            const cc = this.cg[i][j];
            if ((m & cc.m) > 0) continue;
            const r2 = cc.cost + this.go(m | cc.m);
            if (r2 < res) {
                res = r2;
                nxt = cc.index;
            }
        }
        this.memo[m] = res;
        this.next[m] = nxt;
        return res;
    }

    f(i) {
        if (i === this.N) return 0;
        return i + 1;
    }

    constructor() {
        this.oo = 987654321;
        const vt = new Vect(nextInt(), nextInt());
        const N = nextInt();
        this.N = N;
        this.vs = new Array(N + 1);
        this.vs[N] = vt;
        for (let i = 0; i < N; i++) this.vs[i] = new Vect(nextInt(), nextInt());
        this.cs = [];
        this.cg = [];
        for (let i = 0; i < N; i++) this.cg.push(new Array(N).fill(null));
        for (let i = 0; i < N; i++) {
            const cc = new Choice(this.cs.length, 2 * this.vs[i].dist(vt), 1 << i);
            cc.add(i);
            this.cs.push(cc);
            this.cg[i][i] = cc;
        }
        for (let i = 0; i < N; i++) {
            for (let j = i + 1; j < N; j++) {
                let dist = this.vs[i].dist(vt);
                dist += this.vs[i].dist(this.vs[j]);
                dist += this.vs[j].dist(vt);
                const cc = new Choice(this.cs.length, dist, (1 << i) | (1 << j));
                cc.add(i);
                cc.add(j);
                this.cs.push(cc);
                this.cg[i][j] = cc;
                this.cg[j][i] = cc;
            }
        }
        this.MF = (1 << N) - 1;
        this.next = new Array(this.MF + 1).fill(-1);
        this.memo = new Array(this.MF + 1).fill(-1);
        const res = this.go(0);
        console.log(res);
        let m = 0;
        const sb = [];
        while (m !== -1) {
            sb.push(0);
            const i = this.next[m];
            if (i === -1) break;
            const cc = this.cs[i];
            for (const j of cc.iv) sb.push(this.f(j));
            m = m | cc.m;
        }
        console.log(sb.join(' '));
    }
}

new C();
