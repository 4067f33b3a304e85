#include <analysis/StaticAnalyzer.h>
#include <runner/LocalRunSession.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using namespace analysis;

namespace {

// Each fixture's first line says what it must come out as: "# expect time=nlogn space=linear risks=a,b".
QMap<QString, QString> expectations(const QByteArray &code)
{
    QMap<QString, QString> out;
    const QString first = QString::fromUtf8(code.left(code.indexOf('\n')));
    const QStringList words = first.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        const int eq = w.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(w.left(eq), w.mid(eq + 1));
    }
    return out;
}

// The kinds of risky pattern a result reports, each once, sorted.
QStringList riskKinds(const AnalysisResult &r)
{
    QStringList kinds;
    for (const RiskyPattern &p : r.risks) {
        if (!kinds.contains(p.kind))
            kinds.append(p.kind);
    }
    kinds.sort();
    return kinds;
}

QStringList expectedRisks(const QMap<QString, QString> &expected)
{
    QStringList want = expected.value(QStringLiteral("risks")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    want.sort();
    return want;
}

AnalysisResult analyzeWith(StaticAnalyzer &analyzer, const QString &code, int timeoutMs = 15000,
                           const QString &language = QStringLiteral("python"))
{
    QSignalSpy spy(&analyzer, &StaticAnalyzer::finished);
    analyzer.analyze(code, language);
    if (!spy.wait(timeoutMs))
        return AnalysisResult::failure(QStringLiteral("static"), QStringLiteral("no answer"));
    return spy.first().first().value<AnalysisResult>();
}

void useLocalPython(StaticAnalyzer &analyzer)
{
    analyzer.setExecutorFactory(
        [](QObject *parent) -> ScriptExecutor * { return new ProcessScriptExecutor(parent); });
}

// A parser run that fails at once, as a crashed parser does.
class FailingExecutor : public ScriptExecutor
{
public:
    using ScriptExecutor::ScriptExecutor;
    void start(const ScriptRun &) override
    {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished({false, {}, {}, QStringLiteral("the parser broke"), 0});
        });
    }
    void cancel() override {}
    void writeInput(const QByteArray &) override {}
    void closeInput() override {}
};

// A parser run that prints its model's line at once and ends only when the test says so, ok or not:
// the analyzer must get the line without waiting for the end, and answer only after it.
class LineThenWaitExecutor : public ScriptExecutor
{
public:
    using ScriptExecutor::ScriptExecutor;
    void start(const ScriptRun &) override
    {
        QTimer::singleShot(0, this, [this] {
            // In two pieces, as a pipe may deliver it.
            Q_EMIT outputReceived(QByteArray(kModel).left(10));
            Q_EMIT outputReceived(QByteArray(kModel).mid(10));
        });
    }
    void end(bool ok)
    {
        Q_EMIT finished({ok, ok ? QByteArray(kModel) : QByteArray(), {}, ok ? QString() : QStringLiteral("the parser broke late"), 0});
    }
    void cancel() override {}
    void writeInput(const QByteArray &) override {}
    void closeInput() override {}
    static constexpr char kModel[] = "{\"t\":\"program\",\"lang\":\"java\",\"classes\":[]}\n";
};

// An analyzer run that prints its answer's line and never ends on its own (its sandbox still tearing
// down): the analysis answers from the line.
class AnswerThenHoldExecutor : public ScriptExecutor
{
public:
    using ScriptExecutor::ScriptExecutor;
    void start(const ScriptRun &) override
    {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT outputReceived("{\"ok\": true, \"time\": \"O(n)\", \"time_class\": \"linear\", ");
            Q_EMIT outputReceived("\"space\": \"O(1)\", \"confidence\": 0.5, \"explanation\": \"held\"}\n");
        });
    }
    void cancel() override { cancelled = true; }
    void writeInput(const QByteArray &) override {}
    void closeInput() override {}
    bool cancelled = false;
};

// The C++ parser's libclang bindings (Debian's python3-clang), as the bundled parser imports them.
bool cppParserAvailable()
{
    return QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/clang/cindex.py"));
}

bool sandboxAvailable()
{
    return QFileInfo::exists(runner::LocalRunSession::sandboxExecutable());
}

