// expect time=logn
// The loop is written with the program's own macros: their operators (>, /) are read from the
// expansion, not guessed (a guessed + would make the halving a count up).
#include <bits/stdc++.h>
using namespace std;
#define half(x) ((x) / 2)
#define down(i, n) for (long long i = (n); i > 0; i = half(i))

int main() {
    long long n;
    cin >> n;
    int steps = 0;
    down(i, n) steps++;
    cout << steps << endl;
}
