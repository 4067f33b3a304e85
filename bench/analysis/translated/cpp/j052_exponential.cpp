// CodeComplex Java dev #52 (exponential), translated to C++ (memoized recursion over subsets; the
// solution runs in the constructor, as in Java).
#include <bits/stdc++.h>
using namespace std;

struct Vect {
    int x, y;
    Vect(int i = 0, int j = 0) : x(i), y(j) {}
    int dist(const Vect &rhs) const {
        int xx = x - rhs.x;
        int yy = y - rhs.y;
        return xx * xx + yy * yy;
    }
};

struct Choice {
    int cost, m, index;
    vector<int> iv;
    Choice(int ii, int c, int mm) : cost(c), m(mm), index(ii) { iv.reserve(2); }
    void add(int i) { iv.push_back(i); }
};

class C {
public:
    vector<Vect> vs;
    int N = 0;
    int oo = 987654321;
    vector<Choice> cs;
    vector<vector<int>> cg;
    int MF = 0;
    vector<int> memo, next;

    int go(int m) {
        if (m == MF) return 0;
        if (memo[m] != -1) return memo[m];
        int res = oo;
        int nxt = -1;
        int i = 0;
        for (i = 0; i < N; i++) {
            if (((1 << i) & m) == 0) break;
        }
        for (int j = 0; j < N; j++) {
            const Choice &cc = cs[cg[i][j]];
            if ((m & cc.m) > 0) continue;
            int r2 = cc.cost + go(m | cc.m);
            if (r2 < res) {
                res = r2;
                nxt = cc.index;
            }
        }
        memo[m] = res;
        next[m] = nxt;
        return res;
    }

    int f(int i) {
        if (i == N) return 0;
        return i + 1;
    }

    C() {
        int tx, ty;
        cin >> tx >> ty;
        Vect vt(tx, ty);
        cin >> N;
        vs.assign(N + 1, Vect());
        vs[N] = vt;
        for (int i = 0; i < N; i++) {
            int x, y;
            cin >> x >> y;
            vs[i] = Vect(x, y);
        }
        cg.assign(N, vector<int>(N, -1));
        for (int i = 0; i < N; i++) {
            Choice cc(cs.size(), 2 * vs[i].dist(vt), 1 << i);
            cc.add(i);
            cs.push_back(cc);
            cg[i][i] = cc.index;
        }
        for (int i = 0; i < N; i++) {
            for (int j = i + 1; j < N; j++) {
                int dist = vs[i].dist(vt);
                dist += vs[i].dist(vs[j]);
                dist += vs[j].dist(vt);
                Choice cc(cs.size(), dist, (1 << i) | (1 << j));
                cc.add(i);
                cc.add(j);
                cs.push_back(cc);
                cg[i][j] = cc.index;
                cg[j][i] = cc.index;
            }
        }
        MF = (1 << N) - 1;
        next.assign(MF + 1, -1);
        memo.assign(MF + 1, -1);
        int res = go(0);
        cout << res << "\n";
        int m = 0;
        string sb;
        while (m != -1) {
            sb += "0 ";
            int i = next[m];
            if (i == -1) break;
            const Choice &cc = cs[i];
            for (int j : cc.iv) {
                sb += to_string(f(j));
                sb += ' ';
            }
            m = m | cc.m;
        }
        while (!sb.empty() && sb.back() == ' ') sb.pop_back();
        cout << sb << "\n";
    }
};

int main() {
    C c;
    return 0;
}