// The rows of a data-driven test: every fixture under the resource prefix :/DIR whose name matches
// pattern, at least atLeast of them.
void addFixtureRows(const QString &dir, const QString &pattern, int atLeast)
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(QStringLiteral(":/") + dir).entryList({pattern});
    QVERIFY(files.size() >= atLeast);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QStringLiteral(":/%1/%2").arg(dir, f);
}

// One fixture analyzed as LANGUAGE by the product's chain; expected gets what its first line expects.
AnalysisResult analyzeFixture(const QString &path, const QString &language, QMap<QString, QString> &expected)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AnalysisResult::failure(QStringLiteral("static"), QStringLiteral("cannot read ") + path);
    const QByteArray code = file.readAll();
    expected = expectations(code);
    StaticAnalyzer analyzer;
    useLocalPython(analyzer);
    return analyzeWith(analyzer, QString::fromUtf8(code), language == QLatin1String("python") ? 15000 : 60000,
                       language);
}

// A fixture of a parsed language against its first line: the class, the space class when it says one,
// and the kinds of risky pattern.
void checkFixture(const QString &path, const QString &language)
{
    QMap<QString, QString> expected;
    const AnalysisResult r = analyzeFixture(path, language, expected);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.timeClass(), expected.value(QStringLiteral("time")));
    if (expected.contains(QStringLiteral("space")))
        QCOMPARE(r.spaceClass(), expected.value(QStringLiteral("space")));
    QCOMPARE(riskKinds(r), expectedRisks(expected));
    QVERIFY(!r.explanation.isEmpty());
}

} // namespace

