#include <analysis/EmpiricalAnalyzer.h>
#include <runner/JavaSource.h>
#include <runner/LocalRunSession.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace analysis;

namespace {

AnalysisResult measure(EmpiricalAnalyzer &analyzer, const QString &code, QList<int> *progress = nullptr)
{
    QSignalSpy spy(&analyzer, &EmpiricalAnalyzer::finished);
    QSignalSpy steps(&analyzer, &EmpiricalAnalyzer::progress);
    analyzer.analyze(code);
    if (!spy.wait(15000))
        return AnalysisResult::failure(QStringLiteral("empirical"), QStringLiteral("no answer"));
    if (progress) {
        for (const auto &s : steps)
            progress->append(s.first().toInt());
    }
    return spy.first().first().value<AnalysisResult>();
}

void useLocalPython(EmpiricalAnalyzer &analyzer)
{
    analyzer.setExecutorFactory(
        [](QObject *parent) -> ScriptExecutor * { return new ProcessScriptExecutor(parent); });
}

// Measures function of a compiled or JavaScript program in the sandbox within a 2 s budget (growing
// sizeParameter, if given); *points counts the points reported while measuring.
AnalysisResult measureInSandbox(const QString &code, const QString &function, const QString &language, int *points,
                                const QString &sizeParameter = QString())
{
    EmpiricalAnalyzer analyzer;
    analyzer.setBudgetSeconds(2.0);
    QSignalSpy spy(&analyzer, &EmpiricalAnalyzer::finished);
    QSignalSpy measured(&analyzer, &EmpiricalAnalyzer::pointMeasured);
    analyzer.analyze(code, function, sizeParameter, language);
    if (!spy.wait(90'000))
        return AnalysisResult::failure(QStringLiteral("empirical"), QStringLiteral("no answer"));
    *points = int(measured.size());
    return spy.first().first().value<AnalysisResult>();
}

// A Python string loop's time per item rises by about a quarter as its strings outgrow the caches, and
// now and then a series bends further, into n log n: once in 190 series on this machine (loaded) with
// each size measured several times and measured again when two classes fit closely
// (bench/analysis/measure_stability.sh). Its measurement is taken again when the fit is not the
// expected class, up to three times in all; a harness or fit that is wrong fails all three.
template<typename Measure>
AnalysisResult measureExpecting(const QString &expected, Measure measureOnce)
{
    AnalysisResult r;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        r = measureOnce();
        if (!r.ok() || r.fitted == expected)
            break;
        qWarning("attempt %d fitted %s, not %s (%s)", attempt, qPrintable(r.fitted), qPrintable(expected),
                 qPrintable(r.explanation));
    }
    return r;
}

// What every sandboxed measurement must show: an empirical answer of at least four sizes, each point
// also reported while measuring, and, when the run ended normally, the function asked for.
void verifyMeasured(const AnalysisResult &r, int points, const QString &function)
{
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.provider, QStringLiteral("empirical"));
    QVERIFY(r.measurements.size() >= 4);
    QCOMPARE(points, r.measurements.size());
    if (!r.measuredFunction.isEmpty()) // a run the wall limit ended has no closing line
        QCOMPARE(r.measuredFunction, function);
}

bool javaInTheSandbox()
{
    return QFileInfo::exists(runner::LocalRunSession::sandboxExecutable())
           && !QStandardPaths::findExecutable(QStringLiteral("javac")).isEmpty();
}

// A program as users write them: a public class not named Main, a main that reads its input, a static
// method and an instance method of a class with an implicit constructor, and two Measure must refuse.
const char kJavaProgram[] =
    "import java.util.*;\n"
    "\n"
    "public class Solution {\n"
    "    static long total(int[] a) {\n"
    "        long s = 0;\n"
    "        for (int x : a) s += (long) x * x;\n"
    "        return s;\n"
    "    }\n"
    "\n"
    "    int pairs(List<Integer> a) {\n"
    "        int c = 0;\n"
    "        for (int i = 0; i < a.size(); i++)\n"
    "            for (int j = i + 1; j < a.size(); j++)\n"
    "                if (a.get(i) < a.get(j)) c++;\n"
    "        return c;\n"
    "    }\n"
    "\n"
    "    int search(int[] sorted, int key) {\n"
    "        int lo = 0, hi = sorted.length - 1;\n"
    "        while (lo <= hi) {\n"
    "            int mid = (lo + hi) >>> 1;\n"
    "            if (sorted[mid] == key) return mid;\n"
    "            if (sorted[mid] < key) lo = mid + 1; else hi = mid - 1;\n"
    "        }\n"
    "        return -1;\n"
    "    }\n"
    "\n"
    "    static class Stats {\n"
    "        static double mean(double[] xs) {\n"
    "            double s = 0;\n"
    "            for (double x : xs) s += x;\n"
    "            return s / xs.length;\n"
    "        }\n"
    "    }\n"
    "\n"
    "    static String repeat(String word, int times) {\n"
    "        StringBuilder b = new StringBuilder();\n"
    "        for (int i = 0; i < times; i++) b.append(word);\n"
    "        return b.toString();\n"
    "    }\n"
    "\n"
    "    static int counts(Map<Integer, Integer> m) { return m.size(); }\n"
    "\n"
    "    static int check(int[] a) {\n"
    "        if (a.length > 0) throw new IllegalStateException(\"not sorted\");\n"
    "        return 0;\n"
    "    }\n"
    "\n"
    "    public static void main(String[] args) {\n"
    "        Scanner in = new Scanner(System.in);\n"
    "        int n = in.nextInt();\n"
    "        System.out.println(total(new int[n]) + new Solution().pairs(new ArrayList<>()));\n"
    "    }\n"
    "}\n";

} // namespace

