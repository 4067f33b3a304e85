// CodeComplex Java dev #27 (linear), translated to C++.
#include <bits/stdc++.h>
using namespace std;

class C {
public:
    void solve() {
        int n;
        string s;
        cin >> n >> s;
        vector<char> a(s.begin(), s.end());
        int h = 0;
        for (size_t i = 0; i < a.size(); i++) {
            if (a[i] == 'H') h++;
        }
        vector<char> b(2 * a.size() - 1);
        for (size_t i = 0; i < b.size(); i++) {
            b[i] = a[i % a.size()];
        }
        int maxh = 0;
        int hh = 0;
        for (int i = 0; i < (int)b.size() - h; i++) {
            hh = 0;
            for (int j = 0; j < h; j++) {
                if (b[i + j] == 'H') hh++;
            }
            maxh = max(maxh, hh);
        }
        cout << h - maxh << endl;
    }
};

int main() {
    C().solve();
    return 0;
}
