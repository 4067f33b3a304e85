// CodeComplex Java dev #25 (linear), translated to C++ (std::regex for String.matches/replaceAll).
#include <bits/stdc++.h>
using namespace std;

string numToCharCoord(int num) {
    string out = "";
    while (num > 0) {
        num--;
        out = (char)(num % 26 + 'A') + out;
        num /= 26;
    }
    return out;
}

int charToNumCoord(const string &str) {
    int num = 0;
    for (size_t i = 0; i < str.length(); i++) {
        num = num * 26 + (str[i] - 'A' + 1);
    }
    return num;
}

int main() {
    int n;
    cin >> n;
    string coord;
    getline(cin, coord);
    const regex rc("R[0-9]+C[0-9]+");
    while (n-- > 0) {
        getline(cin, coord);
        if (regex_match(coord, rc)) {
            int c = stoi(coord.substr(coord.find('C') + 1));
            cout << numToCharCoord(c) + coord.substr(1, coord.find('C') - 1) << "\n";
        } else {
            cout << "R" << regex_replace(coord, regex("\\D"), "") << "C"
                 << charToNumCoord(regex_replace(coord, regex("\\d"), "")) << "\n";
        }
    }
    return 0;
}
