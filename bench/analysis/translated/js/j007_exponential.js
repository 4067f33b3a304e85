// CodeComplex Java dev #7 (exponential), translated to JavaScript (memoized recursion over subsets).
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }
function nextDouble() { return parseFloat(data[pos++]); }

function bitCount(x) {
    let c = 0;
    for (let b = 0; b < 32; b++) if ((x >>> b) & 1) c++;
    return c;
}

class Fish {
    constructor() {
        this.memo = new Array(1 << 18).fill(-1);
        this.prob = [];
        for (let i = 0; i < 18; i++) this.prob.push(new Array(18).fill(0));
        this.N = nextInt();
        this.FULL = (1 << this.N) - 1;
        for (let i = 0; i < this.N; i++)
            for (let j = 0; j < this.N; j++) this.prob[i][j] = nextDouble();
        let line = '';
        for (let i = 0; i < this.N; i++) line += this.go(1 << i).toFixed(6) + ' ';
        console.log(line);
    }

    go(mask) {
        if (mask === this.FULL) return 1.0;
        if (this.memo[mask] >= 0) return this.memo[mask];
        let ret = 0;
        let mult = bitCount(mask) + 1;
        mult *= (mult - 1) / 2.0;
        for (let i = 0; i < this.N; i++) {
            if (((1 << i) & mask) !== 0) {
                for (let j = 0; j < this.N; j++) {
                    if (((1 << j) & mask) === 0) ret += this.go(mask | (1 << j)) * this.prob[i][j];
                }
            }
        }
        ret /= mult;
        this.memo[mask] = ret;
        return ret;
    }
}

new Fish();
