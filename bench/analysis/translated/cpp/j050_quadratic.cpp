// CodeComplex Java dev #50 (quadratic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int N;
    cin >> N;
    vector<int> values(N);
    for (int i = 0; i < N; i++) cin >> values[i];
    int query;
    cin >> query;
    vector<array<int, 2>> tasks(query);
    for (int i = 0; i < query; i++) cin >> tasks[i][0] >> tasks[i][1];
    int startinversions = 0;
    for (int i = 1; i < (int)values.size(); i++) {
        for (int j = i - 1; j >= 0; j--) {
            if (values[i] < values[j]) startinversions++;
        }
    }
    int value = startinversions % 2;
    for (const auto &task : tasks) {
        int n = task[1] - task[0];
        if (n * (n + 1) / 2 % 2 != 0) value = (value + 1) % 2;
        if (value == 1)
            cout << "odd\n";
        else
            cout << "even\n";
    }
    return 0;
}
