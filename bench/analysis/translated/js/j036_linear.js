// CodeComplex Java dev #36 (linear), translated to JavaScript.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;
function nextInt() { return parseInt(data[pos++], 10); }

class Main {
    work() {
        const n = nextInt();
        const k = nextInt();
        this.top = 0;
        this.prime = new Array(2000).fill(0);
        for (let i = 2; i <= n; i++) {
            if (this.isprime(i)) this.prime[this.top++] = i;
        }
        let cnt = 0;
        for (let i = 0; i < this.top; i++) {
            if (this.cando(this.prime[i])) cnt++;
        }
        if (cnt >= k) console.log('YES');
        else console.log('NO');
    }

    cando(n) {
        for (let i = 0; i < this.top - 1; i++) {
            if (this.prime[i] + this.prime[i + 1] + 1 === n) return true;
        }
        return false;
    }

    isprime(n) {
        for (let i = 2; i * i <= n; i++) if (n % i === 0) return false;
        return true;
    }
}

new Main().work();
