#include <analysis/EmpiricalAnalyzer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace analysis;

// What EmpiricalAnalyzer makes of a harness's output, without running one: each size's fastest time of
// its visits, and an answer that says so when the timings cannot tell two classes apart.

namespace {

// A harness's output for a linear loop (10 ns per item, 2 us per call) at 13 sizes: each size printed
// once per visit, the first pass `firstPass` times slower at the sizes from `bentFrom` on (a burst of
// load, a change of V8's tier), the later visits `laterVisits` times each and undisturbed.
QByteArray linearHarnessOutput(double firstPass, int bentFrom, int laterVisits)
{
    QByteArray out;
    const auto line = [](qint64 n, double seconds) {
        return QStringLiteral("{\"n\": %1, \"seconds\": %2}\n").arg(n).arg(seconds, 0, 'g', 17).toUtf8();
    };
    for (int i = 0; i < 13; ++i) {
        const qint64 n = qint64(64) << i;
        out += line(n, (2e-6 + 1e-8 * double(n)) * (i >= bentFrom ? firstPass : 1.0));
    }
    for (int visit = 0; visit < laterVisits; ++visit) {
        for (int i = 12; i >= 0; --i) {
            const qint64 n = qint64(64) << i;
            out += line(n, (2e-6 + 1e-8 * double(n)) * (1.03 + 0.01 * visit));
        }
    }
    return out + "{\"done\": true, \"function\": \"total\", \"kind\": \"list\", \"size\": \"a\"}\n";
}

// Stands in for the sandbox: each run answers the next of the outputs given (the last one again when
// they run out) and records the header line it was started with.
struct ScriptedRuns
{
    QList<QByteArray> outputs;
    QList<QJsonObject> headers;
};

class ScriptedExecutor : public ScriptExecutor
{
public:
    ScriptedExecutor(std::shared_ptr<ScriptedRuns> runs, QObject *parent)
        : ScriptExecutor(parent)
        , m_runs(std::move(runs))
    {
    }
    void start(const ScriptRun &run) override
    {
        const QByteArray header = run.stdinData.left(run.stdinData.indexOf('\n'));
        m_runs->headers.append(QJsonDocument::fromJson(header).object());
        const int index = std::min(int(m_runs->headers.size()), int(m_runs->outputs.size())) - 1;
        const QByteArray output = m_runs->outputs.value(index);
        QTimer::singleShot(0, this, [this, output] {
            Q_EMIT outputReceived(output);
            ScriptOutcome outcome;
            outcome.ok = true;
            outcome.stdoutData = output;
            Q_EMIT finished(outcome);
        });
    }
    void cancel() override {}
    void writeInput(const QByteArray &) override {}
    void closeInput() override {}

private:
    std::shared_ptr<ScriptedRuns> m_runs;
};

struct Measured
{
    AnalysisResult result;
    int pointsShown = 0;
};

Measured measureScripted(const std::shared_ptr<ScriptedRuns> &runs, double budgetSeconds)
{
    EmpiricalAnalyzer analyzer;
    analyzer.setBudgetSeconds(budgetSeconds);
    analyzer.setExecutorFactory([runs](QObject *parent) -> ScriptExecutor * {
        return new ScriptedExecutor(runs, parent);
    });
    QSignalSpy finished(&analyzer, &EmpiricalAnalyzer::finished);
    QSignalSpy shown(&analyzer, &EmpiricalAnalyzer::pointMeasured);
    analyzer.analyze(QStringLiteral("def total(a):\n    return sum(a)\n"));
    Measured m;
    if (!finished.wait(5000))
        return m;
    m.result = finished.first().first().value<AnalysisResult>();
    m.pointsShown = int(shown.size());
    return m;
}

} // namespace

class TestEmpiricalOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<analysis::AnalysisResult>(); }

    // The first run leaves n log n and linear close; with most of the budget left, a second run is
    // given the same sizes with their times, and its undisturbed visits decide for linear.
    void measuresAgainWhenTwoClassesFitClosely()
    {
        auto runs = std::make_shared<ScriptedRuns>();
        runs->outputs = {linearHarnessOutput(1.45, 9, 0), linearHarnessOutput(1.0, 13, 3)};
        const Measured m = measureScripted(runs, 2.0);
        QVERIFY2(m.result.ok(), qPrintable(m.result.error));
        QCOMPARE(runs->headers.size(), 2);
        QCOMPARE(runs->headers[0].value(QStringLiteral("refine_until")).toDouble(), 1.2);
        const QJsonObject second = runs->headers[1];
        QCOMPARE(second.value(QStringLiteral("function")).toString(), QStringLiteral("total"));
        QCOMPARE(second.value(QStringLiteral("size")).toString(), QStringLiteral("a"));
        const QJsonArray sizes = second.value(QStringLiteral("sizes")).toArray();
        QCOMPARE(sizes.size(), 13);
        QCOMPARE(sizes.first().toArray().first().toInteger(), 64);
        QVERIFY(sizes.first().toArray().last().toDouble() > 0);
        // What is left of the budget, never more.
        const double budget = second.value(QStringLiteral("budget")).toDouble();
        QVERIFY2(budget > 0 && budget <= 2.0, qPrintable(QString::number(budget)));
        QCOMPARE(m.result.fitted, QStringLiteral("O(n)"));
        QVERIFY2(!m.result.explanation.contains(QLatin1String("cannot tell")), qPrintable(m.result.explanation));
        QCOMPARE(m.pointsShown, 13); // a size measured again is not shown twice
        QCOMPARE(m.result.measurements.size(), 13);
    }

    // Still close after the second run: the slower-growing class, doubted, and the explanation says
    // the sizes were measured again.
    void saysWhenMeasuringAgainDidNotDecide()
    {
        auto runs = std::make_shared<ScriptedRuns>();
        runs->outputs = {linearHarnessOutput(1.45, 9, 0)};
        const Measured m = measureScripted(runs, 2.0);
        QCOMPARE(runs->headers.size(), 2);
        QCOMPARE(m.result.fitted, QStringLiteral("O(n)"));
        QVERIFY2(m.result.explanation.contains(QLatin1String("even with every size measured again")),
                 qPrintable(m.result.explanation));
        QVERIFY(m.result.confidence <= 0.45);
    }

    // A budget with no room for a second run's start-up and visits: one run, and the doubt said.
    void keepsToTheBudget()
    {
        auto runs = std::make_shared<ScriptedRuns>();
        runs->outputs = {linearHarnessOutput(1.45, 9, 0), linearHarnessOutput(1.0, 13, 3)};
        const Measured m = measureScripted(runs, 0.25);
        QCOMPARE(runs->headers.size(), 1);
        QCOMPARE(m.result.fitted, QStringLiteral("O(n)"));
        QVERIFY2(m.result.explanation.contains(QLatin1String("cannot tell")), qPrintable(m.result.explanation));
        QVERIFY2(!m.result.explanation.contains(QLatin1String("measured again")), qPrintable(m.result.explanation));
    }

    // A clear first series is answered at once.
    void answersAClearSeriesAtOnce()
    {
        auto runs = std::make_shared<ScriptedRuns>();
        runs->outputs = {linearHarnessOutput(1.0, 13, 2)};
        const Measured m = measureScripted(runs, 2.0);
        QCOMPARE(runs->headers.size(), 1);
        QCOMPARE(m.result.fitted, QStringLiteral("O(n)"));
        QVERIFY(m.result.confidence > 0.8);
    }

    // Each size is printed once per visit; the fit uses its fastest, so a first pass bent at the large
    // sizes is straightened by the later visits.
    void keepsEachSizesFastestTime()
    {
        const AnalysisResult r = EmpiricalAnalyzer::parseOutput(linearHarnessOutput(1.45, 9, 2));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.measurements.size(), 13);
        QCOMPARE(r.measurements.first().n, 64);
        QCOMPARE(r.measurements.last().n, qint64(64) << 12);
        QVERIFY(qAbs(r.measurements.last().seconds - 1.03 * (2e-6 + 1e-8 * double(qint64(64) << 12))) < 1e-9);
        QCOMPARE(r.fitted, QStringLiteral("O(n)"));
        QVERIFY2(!r.explanation.contains(QLatin1String("cannot tell")), qPrintable(r.explanation));
        QVERIFY(r.confidence > 0.8);
    }

    // With no later visit the bent series leaves n log n and linear too close to tell apart (the fit
    // alone would say n log n): the answer is the slower-growing class, doubted in words and in figures.
    void saysWhenTheTimingsCannotTellTwoClassesApart()
    {
        const AnalysisResult r = EmpiricalAnalyzer::parseOutput(linearHarnessOutput(1.45, 9, 0));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.fitted, QStringLiteral("O(n)"));
        QVERIFY2(r.explanation.contains(QLatin1String("O(n log n) fits nearly as well")),
                 qPrintable(r.explanation));
        QVERIFY2(r.explanation.contains(QLatin1String("cannot tell")), qPrintable(r.explanation));
        QVERIFY2(r.confidence <= 0.45, qPrintable(QString::number(r.confidence)));
        // A second run's points say so too, and that they were measured again.
        EmpiricalAnalyzer::Harvest h = EmpiricalAnalyzer::harvest(linearHarnessOutput(1.45, 9, 0));
        const AnalysisResult again = EmpiricalAnalyzer::resultFor(h, 2);
        QVERIFY2(again.explanation.contains(QLatin1String("measured again")), qPrintable(again.explanation));
    }
};

QTEST_GUILESS_MAIN(TestEmpiricalOutput)
#include "tst_empiricaloutput.moc"