class TestEmpiricalAnalyzer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<analysis::AnalysisResult>(); }

    void measuresAPlainLoopAsLinear()
    {
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setBudgetSeconds(2.0);
        QList<int> progress;
        QElapsedTimer clock;
        clock.start();
        const AnalysisResult r = measure(analyzer,
                                         QStringLiteral("def total(a):\n    s = 0\n    for x in a:\n        "
                                                        "s += x * x\n    return s\n\nprint(total([1, 2]))\n"),
                                         &progress);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(r.provider, QStringLiteral("empirical"));
        QCOMPARE(r.measuredFunction, QStringLiteral("total"));
        QVERIFY(r.measurements.size() >= 6);
        QCOMPARE(r.fitted, QStringLiteral("O(n)"));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last(), 100);
    }

    void measuresSortedAsNLogNOrLinear()
    {
        // Timsort on random data is n log n, but the log factor is small at these sizes; what the fit
        // must never say is constant (big_O's failure) or quadratic.
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setBudgetSeconds(2.0);
        const AnalysisResult r = measure(analyzer, QStringLiteral("def f(a):\n    return sorted(a)\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.fitted == QLatin1String("O(n log n)") || r.fitted == QLatin1String("O(n)"),
                 qPrintable(r.fitted));
    }

    void measuresNaiveFibonacciAsExponential()
    {
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setBudgetSeconds(2.0);
        const AnalysisResult r = measure(
            analyzer,
            QStringLiteral(
                "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.fitted, QStringLiteral("O(2^n)"));
    }

    void explainsWhenThereIsNothingToMeasure()
    {
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        const AnalysisResult r = measure(analyzer, QStringLiteral("print(1 + 2)\n"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QLatin1String("function")));
    }

    // Issue 12, point 7: the classic interview functions take several parameters.
    void measuresBinarySearchOnASortedList()
    {
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setBudgetSeconds(2.0);
        const AnalysisResult r = measure(analyzer, QStringLiteral(
            "def binary_search(arr, target):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n"
            "        mid = (lo + hi) // 2\n        if arr[mid] == target:\n            return mid\n"
            "        if arr[mid] < target:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n"
            "    return -1\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.measuredFunction, QStringLiteral("binary_search"));
        QVERIFY2(r.explanation.contains(QLatin1String("sorted list")), qPrintable(r.explanation));
        QVERIFY2(r.explanation.contains(QLatin1String("growing arr")), qPrintable(r.explanation));
        // Far below linear: a search that halves a sorted list (a linear scan would reach O(n)).
        QVERIFY2(QStringList({QStringLiteral("O(log n)"), QStringLiteral("O(1)"), QStringLiteral("O(sqrt n)")})
                     .contains(r.fitted),
                 qPrintable(r.fitted));
    }

    void measuresTwoSumWithAListAndAnInt()
    {
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setBudgetSeconds(2.5);
        const AnalysisResult r = measure(analyzer, QStringLiteral(
            "def two_sum(nums, target):\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n"
            "            if nums[i] + nums[j] == target:\n                return [i, j]\n    return []\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.measuredFunction, QStringLiteral("two_sum"));
        QVERIFY2(r.explanation.contains(QLatin1String("growing nums")), qPrintable(r.explanation));
        // The target is one no pair reaches, so both loops run to their end.
        QCOMPARE(r.fitted, QStringLiteral("O(n^2)"));
    }

    void measuresAStringFunction()
    {
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setBudgetSeconds(2.0);
        const AnalysisResult r = measureExpecting(QStringLiteral("O(n)"), [&analyzer] {
            return measure(analyzer, QStringLiteral(
                "def count_vowels(s):\n    total = 0\n    for ch in s.lower():\n        if ch in 'aeiou':\n"
                "            total += 1\n    return total\n"));
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.explanation.contains(QLatin1String("string input")), qPrintable(r.explanation));
        QCOMPARE(r.fitted, QStringLiteral("O(n)"));
    }

    void theUserPicksTheFunctionAndTheSizeParameter()
    {
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setBudgetSeconds(1.5);
        QSignalSpy spy(&analyzer, &EmpiricalAnalyzer::finished);
        analyzer.analyze(QStringLiteral("def first(a):\n    return len(a)\n\n"
                                        "def repeat(word, times):\n    return word * times\n"),
                         QStringLiteral("repeat"), QStringLiteral("times"));
        QVERIFY(spy.wait(15000));
        const AnalysisResult r = spy.first().first().value<AnalysisResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.measuredFunction, QStringLiteral("repeat"));
        QVERIFY2(r.explanation.contains(QLatin1String("growing times")), qPrintable(r.explanation));
        QVERIFY2(r.explanation.contains(QLatin1String("number input")), qPrintable(r.explanation));
    }

    // Issue 15: a method of a class made without arguments (a LeetCode-style Solution), a
    // @staticmethod and a @classmethod; not one whose class needs arguments to be made.
    void measuresPythonMethods_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("error");
        QTest::newRow("method") << QStringLiteral("total") << QString();
        QTest::newRow("static method") << QStringLiteral("biggest") << QString();
        QTest::newRow("class method") << QStringLiteral("count") << QString();
        QTest::newRow("method of a class made with arguments")
            << QStringLiteral("size")
            << QStringLiteral("size() cannot be measured: it is a method of Box, whose constructor needs arguments");
        QTest::newRow("nested function")
            << QStringLiteral("inner") << QStringLiteral("inner() is not a top-level function nor a method");
    }

    void measuresPythonMethods()
    {
        QFETCH(QString, function);
        QFETCH(QString, error);
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setBudgetSeconds(2.0); // the wall budget: generous, as a loaded machine stretches it
        QSignalSpy spy(&analyzer, &EmpiricalAnalyzer::finished);
        analyzer.analyze(QStringLiteral("class Solution:\n"
                                        "    def __init__(self):\n        self.calls = 0\n"
                                        "    def total(self, nums):\n        s = self.calls\n"
                                        "        for x in nums:\n            s += x\n        return s\n"
                                        "    @staticmethod\n    def biggest(nums):\n        return max(nums)\n"
                                        "    @classmethod\n    def count(cls, nums):\n        return len(nums)\n"
                                        "class Box:\n    def __init__(self, k):\n        self.k = k\n"
                                        "    def size(self, nums):\n        return len(nums) + self.k\n"
                                        "def outer(a):\n    def inner(b):\n        return len(b)\n"
                                        "    return inner(a)\n"),
                         function);
        QVERIFY(spy.wait(15000));
        const AnalysisResult r = spy.first().first().value<AnalysisResult>();
        if (!error.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.measuredFunction, function);
        QVERIFY(r.measurements.size() >= 4);
    }

    void measuresInTheSandbox()
    {
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        EmpiricalAnalyzer analyzer; // default executor: the sandbox
        analyzer.setBudgetSeconds(2.0);
        QElapsedTimer clock;
        clock.start();
        const AnalysisResult r = measure(
            analyzer,
            QStringLiteral("def total(a):\n    s = 0\n    for x in a:\n        s += x\n    return s\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(r.fitted, QStringLiteral("O(n)"));
    }

    void measuresCppInTheSandbox_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("fitted");
        QTest::newRow("pairs") << QStringLiteral("pairs") << QStringLiteral("O(n^2)");
        QTest::newRow("fib") << QStringLiteral("fib") << QStringLiteral("O(2^n)");
        // Issue 15: a member function is called on an object made with its class's constructor without
        // arguments, a static member (here of a class in a namespace, defined out of it) by its
        // qualified name.
        QTest::newRow("member, quadratic") << QStringLiteral("inversions") << QStringLiteral("O(n^2)");
        QTest::newRow("static member, linear") << QStringLiteral("sumSquares") << QStringLiteral("O(n)");
        // A function template whose type a vector<T> parameter gives: Measure passes a vector<int>.
        QTest::newRow("template, quadratic") << QStringLiteral("dominated") << QStringLiteral("O(n^2)");
    }

    void measuresCppInTheSandbox()
    {
        // libclang picks the function and writes the timing program; the sandbox compiles it once and
        // runs it (the user's main is never called: it would wait for input).
        QFETCH(QString, function);
        QFETCH(QString, fitted);
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/clang/cindex.py")))
            QSKIP("no python3-clang (scripts/packages/test.txt installs it)");
        int points = 0;
        const AnalysisResult r = measureInSandbox(
            QStringLiteral("#include <bits/stdc++.h>\nusing namespace std;\n"
                           "long long pairs(const vector<int> &a) {\n    long long c = 0;\n"
                           "    for (size_t i = 0; i < a.size(); i++)\n"
                           "        for (size_t j = i + 1; j < a.size(); j++) c += a[i] < a[j];\n"
                           "    return c;\n}\n"
                           "int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
                           "template <class T> long long dominated(const vector<T> &a) {\n    long long c = 0;\n"
                           "    for (const T &x : a)\n        for (const T &y : a) c += y < x;\n    return c;\n}\n"
                           "namespace solve {\nclass Solution {\n    long long calls = 0;\npublic:\n"
                           "    long long inversions(const vector<int> &a) {\n        long long c = calls++;\n"
                           "        for (size_t i = 0; i < a.size(); i++)\n"
                           "            for (size_t j = i + 1; j < a.size(); j++) c += a[i] > a[j];\n"
                           "        return c;\n    }\n"
                           "    static long long sumSquares(const vector<int> &a);\n};\n"
                           "long long Solution::sumSquares(const vector<int> &a) {\n    long long s = 0;\n"
                           "    for (int x : a) s += (long long)x * x;\n    return s;\n}\n}\n"
                           "int main() { int n; cin >> n; vector<int> a(n); cout << pairs(a); }\n"),
            function, QStringLiteral("cpp"), &points);
        verifyMeasured(r, points, function);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(r.fitted, fitted);
    }

    void measuresJavaScriptInTheSandbox_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("fitted");
        QTest::newRow("total") << QStringLiteral("total") << QStringLiteral("O(n)");
        QTest::newRow("pairs") << QStringLiteral("pairs") << QStringLiteral("O(n^2)");
        // Issue 15: a class's method is called on an object made with `new C()`, a static one on the class.
        QTest::newRow("method, quadratic") << QStringLiteral("inversions") << QStringLiteral("O(n^2)");
        QTest::newRow("static method, linear") << QStringLiteral("sumSquares") << QStringLiteral("O(n)");
    }

    void measuresJavaScriptInTheSandbox()
    {
        // acorn picks the function from how its parameter is used (an array here); node times it under
        // JavaScript's profile. The program's own top level, which reads its input, never runs.
        QFETCH(QString, function);
        QFETCH(QString, fitted);
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("no node (scripts/packages/test.txt installs it and node-acorn)");
        int points = 0;
        const AnalysisResult r = measureInSandbox(
            QStringLiteral("'use strict';\n"
                           "function total(a) {\n    let s = 0;\n    for (const x of a) s += x * x;\n"
                           "    return s;\n}\n"
                           "const pairs = (a) => {\n    let c = 0;\n"
                           "    for (let i = 0; i < a.length; i++)\n"
                           "        for (let j = i + 1; j < a.length; j++) c += a[i] < a[j] ? 1 : 0;\n"
                           "    return c;\n};\n"
                           "class Solution {\n    constructor() { this.calls = 0; }\n"
                           "    inversions(a) {\n        let c = this.calls++;\n"
                           "        for (let i = 0; i < a.length; i++)\n"
                           "            for (let j = i + 1; j < a.length; j++) c += a[i] > a[j] ? 1 : 0;\n"
                           "        return c;\n    }\n"
                           "    static sumSquares(a) {\n        let s = 0;\n        for (const x of a) s += x * x;\n"
                           "        return s;\n    }\n}\n"
                           "const lines = require('fs').readFileSync(0, 'utf8').split('\\n');\n"
                           "console.log(total(lines.map(Number)), pairs([3, 1, 2]), new Solution().inversions([]));\n"),
            function, QStringLiteral("javascript"), &points);
        verifyMeasured(r, points, function);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(r.fitted, fitted);
    }

    // What the C++ and JavaScript harnesses cannot call they say why (the first step alone answers: for
    // C++ libclang in Python, by the rule that also marks the function in the analysis).
    void explainsWhatMeasureCannotCall_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("expected");
        const QString cpp = QStringLiteral("#include <vector>\n"
                                           "struct Box {\n    explicit Box(int k) : k(k) {}\n"
                                           "    int sum(const std::vector<int> &a) { return k + (int)a.size(); }\n"
                                           "    int k;\n};\n"
                                           "template <class T> T twice(T x) { return x + x; }\n"
                                           "class Secret {\n    int hidden(int n) { return n; }\n};\n"
                                           "int main() { return Box(1).sum({}) + twice(1); }\n");
        QTest::newRow("C++ member of a class made with arguments")
            << QStringLiteral("cpp") << cpp << QStringLiteral("sum")
            << QStringLiteral("sum() cannot be measured: a member of Box, which has no public constructor without "
                              "parameters");
        QTest::newRow("C++ template") << QStringLiteral("cpp") << cpp << QStringLiteral("twice")
                                      << QStringLiteral("twice() cannot be measured: a template");
        QTest::newRow("C++ private member") << QStringLiteral("cpp") << cpp << QStringLiteral("hidden")
                                            << QStringLiteral("not public");
        QTest::newRow("C++ nothing to measure")
            << QStringLiteral("cpp")
            << QStringLiteral("#include <map>\nstruct P { int x; };\nint f(P p) { return p.x; }\n"
                              "int main() { return f(P{1}); }\n")
            << QString() << QStringLiteral("no function");
        const QString js = QStringLiteral("class Box {\n    constructor(k) { this.k = k.length; }\n"
                                          "    sum(a) { let s = 0; for (const x of a) s += x; return s; }\n}\n"
                                          "function outer(a) {\n    function inner(b) { return b.length; }\n"
                                          "    return inner(a);\n}\n");
        QTest::newRow("JavaScript method of a class made with arguments")
            << QStringLiteral("javascript") << js << QStringLiteral("sum")
            << QStringLiteral("sum() cannot be measured: it is a method of Box, whose constructor takes arguments");
        QTest::newRow("JavaScript nested function")
            << QStringLiteral("javascript") << js << QStringLiteral("inner")
            << QStringLiteral("inner() is not a top-level function nor a method");
        // No function's parameter is used as an array, a string or a number: acorn's reading says so.
        QTest::newRow("JavaScript nothing to measure")
            << QStringLiteral("javascript")
            << QStringLiteral("class P { constructor() { this.x = 1; } }\n"
                              "function f(p) { return p.x; }\nconsole.log(f(new P()));\n")
            << QString() << QStringLiteral("no function");
    }

    void explainsWhatMeasureCannotCall()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QString, function);
        QFETCH(QString, expected);
        if (language == QLatin1String("cpp")
            && !QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/clang/cindex.py")))
            QSKIP("no python3-clang (scripts/packages/test.txt installs it)");
        if (language == QLatin1String("javascript") && QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("no node (scripts/packages/test.txt installs it and node-acorn)");
        EmpiricalAnalyzer analyzer;
        useLocalPython(analyzer);
        QSignalSpy spy(&analyzer, &EmpiricalAnalyzer::finished);
        analyzer.analyze(code, function, QString(), language);
        QVERIFY(spy.wait(60'000));
        const AnalysisResult r = spy.first().first().value<AnalysisResult>();
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void javaWithoutPublicTypesLeavesOnePublicClassToAppend()
    {
        const QByteArray source = "import java.util.*; // public class Not\n"
                                  "@SuppressWarnings(\"public\") public final class Solution {\n"
                                  "    public static int f(int[] a) { return a.length; }\n"
                                  "    public class Inner {}\n"
                                  "}\n"
                                  "public interface Shape {}\n";
        const QByteArray stripped = runner::javaWithoutPublicTypes(source);
        QCOMPARE(stripped.size(), source.size());
        QCOMPARE(stripped.count('\n'), source.count('\n'));
        QVERIFY(stripped.contains("(\"public\")" + QByteArray(8, ' ') + "final class Solution"));
        QVERIFY(stripped.contains("public static int f")); // members keep theirs
        QVERIFY(stripped.contains("public class Inner"));
        QVERIFY(stripped.contains("\n       interface Shape"));
        QVERIFY(stripped.contains("// public class Not"));
        QCOMPARE(runner::javaMainClass(stripped + "public class CodeRemoteMeasure {}\n"),
                 QStringLiteral("CodeRemoteMeasure"));
    }

    void measuresJavaInTheSandbox_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("fitted");
        QTest::addColumn<QString>("input");
        QTest::newRow("static, int[]") << QStringLiteral("total") << QStringList{QStringLiteral("O(n)")}
                                       << QStringLiteral("list");
        QTest::newRow("instance, List<Integer>") << QStringLiteral("pairs") << QStringList{QStringLiteral("O(n^2)")}
                                                 << QStringLiteral("list");
        QTest::newRow("static nested class, double[]") << QStringLiteral("mean") << QStringList{QStringLiteral("O(n)")}
                                                       << QStringLiteral("list");
        // A search that halves its range gets a sorted array; far below linear, whatever the fit of
        // times this short calls it.
        QTest::newRow("binary search") << QStringLiteral("search")
                                       << QStringList{QStringLiteral("O(log n)"), QStringLiteral("O(1)"),
                                                      QStringLiteral("O(sqrt n)")}
                                       << QStringLiteral("sorted list");
    }

    void measuresJavaInTheSandbox()
    {
        // javac compiles the program and the harness once; the harness (the file's public class now)
        // times the method through reflection, an instance method on an object of its class. The
        // program's main, which would wait for input, never runs.
        QFETCH(QString, function);
        QFETCH(QStringList, fitted);
        QFETCH(QString, input);
        if (!javaInTheSandbox())
            QSKIP("code-remote-sandbox is not built or there is no JDK (default-jdk-headless)");
        int points = 0;
        const AnalysisResult r = measureInSandbox(QString::fromLatin1(kJavaProgram), function,
                                                  QStringLiteral("java"), &points);
        verifyMeasured(r, points, function);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(fitted.contains(r.fitted), qPrintable(r.fitted));
        if (!r.measuredFunction.isEmpty()) // the series ended normally: its closing line names the input
            QVERIFY2(r.explanation.contains(QStringLiteral("(%1 input)").arg(input)), qPrintable(r.explanation));
    }

    void theUserPicksTheSizeParameterOfAJavaMethod()
    {
        if (!javaInTheSandbox())
            QSKIP("code-remote-sandbox is not built or there is no JDK (default-jdk-headless)");
        int points = 0;
        const AnalysisResult r = measureInSandbox(QString::fromLatin1(kJavaProgram), QStringLiteral("repeat"),
                                                  QStringLiteral("java"), &points, QStringLiteral("times"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.measuredFunction, QStringLiteral("repeat"));
        QVERIFY2(r.explanation.contains(QLatin1String("growing times")), qPrintable(r.explanation));
        QVERIFY2(r.explanation.contains(QLatin1String("number input")), qPrintable(r.explanation));
    }

    void explainsWhichJavaMethodsMeasureCannotDrive_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a Map parameter")
            << QString::fromLatin1(kJavaProgram) << QStringLiteral("counts")
            << QStringLiteral("counts() takes parameters Measure cannot make (Map<Integer, Integer> m)");
        QTest::newRow("a method that throws")
            << QString::fromLatin1(kJavaProgram) << QStringLiteral("check")
            << QStringLiteral("check() threw java.lang.IllegalStateException: not sorted");
        QTest::newRow("an instance method without a way to make its object")
            << QStringLiteral("class Box {\n    Box(int size) {}\n    int f(int[] a) { return a.length; }\n"
                              "    public static void main(String[] args) {}\n}\n")
            << QStringLiteral("f") << QStringLiteral("no constructor without parameters");
        QTest::newRow("no method at all")
            << QStringLiteral("class P {\n    int x;\n    static int f(P p) { return p.x; }\n"
                              "    public static void main(String[] args) { System.out.println(f(new P())); }\n}\n")
            << QString() << QStringLiteral("no method whose parameters are numbers, strings, arrays or lists");
        QTest::newRow("a program that does not compile")
            << QStringLiteral("public class Main {\n    static int f(int[] a) {\n        return a.length\n    }\n}\n")
            << QStringLiteral("f") << QStringLiteral("the program does not compile: line 3:");
    }

    void explainsWhichJavaMethodsMeasureCannotDrive()
    {
        QFETCH(QString, code);
        QFETCH(QString, function);
        QFETCH(QString, expected);
        if (!javaInTheSandbox())
            QSKIP("code-remote-sandbox is not built or there is no JDK (default-jdk-headless)");
        int points = 0;
        const AnalysisResult r = measureInSandbox(code, function, QStringLiteral("java"), &points);
        QVERIFY(!r.ok());
        QCOMPARE(points, 0);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestEmpiricalAnalyzer)
#include "tst_empiricalanalyzer.moc"
