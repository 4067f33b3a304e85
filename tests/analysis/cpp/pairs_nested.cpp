// expect time=quadratic
#include <iostream>
#include <vector>
using namespace std;

long long countInversions(const vector<int> &a) {
    long long c = 0;
    for (size_t i = 0; i < a.size(); i++)
        for (size_t j = i + 1; j < a.size(); j++)
            if (a[i] > a[j]) c++;
    return c;
}

int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (int i = 0; i < n; i++) cin >> a[i];
    cout << countInversions(a) << endl;
    return 0;
}
