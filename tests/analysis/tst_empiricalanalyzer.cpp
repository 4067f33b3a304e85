#include "EmpiricalAnalyzer.h"
#include "LocalRunSession.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
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
};

QTEST_GUILESS_MAIN(TestEmpiricalAnalyzer)
#include "tst_empiricalanalyzer.moc"
