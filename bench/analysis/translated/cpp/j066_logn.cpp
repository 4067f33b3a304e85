// CodeComplex Java dev #66 (logn), translated to C++: the interactive solution (eight binary searches
// over queries), without the template's unused helpers.
#include <bits/stdc++.h>
using namespace std;

class B {
public:
    int n = 0;
    int query = 0;
    const int MAX_QUERY = 200;

    int readInt() {
        int x;
        cin >> x;
        return x;
    }

    bool checkBit(int mask, int bit) { return (mask & (1 << bit)) != 0; }

    void printQuery(const string &sign, const vector<int> &values) {
        cout << sign;
        for (int value : values) {
            cout << " " << value;
        }
        cout << endl;
    }

    int getAnswer(int left, int bottom, int right, int top) {
        if (left < 1 || right > n) {
            while (true) {
            }
        }
        if (bottom < 1 || top > n) {
            throw runtime_error("bad query");
        }
        if (left > right || bottom > top) {
            return 0;
        }
        if (query == MAX_QUERY) {
            throw runtime_error("too many queries");
        }
        ++query;
        printQuery("?", {left, bottom, right, top});
        int answer = readInt();
        return answer;
    }

    void solve() {
        query = 0;
        n = readInt();
        int left1 = 0;
        int l = 1, r = n;
        while (l <= r) {
            int m = (l + r) / 2;
            int answer = getAnswer(m, 1, n, n);
            if (answer < 2) {
                r = m - 1;
            } else {
                left1 = m;
                l = m + 1;
            }
        }
        int left2 = left1;
        l = left1 + 1;
        r = n;
        while (l <= r) {
            int m = (l + r) / 2;
            int answer = getAnswer(m, 1, n, n);
            if (answer < 1) {
                r = m - 1;
            } else {
                left2 = m;
                l = m + 1;
            }
        }
        int right2 = n + 1;
        l = 1;
        r = n;
        while (l <= r) {
            int m = (l + r) / 2;
            int answer = getAnswer(1, 1, m, n);
            if (answer < 2) {
                l = m + 1;
            } else {
                right2 = m;
                r = m - 1;
            }
        }
        int right1 = right2;
        l = 1;
        r = right2 - 1;
        while (l <= r) {
            int m = (l + r) / 2;
            int answer = getAnswer(1, 1, m, n);
            if (answer < 1) {
                l = m + 1;
            } else {
                right1 = m;
                r = m - 1;
            }
        }
        int bottom1 = 0;
        l = 1;
        r = n;
        while (l <= r) {
            int m = (l + r) / 2;
            int answer = getAnswer(1, m, n, n);
            if (answer < 2) {
                r = m - 1;
            } else {
                bottom1 = m;
                l = m + 1;
            }
        }
        int bottom2 = bottom1;
        l = bottom1 + 1;
        r = n;
        while (l <= r) {
            int m = (l + r) / 2;
            int answer = getAnswer(1, m, n, n);
            if (answer < 1) {
                r = m - 1;
            } else {
                bottom2 = m;
                l = m + 1;
            }
        }
        int top2 = n + 1;
        l = 1;
        r = n;
        while (l <= r) {
            int m = (l + r) / 2;
            int answer = getAnswer(1, 1, n, m);
            if (answer < 2) {
                l = m + 1;
            } else {
                top2 = m;
                r = m - 1;
            }
        }
        int top1 = top2;
        l = 1;
        r = top2 - 1;
        while (l <= r) {
            int m = (l + r) / 2;
            int answer = getAnswer(1, 1, n, m);
            if (answer < 1) {
                l = m + 1;
            } else {
                top1 = m;
                r = m - 1;
            }
        }
        int ansLeftRightMask = -1, ansBottomTopMask = -1;
        long long answerS = 2LL * n * n;
        for (int leftRightMask = 0; leftRightMask < 4; ++leftRightMask) {
            int left = (checkBit(leftRightMask, 0) ? left1 : left2);
            int right = (checkBit(leftRightMask, 1) ? right1 : right2);
            for (int bottomTopMask = 0; bottomTopMask < 4; ++bottomTopMask) {
                int bottom = (checkBit(bottomTopMask, 0) ? bottom1 : bottom2);
                int top = (checkBit(bottomTopMask, 1) ? top1 : top2);
                int curTry = getAnswer(left, bottom, right, top);
                if (curTry == 1) {
                    long long s = (right - left + 1LL) * (top - bottom + 1LL);
                    if (s < answerS) {
                        answerS = s;
                        ansLeftRightMask = leftRightMask;
                        ansBottomTopMask = bottomTopMask;
                    }
                }
            }
        }
        int left = (checkBit(ansLeftRightMask, 0) ? left1 : left2);
        int right = (checkBit(ansLeftRightMask, 1) ? right1 : right2);
        int bottom = (checkBit(ansBottomTopMask, 0) ? bottom1 : bottom2);
        int top = (checkBit(ansBottomTopMask, 1) ? top1 : top2);
        printQuery("!", {left, bottom, right, top, left1 + left2 - left, bottom1 + bottom2 - bottom,
                         right1 + right2 - right, top1 + top2 - top});
    }
};

int main() {
    B().solve();
    return 0;
}
