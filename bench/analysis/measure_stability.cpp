// How often Measure fits a function's true class: the plain linear JavaScript loop of
// tst_empiricalanalyzer's JavaScript rows and its Python string row (and, as controls that re-measuring
// must not blur, a quadratic JavaScript loop and Python's sorted()), each measured SERIES times through
// the sandbox as the IDE measures them, with the tests' 2 s budget. Prints, per function, the share of
// series that fit the true class, what the others fit, the confidence and the wall time of a series.
//
// usage: analysis-measure-stability [SERIES] [CASE...]   (default 30 series; cases: js-linear,
//        py-string, js-quadratic, py-sorted; default the first two)
//
// A benchmark, not a test: the rates depend on the machine and its load (print `uptime` beside them).

#include <analysis/EmpiricalAnalyzer.h>
#include <runner/LocalRunSession.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMap>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace analysis;

namespace {

struct Case
{
    const char *id;
    const char *language;
    const char *function;
    QStringList accepted; // the true class first; a control may accept a neighbour
    const char *code;
};

// The JavaScript program of tst_empiricalanalyzer's measuresJavaScriptInTheSandbox rows.
const char kJavaScript[] = "'use strict';\n"
                           "function total(a) {\n    let s = 0;\n    for (const x of a) s += x * x;\n"
                           "    return s;\n}\n"
                           "const pairs = (a) => {\n    let c = 0;\n"
                           "    for (let i = 0; i < a.length; i++)\n"
                           "        for (let j = i + 1; j < a.length; j++) c += a[i] < a[j] ? 1 : 0;\n"
                           "    return c;\n};\n"
                           "const lines = require('fs').readFileSync(0, 'utf8').split('\\n');\n"
                           "console.log(total(lines.map(Number)), pairs([3, 1, 2]));\n";

const char kPythonString[] = "def count_vowels(s):\n    total = 0\n    for ch in s.lower():\n"
                             "        if ch in 'aeiou':\n            total += 1\n    return total\n";

const char kPythonSorted[] = "def f(a):\n    return sorted(a)\n";

std::vector<Case> cases()
{
    return {
        {"js-linear", "javascript", "total", {QStringLiteral("O(n)")}, kJavaScript},
        {"py-string", "python", "count_vowels", {QStringLiteral("O(n)")}, kPythonString},
        {"js-quadratic", "javascript", "pairs", {QStringLiteral("O(n^2)")}, kJavaScript},
        {"py-sorted", "python", "f", {QStringLiteral("O(n log n)"), QStringLiteral("O(n)")}, kPythonSorted},
    };
}

struct Outcome
{
    AnalysisResult result;
    double wallSeconds = 0;
};

Outcome measureOnce(const Case &c)
{
    EmpiricalAnalyzer analyzer;
    analyzer.setBudgetSeconds(2.0);
    Outcome out;
    QEventLoop loop;
    QObject::connect(&analyzer, &EmpiricalAnalyzer::finished, &loop, [&](const AnalysisResult &r) {
        out.result = r;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    analyzer.analyze(QString::fromUtf8(c.code), QString::fromLatin1(c.function), QString(),
                     QString::fromLatin1(c.language));
    loop.exec();
    out.wallSeconds = clock.elapsed() / 1000.0;
    return out;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int series = 30;
    if (!args.isEmpty() && args.first().toInt() > 0)
        series = args.takeFirst().toInt();
    if (args.isEmpty())
        args = {QStringLiteral("js-linear"), QStringLiteral("py-string")};
    if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable())) {
        std::fprintf(stderr, "code-remote-sandbox is not built\n");
        return 2;
    }
    int status = 0;
    for (const Case &c : cases()) {
        if (!args.contains(QString::fromLatin1(c.id)))
            continue;
        int fitted = 0;
        int failed = 0;
        int uncertain = 0; // answers whose explanation says two classes could not be told apart
        QMap<QString, int> others;
        std::vector<double> wall, confidence, rightConfidence, wrongConfidence;
        for (int i = 0; i < series; ++i) {
            const Outcome o = measureOnce(c);
            wall.push_back(o.wallSeconds);
            if (!o.result.ok()) {
                ++failed;
                std::fprintf(stderr, "  %s series %d failed: %s\n", c.id, i + 1, qPrintable(o.result.error));
                continue;
            }
            confidence.push_back(o.result.confidence);
            if (o.result.explanation.contains(QLatin1String("cannot tell"))) {
                ++uncertain;
                std::fprintf(stderr, "  %s series %d, uncertain: %s\n", c.id, i + 1,
                             qPrintable(o.result.explanation));
            }
            if (c.accepted.contains(o.result.fitted)) {
                ++fitted;
                rightConfidence.push_back(o.result.confidence);
            } else {
                ++others[o.result.fitted];
                wrongConfidence.push_back(o.result.confidence);
                std::fprintf(stderr, "  %s series %d: %s\n", c.id, i + 1, qPrintable(o.result.explanation));
            }
        }
        QStringList otherText;
        for (auto it = others.cbegin(); it != others.cend(); ++it)
            otherText << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
        std::printf("%-13s %s: %d/%d series fit %s (%.0f %%); misfits %d%s%s; failures %d; "
                    "said uncertain %d; confidence median %.2f (right %.2f, wrong %.2f); wall median %.2f s, max %.2f s\n",
                    c.id, c.function, fitted, series, qPrintable(c.accepted.join(QStringLiteral(" or "))),
                    100.0 * fitted / series, series - fitted - failed, otherText.isEmpty() ? "" : ": ",
                    qPrintable(otherText.join(QStringLiteral(", "))), failed, uncertain, median(confidence),
                    median(rightConfidence), median(wrongConfidence), median(wall),
                    wall.empty() ? 0.0 : *std::max_element(wall.begin(), wall.end()));
        std::fflush(stdout);
        if (failed)
            status = 1;
    }
    return status;
}
