// CodeComplex Java dev #51 (nlogn), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    cin >> n >> k;
    vector<int> arr(n);
    for (int i = 0; i < n; i++) cin >> arr[i];
    for (int i = n - 1; i > 0; i--) arr[i] -= arr[i - 1];
    arr[0] = 0;
    sort(arr.begin(), arr.end());
    long long sum = 0;
    for (int i = n - k; i >= 0; i--) sum += arr[i];
    cout << sum << endl;
    return 0;
}
