// expect time=linear
// std::string's += appends in place; each piece is the text of one number.
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<string> parts;
    for (int i = 0; i < n; i++) parts.push_back(to_string(i));
    string joined;
    for (const string &p : parts) joined += p;
    cout << joined << endl;
}
