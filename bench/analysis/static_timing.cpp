// Times the static analyzer on a generated 200-line program: the bundled script run directly
// (ProcessScriptExecutor) and through the sandbox (the production path), each as a ratio against
// `python3 -I -S -c pass` measured in the same run, so the figures travel between machines; then, for
// each language with a parser (Java, JavaScript), a 200-line program of it through the sandbox against
// that language's bare start-up in the same sandbox (an empty program), with the parser's and the
// analyzer's runs timed alone (Java twice: without and with its parser's class-data archive); then
// the empirical analyzer on three Python functions and one Java method, each against its 5 s target.
//
// usage: analysis-static-timing [RUNS] [LANGUAGE...]   (default 15 runs; prints medians in milliseconds)
//   With languages (python, java, javascript), only their lines through the sandbox: a quicker
//   same-run comparison (the empirical and C++ measurements take most of a whole run).

#include <analysis/EmpiricalAnalyzer.h>
#include <analysis/JvmClassArchive.h>
#include <analysis/Resources.h>
#include <runner/LocalRunSession.h>
#include <analysis/StaticAnalyzer.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>
#include <cstdio>

using namespace analysis;

namespace {

QString program200Lines()
{
    // A plausible competitive-programming file: helpers, loops, a sort, a DP table, recursion.
    QString code =
        QStringLiteral("import sys\nfrom collections import deque\ninput = sys.stdin.readline\n\n");
    int block = 0;
    while (code.count(QLatin1Char('\n')) < 190) {
        code += QStringLiteral("def helper%1(a, n):\n"
                               "    total = 0\n"
                               "    for i in range(n):\n"
                               "        for j in range(i + 1, n):\n"
                               "            if a[i] + a[j] == %1:\n"
                               "                total += 1\n"
                               "    b = sorted(a)\n"
                               "    seen = set(b)\n"
                               "    return total + len(seen)\n\n"
                               "def rec%1(n):\n"
                               "    if n <= 1:\n"
                               "        return 1\n"
                               "    return rec%1(n // 2) + 1\n\n")
                    .arg(block);
        ++block;
    }
    code += QStringLiteral("n = int(input())\na = list(map(int, input().split()))\n"
                           "dp = [[0] * (n + 1) for _ in range(n + 1)]\n"
                           "print(helper0(a, n), rec0(n))\n");
    return code;
}

// The same shape in Java: helpers with a nested loop, a sort and a set, a halving recursion.
QString javaProgram200Lines()
{
    QString code = QStringLiteral("import java.util.*;\n\npublic class Main {\n");
    int block = 0;
    while (code.count(QLatin1Char('\n')) < 180) {
        code += QStringLiteral("    static int helper%1(int[] a, int n) {\n"
                               "        int total = 0;\n"
                               "        for (int i = 0; i < n; i++)\n"
                               "            for (int j = i + 1; j < n; j++)\n"
                               "                if (a[i] + a[j] == %1) total++;\n"
                               "        int[] b = a.clone();\n"
                               "        Arrays.sort(b);\n"
                               "        Set<Integer> seen = new HashSet<>();\n"
                               "        for (int x : b) seen.add(x);\n"
                               "        return total + seen.size();\n"
                               "    }\n\n"
                               "    static int rec%1(int n) {\n"
                               "        if (n <= 1) return 1;\n"
                               "        return rec%1(n / 2) + 1;\n"
                               "    }\n\n")
                    .arg(block);
        ++block;
    }
    code += QStringLiteral("    public static void main(String[] args) {\n"
                           "        Scanner in = new Scanner(System.in);\n"
                           "        int n = in.nextInt();\n"
                           "        int[] a = new int[n];\n"
                           "        for (int i = 0; i < n; i++) a[i] = in.nextInt();\n"
                           "        int[][] dp = new int[n + 1][n + 1];\n"
                           "        System.out.println(helper0(a, n) + \" \" + rec0(n) + dp.length);\n"
                           "    }\n}\n");
    return code;
}

QString javascriptProgram200Lines()
{
    QString code = QStringLiteral("'use strict';\nconst data = require('fs').readFileSync(0, 'utf8').split(/\\s+/);\n"
                                  "let pos = 0;\nfunction nextInt() { return parseInt(data[pos++], 10); }\n\n");
    int block = 0;
    while (code.count(QLatin1Char('\n')) < 190) {
        code += QStringLiteral("function helper%1(a, n) {\n"
                               "    let total = 0;\n"
                               "    for (let i = 0; i < n; i++)\n"
                               "        for (let j = i + 1; j < n; j++)\n"
                               "            if (a[i] + a[j] === %1) total++;\n"
                               "    const b = a.slice().sort((x, y) => x - y);\n"
                               "    const seen = new Set(b);\n"
                               "    return total + seen.size;\n"
                               "}\n\n"
                               "function rec%1(n) {\n"
                               "    if (n <= 1) return 1;\n"
                               "    return rec%1(Math.floor(n / 2)) + 1;\n"
                               "}\n\n")
                    .arg(block);
        ++block;
    }
    code += QStringLiteral("const n = nextInt();\nconst a = [];\nfor (let i = 0; i < n; i++) a.push(nextInt());\n"
                           "console.log(helper0(a, n), rec0(n));\n");
    return code;
}

// The same kind of file in C++, with the header every competitive program includes.
QString cppProgram200Lines()
{
    QString code = QStringLiteral("#include <bits/stdc++.h>\nusing namespace std;\ntypedef long long ll;\n\n");
    int block = 0;
    while (code.count(QLatin1Char('\n')) < 185) {
        code += QStringLiteral("ll helper%1(const vector<ll> &a, int n) {\n"
                               "    ll total = 0;\n"
                               "    for (int i = 0; i < n; i++) {\n"
                               "        for (int j = i + 1; j < n; j++) {\n"
                               "            if (a[i] + a[j] == %1) total++;\n"
                               "        }\n"
                               "    }\n"
                               "    vector<ll> b(a);\n"
                               "    sort(b.begin(), b.end());\n"
                               "    set<ll> seen(b.begin(), b.end());\n"
                               "    return total + (ll)seen.size();\n"
                               "}\n\n"
                               "int rec%1(int n) {\n"
                               "    if (n <= 1) return 1;\n"
                               "    return rec%1(n / 2) + 1;\n"
                               "}\n\n")
                    .arg(block);
        ++block;
    }
    code += QStringLiteral("int main() {\n    int n;\n    cin >> n;\n    vector<ll> a(n);\n"
                           "    for (auto &x : a) cin >> x;\n"
                           "    vector<vector<int>> dp(n + 1, vector<int>(n + 1));\n"
                           "    cout << helper0(a, n) << ' ' << rec0(n) << endl;\n}\n");
    return code;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double timeAnalysis(StaticAnalyzer &analyzer, const QString &code, const QString &language, QString *error)
{
    QEventLoop loop;
    AnalysisResult result;
    QObject::connect(&analyzer, &StaticAnalyzer::finished, &loop, [&](const AnalysisResult &r) {
        result = r;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    analyzer.analyze(code, language);
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    QObject::disconnect(&analyzer, &StaticAnalyzer::finished, &loop, nullptr);
    if (!result.ok() && error)
        *error = result.error;
    return ms;
}

// Empirical analysis as the IDE runs it (default budget): from the request to the fitted result.
double timeEmpirical(const QString &code, AnalysisResult *out, const QString &language = QStringLiteral("python"))
{
    EmpiricalAnalyzer analyzer;
    QEventLoop loop;
    QObject::connect(&analyzer, &EmpiricalAnalyzer::finished, &loop, [&](const AnalysisResult &r) {
        *out = r;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    analyzer.analyze(code, QString(), QString(), language);
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

// One run of a script through the sandbox (as the analyzers run theirs); its stdout in `output`.
double timeScript(const ScriptRun &run, QByteArray *output, QString *error, QList<double> *cpuMs = nullptr)
{
    SandboxScriptExecutor executor;
    QEventLoop loop;
    ScriptOutcome outcome;
    QObject::connect(&executor, &ScriptExecutor::finished, &loop, [&](const ScriptOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    executor.start(run);
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (output)
        *output = outcome.stdoutData;
    if (cpuMs)
        cpuMs->append(outcome.cpuMs);
    if (!outcome.ok && error)
        *error = outcome.message;
    return ms;
}

// A 200-line program of a parsed language through the sandbox, against that language's bare start-up
// in the same sandbox; the parser's run and the analyzer's run alone show where the time goes (the
// product starts both together, so the whole is less than their sum). With `archive`, the parser runs
// twice in each round, without and then with its class-data archive (JvmClassArchive), and the whole
// analysis likewise: two lines against the same bare start-up, measured in the same rounds.
bool timeParsedLanguage(const QString &language, const QString &code, const QByteArray &bareProgram, int runs,
                        const std::optional<JvmClassArchive> &archive = std::nullopt)
{
    QString error;
    ScriptRun bare;
    bare.language = language;
    bare.script = bareProgram;
    struct Variant
    {
        QString label;
        ScriptRun parser;
        std::unique_ptr<StaticAnalyzer> whole;
        QList<double> parserMs, wholeMs, parserCpuMs;
    };
    std::vector<Variant> variants;
    for (const bool mapped : archive ? QList<bool>{false, true} : QList<bool>{false}) {
        Variant variant;
        variant.label = archive ? language + (mapped ? QStringLiteral("+cds") : QStringLiteral("-cds")) : language;
        variant.parser = StaticAnalyzer::parserRun(language, code.toUtf8());
        if (mapped)
            StaticAnalyzer::mapClassArchive(variant.parser, *archive);
        variant.whole = std::make_unique<StaticAnalyzer>();
        variant.whole->setClassArchivesEnabled(mapped);
        variants.push_back(std::move(variant));
    }
    // Python has no parser run: the analyzer parses it with Python's own `ast`.
    const bool hasParser = !variants.front().parser.script.isEmpty();
    QByteArray model = code.toUtf8();
    timeScript(bare, nullptr, &error); // warm the page cache (and Java's compile cache)
    if (hasParser)
        timeScript(variants.front().parser, &model, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(language), qPrintable(error));
        return false;
    }
    ScriptRun analyzer;
    analyzer.script = StaticAnalyzer::script();
    analyzer.compiledScript = StaticAnalyzer::compiledScript();
    analyzer.compiledFor = QString::fromUtf8(bundledResource(QStringLiteral("static_analyzer.interpreter")).trimmed());
    analyzer.stdinData = model;
    for (Variant &variant : variants)
        timeAnalysis(*variant.whole, code, language, &error);

    // CPU time too (the sandbox's count, all threads): on a loaded machine it moves less than the wall.
    QList<double> bareMs, analyzerMs, bareCpuMs;
    for (int i = 0; i < runs && error.isEmpty(); ++i) {
        // Interleaved, so that a change of the machine's load touches every figure alike.
        bareMs.append(timeScript(bare, nullptr, &error, &bareCpuMs));
        analyzerMs.append(timeScript(analyzer, nullptr, &error));
        for (Variant &variant : variants) {
            variant.parserMs.append(hasParser ? timeScript(variant.parser, nullptr, &error, &variant.parserCpuMs) : 0.0);
            variant.wholeMs.append(timeAnalysis(*variant.whole, code, language, &error));
        }
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s analysis failed: %s\n", qPrintable(language), qPrintable(error));
        return false;
    }
    const double base = median(bareMs);
    for (const Variant &variant : variants) {
        std::printf("%-10s %3lld lines: analysis %7.1f ms | bare start-up %7.1f ms | ratio %.2f | "
                    "parser run %.1f ms, analyzer run %.1f ms (sum %.1f)   (target < 150 ms)\n"
                    "%-10s            CPU: parser run %.1f ms | bare start-up %.1f ms | wall after the parse %.1f ms\n",
                    qPrintable(variant.label), static_cast<long long>(code.count(QLatin1Char('\n'))),
                    median(variant.wholeMs), base, median(variant.wholeMs) / base, median(variant.parserMs),
                    median(analyzerMs), median(variant.parserMs) + median(analyzerMs), "",
                    median(variant.parserCpuMs), median(bareCpuMs),
                    // What follows the parse on the critical path (the analysis minus the parser's run
                    // alone): it moves less with the machine's load than either figure.
                    hasParser ? median(variant.wholeMs) - median(variant.parserMs) : median(variant.wholeMs));
    }
    return true;
}

// The Java parser's class-data archive, built now when it is not yet (as the first analysis would start
// it in the background); nothing when it cannot be.
std::optional<JvmClassArchive> readyJavaArchive()
{
    std::optional<JvmClassArchive> archive = JvmClassArchive::forClassList(StaticAnalyzer::parserClassList(QStringLiteral("java")));
    if (!archive || archive->entry().isReady())
        return archive;
    JvmClassArchiveBuilder &builder = JvmClassArchiveBuilder::shared();
    QEventLoop loop;
    QObject::connect(&builder, &JvmClassArchiveBuilder::buildFinished, &loop, [&loop] { loop.quit(); });
    const JvmClassArchiveBuilder::State state = builder.ensure(*archive);
    if (state == JvmClassArchiveBuilder::State::Started || state == JvmClassArchiveBuilder::State::Building)
        loop.exec();
    else if (state == JvmClassArchiveBuilder::State::BuildingElsewhere)
        QThread::sleep(10);
    return archive->entry().isReady() ? archive : std::nullopt;
}

double timePythonStartup(const QString &statement = QStringLiteral("pass"))
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-I"), QStringLiteral("-S"), QStringLiteral("-c"), statement});
    p.waitForFinished();
    return double(clock.nsecsElapsed()) / 1e6;
}

// C++: the parser (libclang driven from Python) and then the analyzer, each in the sandbox, against the
// parser's bare start-up (the interpreter loading libclang and making an index, parsing nothing).
void timeCpp(int runs)
{
    const QString code = cppProgram200Lines();
    const QString bareParser = QStringLiteral(
        "import sys; sys.path.append('/usr/lib/python3/dist-packages'); import clang.cindex as c; "
        "c.Config.set_library_file('/usr/lib/llvm-14/lib/libclang-14.so.1'); c.Index.create()");
    QList<double> bare, sandboxed;
    StaticAnalyzer sandbox;
    QString error;
    timeAnalysis(sandbox, code, QStringLiteral("cpp"), &error);
    if (!error.isEmpty()) {
        std::printf("C++ static analysis: not measured (%s)\n", qPrintable(error));
        return;
    }
    for (int i = 0; i < runs; ++i) {
        bare.append(timePythonStartup(bareParser));
        sandboxed.append(timeAnalysis(sandbox, code, QStringLiteral("cpp"), &error));
    }
    const double base = median(bare);
    std::printf("C++ program: %lld lines (includes <bits/stdc++.h>)\n", code.count(QLatin1Char('\n')));
    std::printf("python3 loading libclang (bare C++ parser start-up): %7.1f ms (median of %d)\n", base, runs);
    std::printf("C++ static analysis, in the sandbox: %7.1f ms   ratio %.2f   (target < 150 ms)\n",
                median(sandboxed), median(sandboxed) / base);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    QStringList only;
    for (int i = 2; i < argc; ++i)
        only.append(QString::fromLocal8Bit(argv[i]));
    const auto measured = [&only](const QString &language) { return only.isEmpty() || only.contains(language); };
    const QString code = program200Lines();
    std::printf("program: %lld lines\n", code.count(QLatin1Char('\n')));

    QList<double> startup, direct, sandboxed;
    for (int i = 0; i < runs; ++i)
        startup.append(timePythonStartup());

    StaticAnalyzer local;
    local.setExecutorFactory(
        [](QObject *parent) -> ScriptExecutor * { return new ProcessScriptExecutor(parent); });
    QString error;
    timeAnalysis(local, code, QStringLiteral("python"), &error); // warm the page cache
    for (int i = 0; i < runs; ++i)
        direct.append(timeAnalysis(local, code, QStringLiteral("python"), &error));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "analysis failed: %s\n", qPrintable(error));
        return 1;
    }

    const double base = median(startup);
    std::printf("python3 -I -S -c pass:           %7.1f ms (median of %d)\n", base, runs);
    std::printf("static analyzer, script alone:   %7.1f ms   ratio %.2f\n", median(direct),
                median(direct) / base);

    if (QFileInfo::exists(runner::LocalRunSession::sandboxExecutable())) {
        StaticAnalyzer sandbox;
        timeAnalysis(sandbox, code, QStringLiteral("python"), &error);
        for (int i = 0; i < runs; ++i)
            sandboxed.append(timeAnalysis(sandbox, code, QStringLiteral("python"), &error));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "sandboxed analysis failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("static analyzer, in the sandbox: %7.1f ms   ratio %.2f   (target < 150 ms)\n",
                    median(sandboxed), median(sandboxed) / base);
        // Python's parser is its own `ast`, inside the analyzer: its bare start-up is the interpreter's.
        if (measured(QStringLiteral("python")) && !timeParsedLanguage(QStringLiteral("python"), code, "pass\n", runs))
            return 1;
        const QList<std::tuple<QString, QString, QByteArray>> parsed = {
            {QStringLiteral("java"), javaProgram200Lines(),
             "public class Main {\n    public static void main(String[] args) {\n    }\n}\n"},
            {QStringLiteral("javascript"), javascriptProgram200Lines(), "'use strict';\n"},
        };
        for (const auto &[language, program, bareProgram] : parsed) {
            if (!measured(language))
                continue;
            // Java with and without its parser's class-data archive, in the same rounds.
            std::optional<JvmClassArchive> archive;
            if (language == QLatin1String("java")) {
                archive = readyJavaArchive();
                if (!archive)
                    std::printf("java: no class-data archive could be built here; measured without\n");
            }
            if (!timeParsedLanguage(language, program, bareProgram, runs, archive))
                return 1;
        }
        if (!only.isEmpty())
            return 0;
        // Empirical: three shapes of function, each measured once (each takes seconds, by design).
        const QList<QPair<const char *, QString>> functions = {
            {"linear", QStringLiteral("def total(a):\n    s = 0\n    for x in a:\n        s += x\n    return s\n")},
            {"n log n", QStringLiteral("def f(a):\n    return sorted(a)\n")},
            {"quadratic", QStringLiteral("def pairs(a):\n    c = 0\n    for x in a:\n        for y in a:\n"
                                         "            c += x < y\n    return c\n")},
        };
        for (const auto &[name, function] : functions) {
            AnalysisResult result;
            const double ms = timeEmpirical(function, &result);
            std::printf("empirical analysis, %-9s: %7.0f ms = %.2fx the 5 s target, fitted %s from %lld points\n", name,
                        ms, ms / 5000.0, qPrintable(result.ok() ? result.time : result.error), static_cast<long long>(result.measurements.size()));
        }
        // Java: javac compiles the program with the harness, then the JVM times it. A quadratic method
        // spends the whole measuring budget, so this is the longest a Java measurement takes; the
        // comment makes the source new, so the compile cache cannot skip javac.
        if (!QStandardPaths::findExecutable(QStringLiteral("javac")).isEmpty()) {
            const QString java = QStringLiteral("public class Main {\n    static long pairs(int[] a) {\n"
                                                "        long c = 0;\n        for (int x : a)\n"
                                                "            for (int y : a) c += x < y ? 1 : 0;\n"
                                                "        return c;\n    }\n}\n// %1\n")
                                     .arg(QDateTime::currentMSecsSinceEpoch());
            AnalysisResult result;
            const double ms = timeEmpirical(java, &result, QStringLiteral("java"));
            std::printf("empirical analysis, java quadratic (javac included): %7.0f ms = %.2fx the 5 s target, fitted %s "
                        "from %lld points\n",
                        ms, ms / 5000.0, qPrintable(result.ok() ? result.time : result.error),
                        static_cast<long long>(result.measurements.size()));
        }
        timeCpp(runs);
    } else {
        std::printf("static analyzer, in the sandbox: not measured (%s missing)\n",
                    qPrintable(runner::LocalRunSession::sandboxExecutable()));
    }
    return 0;
}
