// CodeComplex Java dev #100 (quadratic), translated to C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, ri;
    cin >> n >> ri;
    double r = (double)ri;
    vector<double> answers(n);
    vector<double> xCoords(n);
    for (int i = 0; i < n; i++) {
        int x;
        cin >> x;
        xCoords[i] = (double)x;
    }
    answers[0] = r;
    for (int i = 1; i < n; i++) {
        double bound = r;
        for (int j = 0; j < i; j++) {
            double xDif = xCoords[i] - xCoords[j];
            double y = answers[j];
            double yNew = y + sqrt(4 * r * r - xDif * xDif);
            if (yNew > bound) bound = yNew;
        }
        answers[i] = bound;
    }
    for (int i = 0; i < n; i++) cout << answers[i] << " ";
    cout << endl;
    return 0;
}