class TestStaticAnalyzer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<analysis::AnalysisResult>(); }

    void classifiesHandWrittenPrograms_data()
    {
        addFixtureRows(QStringLiteral("programs"), QStringLiteral("*.py"), 25);
    }

    void classifiesHandWrittenPrograms()
    {
        QFETCH(QString, path);
        QMap<QString, QString> expected;
        const AnalysisResult r = analyzeFixture(path, QStringLiteral("python"), expected);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.provider, QStringLiteral("static"));
        if (expected.contains(QStringLiteral("time")))
            QCOMPARE(r.timeClass(), expected.value(QStringLiteral("time")));
        if (expected.contains(QStringLiteral("space")))
            QCOMPARE(r.spaceClass(), expected.value(QStringLiteral("space")));
        if (expected.contains(QStringLiteral("risks")))
            QCOMPARE(riskKinds(r), expectedRisks(expected));
        QVERIFY(r.confidence > 0 && r.confidence <= 1);
        QVERIFY(!r.explanation.isEmpty());
    }

    void analyzesJavaThroughItsParser()
    {
        // The production chain without the sandbox: the JDK runs the bundled parser on the program,
        // the bundled script (lowering + analyzer) reads the model. A TreeMap insertion per item is
        // n log n; a syntax error comes back with its line.
        if (QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty())
            QSKIP("no JDK (scripts/packages/test.txt installs one)");
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const QString program = QStringLiteral(
            "import java.util.*;\n"
            "public class Main {\n"
            "    public static void main(String[] args) {\n"
            "        Scanner sc = new Scanner(System.in);\n"
            "        int n = sc.nextInt();\n"
            "        TreeMap<Integer, Integer> seen = new TreeMap<>();\n"
            "        for (int i = 0; i < n; i++) {\n"
            "            int x = sc.nextInt();\n"
            "            seen.put(x, i);\n"
            "        }\n"
            "        Runtime.getRuntime().exec(\"ls\");\n"
            "    }\n"
            "}\n");
        const AnalysisResult r = analyzeWith(analyzer, program, 60000, QStringLiteral("java"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.timeClass(), QStringLiteral("nlogn"));
        QCOMPARE(r.hotLoops.size(), 1);
        QCOMPARE(r.hotLoops.first().startLine, 7);
        QCOMPARE(r.risks.size(), 1);
        QCOMPARE(r.risks.first().kind, QStringLiteral("system_command"));
        QCOMPARE(r.risks.first().line, 11);

        const AnalysisResult bad = analyzeWith(analyzer, QStringLiteral("class A {\n  void f( {\n}\n"), 60000,
                                               QStringLiteral("java"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.startsWith(QStringLiteral("line 2:")), qPrintable(bad.error));
    }

    void analyzesJavaScriptThroughItsParser()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("no node (scripts/packages/test.txt installs it and node-acorn)");
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const QString program = QStringLiteral(
            "const a = require('fs').readFileSync(0, 'utf8').trim().split(' ').map(Number);\n"
            "let pairs = 0;\n"
            "for (let i = 0; i < a.length; i++)\n"
            "    for (let j = i + 1; j < a.length; j++)\n"
            "        if (a[i] + a[j] === 0) pairs++;\n"
            "console.log(pairs);\n");
        const AnalysisResult r = analyzeWith(analyzer, program, 60000, QStringLiteral("javascript"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.timeClass(), QStringLiteral("quadratic"));
        QVERIFY(!r.hotLoops.isEmpty());
        QCOMPARE(r.hotLoops.first().startLine, 3);
    }

    void analyzesJavaScriptProgramsThroughItsParser_data()
    {
        addFixtureRows(QStringLiteral("javascript"), QStringLiteral("*.js"), 10);
    }

    void analyzesJavaScriptProgramsThroughItsParser()
    {
        // The production chain for JavaScript (acorn's model, the bundled analyzer) on the programs of
        // tests/analysis/javascript/, each with its expected class and risks on its first line: the
        // array methods, a memo Map, an output buffer, top-level state, eval/Function/fs/net.
        QFETCH(QString, path);
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("no node (scripts/packages/test.txt installs it and node-acorn)");
        checkFixture(path, QStringLiteral("javascript"));
    }

    void analyzesCppThroughItsParser_data()
    {
        addFixtureRows(QStringLiteral("cpp"), QStringLiteral("*.cpp"), 7);
    }

    void analyzesCppThroughItsParser()
    {
        // The production chain without the sandbox: the bundled C++ parser (libclang) writes the model,
        // the bundled analyzer reads it. Nested loops, binary search, std::sort, fib, merge sort, a
        // program with <bits/stdc++.h>, loop macros, next_permutation, system()/popen/fork/exec/remove/
        // socket and a loop without exit.
        QFETCH(QString, path);
        QVERIFY(StaticAnalyzer::supportsLanguage(QStringLiteral("cpp")));
        if (!cppParserAvailable())
            QSKIP("no python3-clang (scripts/packages/test.txt installs it)");
        checkFixture(path, QStringLiteral("cpp"));
    }

    void cppDetailsOfTheModel()
    {
        // Line ranges of functions and hot loops, the risk's line, and a syntax error with its line.
        if (!cppParserAvailable())
            QSKIP("no python3-clang (scripts/packages/test.txt installs it)");
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const QString program = QStringLiteral(
            "#include <bits/stdc++.h>\n"
            "using namespace std;\n"
            "int pairs(const vector<int> &a) {\n"
            "    int c = 0;\n"
            "    for (int x : a)\n"
            "        for (int y : a)\n"
            "            if (x + y == 0) c++;\n"
            "    return c;\n"
            "}\n"
            "int main() {\n"
            "    int n; cin >> n;\n"
            "    vector<int> a(n);\n"
            "    for (auto &x : a) cin >> x;\n"
            "    cout << pairs(a) << endl;\n"
            "    system(\"echo done\");\n"
            "}\n");
        const AnalysisResult r = analyzeWith(analyzer, program, 60000, QStringLiteral("cpp"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.time, QStringLiteral("O(n^2)"));
        QCOMPARE(r.functions.size(), 1);
        QCOMPARE(r.functions.first().name, QStringLiteral("pairs"));
        QCOMPARE(r.functions.first().startLine, 3);
        QCOMPARE(r.functions.first().endLine, 9);
        QVERIFY(!r.hotLoops.isEmpty());
        QCOMPARE(r.hotLoops.first().startLine, 5);
        QCOMPARE(r.risks.size(), 1);
        QCOMPARE(r.risks.first().kind, QStringLiteral("system_command"));
        QCOMPARE(r.risks.first().line, 15);

        const AnalysisResult bad = analyzeWith(analyzer, QStringLiteral("int main() {\n  int x = ;\n}\n"), 60000,
                                               QStringLiteral("cpp"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.startsWith(QStringLiteral("line 2:")), qPrintable(bad.error));
    }

    // Issue 15: each function of a Java, JavaScript or C++ program comes back under the name and with
    // the parameter names the program gives it, whatever the lowering renamed (overloads become
    // solve_1 and solve_2, `in` and `print` clash with Python's keyword and builtin); `this` is none.
    void functionsCarryTheirNamesAndParametersAsWritten_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("functions");
        QTest::newRow("java") << QStringLiteral("java")
                              << QStringLiteral("import java.util.*;\npublic class Main {\n"
                                                "    static int solve(int[] in) { int s = 0; for (int x : in) s += x; return s; }\n"
                                                "    static int solve(int[] in, int set) { return set + solve(in); }\n"
                                                "    long power(long b, long power) { return power == 0 ? 1 : b * power(b, power - 1); }\n"
                                                "    public static void main(String[] args) {\n"
                                                "        System.out.println(solve(new int[3], 2));\n    }\n}\n")
                              << QStringList{QStringLiteral("solve(in)"), QStringLiteral("solve(in, set)"),
                                             QStringLiteral("power(b, power)")};
        QTest::newRow("javascript") << QStringLiteral("javascript")
                                    << QStringLiteral("function total(a, print) {\n    let s = 0;\n"
                                                      "    for (const x of a) s += x;\n    return s + print;\n}\n"
                                                      "const square = (len) => len * len;\n"
                                                      "console.log(total([1, 2], square(3)));\n")
                                    << QStringList{QStringLiteral("total(a, print)"), QStringLiteral("square(len)")};
        QTest::newRow("cpp") << QStringLiteral("cpp")
                             << QStringLiteral("#include <bits/stdc++.h>\nusing namespace std;\n"
                                               "long total(const vector<int> &v, int max) {\n"
                                               "    long s = 0;\n    for (int x : v) s += x;\n    return s + max;\n}\n"
                                               "int main() {\n    vector<int> v(3);\n    cout << total(v, 1) << endl;\n}\n")
                             << QStringList{QStringLiteral("total(v, max)")};
    }

    void functionsCarryTheirNamesAndParametersAsWritten()
    {
        QFETCH(QString, language);
        QFETCH(QString, program);
        QFETCH(QStringList, functions);
        const QString tool = language == QLatin1String("java") ? QStringLiteral("javac") : QStringLiteral("node");
        if (language == QLatin1String("cpp") ? !cppParserAvailable() : QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP("the language's toolchain is not installed (scripts/packages/test.txt installs it)");
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const AnalysisResult r = analyzeWith(analyzer, program, 60000, language);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QStringList got;
        for (const analysis::FunctionComplexity &f : r.functions)
            got << QStringLiteral("%1(%2)").arg(f.name, f.parameters.join(QStringLiteral(", ")));
        got.sort();
        functions.sort();
        QCOMPARE(got, functions);
    }

    void languageWithoutAnalyzerFailsNamingIt()
    {
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        QVERIFY(StaticAnalyzer::supportsLanguage(QStringLiteral("java")));
        QVERIFY(!StaticAnalyzer::supportsLanguage(QStringLiteral("cobol")));
        const AnalysisResult r = analyzeWith(analyzer, QStringLiteral("IDENTIFICATION DIVISION."), 5000,
                                             QStringLiteral("cobol"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("cobol")), qPrintable(r.error));
    }

    void readingTheInputIsNotARiskyPattern()
    {
        // What every exercise does (and the IDE's console answers): no risk, while eval next to it is one.
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const AnalysisResult r = analyzeWith(
            analyzer, QStringLiteral("import sys\nn = int(input('How many squares? '))\nrest = sys.stdin.readline()\n"
                                     "data = sys.stdin.read()\nlines = sys.stdin.readlines()\neval(rest)\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.risks.size(), 1);
        QCOMPARE(r.risks.first().kind, QStringLiteral("eval_exec"));
    }

    void reportsFunctionsWithLineRanges()
    {
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const AnalysisResult r =
            analyzeWith(analyzer, QStringLiteral("def pairs(a):\n    c = 0\n    for x in a:\n        for y "
                                                 "in a:\n            c += x * y\n    return c\n\n"
                                                 "def first(a):\n    return a[0]\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.functions.size(), 2);
        QCOMPARE(r.functions[0].name, QStringLiteral("pairs"));
        QCOMPARE(r.functions[0].startLine, 1);
        QCOMPARE(r.functions[0].endLine, 6);
        QCOMPARE(r.functions[0].time, QStringLiteral("O(n^2)"));
        QCOMPARE(r.functions[1].time, QStringLiteral("O(1)"));
        QCOMPARE(r.time, QStringLiteral("O(n^2)"));
        QVERIFY(!r.hotLoops.isEmpty());
        QCOMPARE(r.hotLoops.first().startLine, 3);
        QCOMPARE(r.hotLoops.first().cost, QStringLiteral("O(n^2)"));
    }

    void namesDifferentSizesInProducts()
    {
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const AnalysisResult r = analyzeWith(
            analyzer, QStringLiteral("n, m = map(int, input().split())\nt = 0\nfor i in range(n):\n    for j "
                                     "in range(m):\n        t += i ^ j\nprint(t)\n"));
        QCOMPARE(r.time, QStringLiteral("O(n*m)"));
        QCOMPARE(r.timeClass(), QStringLiteral("quadratic"));
    }

    void reportsSyntaxErrorsWithTheirLine()
    {
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const AnalysisResult r =
            analyzeWith(analyzer, QStringLiteral("x = 1\nfor i in range(3)\n    pass\n"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("line 2")), qPrintable(r.error));
    }

    void neverExecutesTheProgram()
    {
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        const QString marker = QDir::temp().filePath(
            QStringLiteral("analysis-must-not-exist-%1").arg(QCoreApplication::applicationPid()));
        const AnalysisResult r = analyzeWith(
            analyzer,
            QStringLiteral("open(%1, 'w').write('x')\n").arg(QLatin1Char('"') + marker + QLatin1Char('"')));
        QVERIFY(r.ok());
        QVERIFY(!QFileInfo::exists(marker));
    }

    void cancelsTheRunInProgressOnANewRequest()
    {
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        QSignalSpy spy(&analyzer, &StaticAnalyzer::finished);
        analyzer.analyze(QStringLiteral("x = 1\n"));
        analyzer.analyze(QStringLiteral("n = int(input())\nfor i in range(n):\n    pass\n"));
        QVERIFY(spy.wait(15000));
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<AnalysisResult>().time, QStringLiteral("O(n)"));
    }

    void startsTheAnalyzerWhileTheParserRuns()
    {
        // Both runs of a parsed language start at once: the analyzer waits on its input while the
        // parser works, and gets the model as soon as the parser has printed it.
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("no node (scripts/packages/test.txt installs it)");
        StaticAnalyzer analyzer;
        QList<ScriptExecutor *> started;
        analyzer.setExecutorFactory([&started](QObject *parent) -> ScriptExecutor * {
            auto *executor = new ProcessScriptExecutor(parent);
            started.append(executor);
            return executor;
        });
        QSignalSpy spy(&analyzer, &StaticAnalyzer::finished);
        analyzer.analyze(QStringLiteral("const a = [3, 1, 2];\na.sort((x, y) => x - y);\nconsole.log(a);\n"),
                         QStringLiteral("javascript"));
        QCOMPARE(started.size(), 2);
        QVERIFY(analyzer.isRunning());
        QVERIFY(spy.wait(60000));
        const AnalysisResult r = spy.first().first().value<AnalysisResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!analyzer.isRunning());
    }

    void aFailingParserStopsTheWaitingAnalyzer()
    {
        StaticAnalyzer analyzer;
        QPointer<ScriptExecutor> waiting;
        analyzer.setExecutorFactory([&waiting](QObject *parent) -> ScriptExecutor * {
            if (!waiting) // the analyzer starts first, then the parser
                return waiting = new ProcessScriptExecutor(parent);
            return new FailingExecutor(parent);
        });
        QSignalSpy spy(&analyzer, &StaticAnalyzer::finished);
        analyzer.analyze(QStringLiteral("class A {}\n"), QStringLiteral("java"));
        QVERIFY(spy.wait(15000));
        const AnalysisResult r = spy.first().first().value<AnalysisResult>();
        QVERIFY(!r.ok());
        QCOMPARE(r.error, QStringLiteral("the parser broke"));
        QVERIFY(!analyzer.isRunning());
        QTRY_VERIFY(waiting.isNull()); // cancelled and deleted, not left waiting on its input
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
    }

    void analyzerGetsTheModelAsSoonAsItsLineEnds_data()
    {
        QTest::addColumn<bool>("parserOk");
        QTest::newRow("the parser then ends well") << true;
        QTest::newRow("the parser then fails") << false;
    }

    void analyzerGetsTheModelAsSoonAsItsLineEnds()
    {
        // The parser's exit (a JVM's shutdown, its sandbox's teardown) overlaps the analysis; the
        // answer still waits for the parser's outcome, and a parser that fails fails the analysis.
        QFETCH(bool, parserOk);
        StaticAnalyzer analyzer;
        useLocalPython(analyzer);
        QPointer<ScriptExecutor> analyzerRun;
        QPointer<LineThenWaitExecutor> parserRun;
        analyzer.setExecutorFactory([&](QObject *parent) -> ScriptExecutor * {
            if (!analyzerRun) // the analyzer starts first, then the parser
                return analyzerRun = new ProcessScriptExecutor(parent);
            return parserRun = new LineThenWaitExecutor(parent);
        });
        QSignalSpy spy(&analyzer, &StaticAnalyzer::finished);
        analyzer.analyze(QStringLiteral("class A {}\n"), QStringLiteral("java"));
        QVERIFY(analyzerRun && parserRun);
        QSignalSpy analyzerDone(analyzerRun.data(), &ScriptExecutor::finished);
        QVERIFY(analyzerDone.wait(30000)); // it had the model while the parser still ran
        QVERIFY(analyzerDone.first().first().value<ScriptOutcome>().ok);
        QTest::qWait(50);
        QCOMPARE(spy.size(), 0); // held until the parser ends
        QVERIFY(parserRun);
        parserRun->end(parserOk);
        QTRY_COMPARE(spy.size(), 1);
        const AnalysisResult r = spy.first().first().value<AnalysisResult>();
        QCOMPARE(r.ok(), parserOk);
        if (parserOk)
            QCOMPARE(r.timeClass(), QStringLiteral("constant"));
        else
            QCOMPARE(r.error, QStringLiteral("the parser broke late"));
    }

    void answersFromTheAnalyzersLineWithoutWaitingForItsEnd()
    {
        StaticAnalyzer analyzer;
        QPointer<AnswerThenHoldExecutor> run;
        analyzer.setExecutorFactory([&run](QObject *parent) -> ScriptExecutor * {
            return run = new AnswerThenHoldExecutor(parent);
        });
        QSignalSpy spy(&analyzer, &StaticAnalyzer::finished);
        analyzer.analyze(QStringLiteral("for x in range(int(input())):\n    print(x)\n"));
        QVERIFY(spy.wait(15000));
        const AnalysisResult r = spy.first().first().value<AnalysisResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.time, QStringLiteral("O(n)"));
        QVERIFY(!analyzer.isRunning());
        // Not stopped: it ends by itself, as a sandbox tearing down does.
        QVERIFY(run && !run->cancelled);
    }

    void precompiledScriptGivesTheSameAnswers()
    {
        // The build ships the analyzer precompiled for the build's Python; it must answer exactly
        // like the source on the fixtures.
        const QByteArray compiled = StaticAnalyzer::compiledScript();
        if (compiled.isEmpty())
            QSKIP("this build has no precompiled analyzer");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString compiledPath = dir.filePath(QStringLiteral("main.py"));
        const QString sourcePath = dir.filePath(QStringLiteral("source.py"));
        QFile c(compiledPath), s(sourcePath);
        QVERIFY(c.open(QIODevice::WriteOnly) && s.open(QIODevice::WriteOnly));
        c.write(compiled);
        s.write(StaticAnalyzer::script());
        c.close();
        s.close();
        // Both scripts read the same program at once: the suite's time grows with the fixtures, and a
        // second core, when free, halves it.
        auto start = [](QProcess &p, const QString &script, const QByteArray &input) {
            p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-I"), QStringLiteral("-S"), script});
            p.write(input);
            p.closeWriteChannel();
        };
        // Every fourth fixture: the two forms differ only in how the same code was compiled, so a
        // difference would be systematic and shows on any sample; all of them cost a minute of CPU.
        const QStringList files = QDir(QStringLiteral(":/programs")).entryList({QStringLiteral("*.py")});
        QVERIFY(files.size() >= 40);
        for (qsizetype i = 0; i < files.size(); i += 4) {
            const QString &f = files.at(i);
            QFile file(QStringLiteral(":/programs/") + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray code = file.readAll();
            QProcess source, compiledRun;
            start(source, sourcePath, code);
            start(compiledRun, compiledPath, code);
            QVERIFY(source.waitForFinished(30000) && compiledRun.waitForFinished(30000));
            const QByteArray fromSource = source.readAllStandardOutput();
            QVERIFY2(fromSource.startsWith("{\"ok\""), qPrintable(f));
            QCOMPARE(compiledRun.readAllStandardOutput(), fromSource);
        }
    }

    // --- the production path: the script runs in the sandbox ---

    void analyzesInTheSandbox()
    {
        if (!sandboxAvailable())
            QSKIP("code-remote-sandbox is not built");
        StaticAnalyzer analyzer; // default executor: the sandbox
        const AnalysisResult r = analyzeWith(
            analyzer,
            QStringLiteral("n = int(input())\na = sorted(map(int, input().split()))\nprint(a[n // 2])\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.time, QStringLiteral("O(n log n)"));
    }

    void sandboxedAnalysisOfA200LineProgramIsFast()
    {
        if (!sandboxAvailable())
            QSKIP("code-remote-sandbox is not built");
        QString code;
        for (int i = 0; i < 40; ++i) {
            code +=
                QStringLiteral("def f%1(a):\n    s = 0\n    for x in a:\n        s += x * %1\n    return s\n")
                    .arg(i);
        }
        StaticAnalyzer analyzer;
        analyzeWith(analyzer, code); // warm the page cache
        QElapsedTimer clock;
        clock.start();
        const AnalysisResult r = analyzeWith(analyzer, code);
        const qint64 ms = clock.elapsed();
        QVERIFY2(r.ok(), qPrintable(r.error));
        qInfo("200-line program through the sandbox: %lld ms", ms);
        // The target is 150 ms; a loaded CI machine gets some slack.
        QVERIFY2(ms < 600, qPrintable(QString::number(ms)));
    }

    void sandboxedAnalysisOfJavaAndJavaScript_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("timeClass");
        QTest::newRow("java") << QStringLiteral("java")
                              << QStringLiteral("import java.util.*;\npublic class Main {\n"
                                                "  public static void main(String[] args) {\n"
                                                "    Scanner sc = new Scanner(System.in);\n"
                                                "    int n = sc.nextInt();\n    long[] a = new long[n];\n"
                                                "    for (int i = 0; i < n; i++) a[i] = sc.nextLong();\n"
                                                "    Arrays.sort(a);\n    System.out.println(a[0]);\n  }\n}\n")
                              << QStringLiteral("nlogn");
        QTest::newRow("javascript") << QStringLiteral("javascript")
                                    << QStringLiteral("let n = Number(require('fs').readFileSync(0, 'utf8'));\n"
                                                      "let steps = 0;\nwhile (n > 1) { n = Math.floor(n / 2); "
                                                      "steps++; }\nconsole.log(steps);\n")
                                    << QStringLiteral("logn");
        QTest::newRow("cpp") << QStringLiteral("cpp")
                             << QStringLiteral("#include <bits/stdc++.h>\nusing namespace std;\n"
                                               "int main() {\n  int n; cin >> n;\n  vector<long long> a(n);\n"
                                               "  for (auto &x : a) cin >> x;\n  sort(a.begin(), a.end());\n"
                                               "  cout << a[0] << endl;\n}\n")
                             << QStringLiteral("nlogn");
    }

    void sandboxedAnalysisOfJavaAndJavaScript()
    {
        // The production path: the language's parser and then the analyzer, each in the sandbox.
        QFETCH(QString, language);
        QFETCH(QString, program);
        QFETCH(QString, timeClass);
        if (!sandboxAvailable())
            QSKIP("code-remote-sandbox is not built");
        const QString tool = language == QLatin1String("java") ? QStringLiteral("javac") : QStringLiteral("node");
        if (language == QLatin1String("cpp") ? !cppParserAvailable() : QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP("the language's toolchain is not installed (scripts/packages/test.txt installs it)");
        StaticAnalyzer analyzer;
        analyzer.setTimeoutMs(60'000);
        const AnalysisResult r = analyzeWith(analyzer, program, 120'000, language);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.timeClass(), timeClass);
        QVERIFY(!r.hotLoops.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaticAnalyzer)
#include "tst_staticanalyzer.moc"
