// CodeComplex Java dev #66 (logn), translated to JavaScript: the interactive solution (eight binary
// searches over queries), without the template's unused helpers. Answers are read from stdin.
const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
let pos = 0;

class B {
    constructor() {
        this.n = 0;
        this.query = 0;
        this.MAX_QUERY = 200;
    }

    readInt() { return parseInt(data[pos++], 10); }

    checkBit(mask, bit) { return (mask & (1 << bit)) !== 0; }

    printQuery(sign, values) {
        let line = sign;
        for (const value of values) {
            line += ' ' + value;
        }
        console.log(line);
    }

    getAnswer(left, bottom, right, top) {
        if (left < 1 || right > this.n) {
            while (true);
        }
        if (bottom < 1 || top > this.n) throw new Error('bad query');
        if (left > right || bottom > top) return 0;
        if (this.query === this.MAX_QUERY) throw new Error('too many queries');
        ++this.query;
        this.printQuery('?', [left, bottom, right, top]);
        return this.readInt();
    }

    solve() {
        this.query = 0;
        const n = this.readInt();
        this.n = n;
        let left1 = 0;
        let l = 1, r = n;
        while (l <= r) {
            const m = Math.floor((l + r) / 2);
            const answer = this.getAnswer(m, 1, n, n);
            if (answer < 2) { r = m - 1; } else { left1 = m; l = m + 1; }
        }
        let left2 = left1;
        l = left1 + 1;
        r = n;
        while (l <= r) {
            const m = Math.floor((l + r) / 2);
            const answer = this.getAnswer(m, 1, n, n);
            if (answer < 1) { r = m - 1; } else { left2 = m; l = m + 1; }
        }
        let right2 = n + 1;
        l = 1;
        r = n;
        while (l <= r) {
            const m = Math.floor((l + r) / 2);
            const answer = this.getAnswer(1, 1, m, n);
            if (answer < 2) { l = m + 1; } else { right2 = m; r = m - 1; }
        }
        let right1 = right2;
        l = 1;
        r = right2 - 1;
        while (l <= r) {
            const m = Math.floor((l + r) / 2);
            const answer = this.getAnswer(1, 1, m, n);
            if (answer < 1) { l = m + 1; } else { right1 = m; r = m - 1; }
        }
        let bottom1 = 0;
        l = 1;
        r = n;
        while (l <= r) {
            const m = Math.floor((l + r) / 2);
            const answer = this.getAnswer(1, m, n, n);
            if (answer < 2) { r = m - 1; } else { bottom1 = m; l = m + 1; }
        }
        let bottom2 = bottom1;
        l = bottom1 + 1;
        r = n;
        while (l <= r) {
            const m = Math.floor((l + r) / 2);
            const answer = this.getAnswer(1, m, n, n);
            if (answer < 1) { r = m - 1; } else { bottom2 = m; l = m + 1; }
        }
        let top2 = n + 1;
        l = 1;
        r = n;
        while (l <= r) {
            const m = Math.floor((l + r) / 2);
            const answer = this.getAnswer(1, 1, n, m);
            if (answer < 2) { l = m + 1; } else { top2 = m; r = m - 1; }
        }
        let top1 = top2;
        l = 1;
        r = top2 - 1;
        while (l <= r) {
            const m = Math.floor((l + r) / 2);
            const answer = this.getAnswer(1, 1, n, m);
            if (answer < 1) { l = m + 1; } else { top1 = m; r = m - 1; }
        }
        let ansLeftRightMask = -1, ansBottomTopMask = -1;
        let answerS = 2 * n * n;
        for (let leftRightMask = 0; leftRightMask < 4; ++leftRightMask) {
            const left = this.checkBit(leftRightMask, 0) ? left1 : left2;
            const right = this.checkBit(leftRightMask, 1) ? right1 : right2;
            for (let bottomTopMask = 0; bottomTopMask < 4; ++bottomTopMask) {
                const bottom = this.checkBit(bottomTopMask, 0) ? bottom1 : bottom2;
                const top = this.checkBit(bottomTopMask, 1) ? top1 : top2;
                const curTry = this.getAnswer(left, bottom, right, top);
                if (curTry === 1) {
                    const s = (right - left + 1) * (top - bottom + 1);
                    if (s < answerS) {
                        answerS = s;
                        ansLeftRightMask = leftRightMask;
                        ansBottomTopMask = bottomTopMask;
                    }
                }
            }
        }
        const left = this.checkBit(ansLeftRightMask, 0) ? left1 : left2;
        const right = this.checkBit(ansLeftRightMask, 1) ? right1 : right2;
        const bottom = this.checkBit(ansBottomTopMask, 0) ? bottom1 : bottom2;
        const top = this.checkBit(ansBottomTopMask, 1) ? top1 : top2;
        this.printQuery('!', [left, bottom, right, top, left1 + left2 - left, bottom1 + bottom2 - bottom,
            right1 + right2 - right, top1 + top2 - top]);
    }
}

new B().solve();
