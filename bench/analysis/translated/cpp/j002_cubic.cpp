// CodeComplex Java dev #2 (cubic), translated to C++ (string::find from an offset for indexOf).
#include <bits/stdc++.h>
using namespace std;

int main() {
    string str;
    cin >> str;
    int x;
    int mx = 0;
    for (int i = 0; i < (int)str.length() - 1; i++) {
        for (int j = i + 1; j < (int)str.length(); j++) {
            size_t found = str.find(str.substr(i, j - i), i + 1);
            x = found == string::npos ? -1 : (int)found;
            if (x != -1) {
                if (j - i > mx) mx = j - i;
            }
        }
    }
    cout << mx << endl;
    return 0;
}
