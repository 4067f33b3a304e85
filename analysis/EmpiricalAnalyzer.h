#pragma once

#include "AnalysisResult.h"
#include "ScriptExecutor.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

namespace analysis {

// Offline empirical analysis: when the program defines a function whose parameters are lists, strings or
// numbers (one of them the size that grows),
// a generated harness (:/analysis/empirical_harness.py) calls it at growing sizes IN THE SANDBOX and
// streams the timings; ComplexityFit then picks the class that fits them best by relative error.
//
//   auto *empirical = new analysis::EmpiricalAnalyzer(parent);
//   connect(empirical, &analysis::EmpiricalAnalyzer::progress, ctx, [](int percent, const QString &) {...});
//   connect(empirical, &analysis::EmpiricalAnalyzer::pointMeasured, ctx, [](analysis::MeasuredPoint p)
//   {...}); connect(empirical, &analysis::EmpiricalAnalyzer::finished, ctx, [](const analysis::AnalysisResult
//   &r) {...}); empirical->analyze(code);             // or analyze(code, "function_name")
//
// finished() follows exactly once per analyze(); the whole analysis stays under 5 s (the measuring
// budget defaults to 3 s, plus start-up and a safety margin for the sandbox's wall limit).
//
// Python and JavaScript are measured in up to two runs within the budget: the first measures every size
// several times in a shuffled order until part of the budget is spent; when the two best-fitting
// classes are then too close to tell apart (ComplexityFit::decide), a second run in a fresh process
// measures the same sizes again with what is left, and each size keeps its fastest time. An answer the
// points still leave open is the slower-growing class, with a lower confidence and an explanation that
// says so.
class EmpiricalAnalyzer : public QObject
{
    Q_OBJECT
public:
    using ExecutorFactory = std::function<ScriptExecutor *(QObject *parent)>;

    explicit EmpiricalAnalyzer(QObject *parent = nullptr);
    ~EmpiricalAnalyzer() override;

    void setExecutorFactory(ExecutorFactory factory);
    void setBudgetSeconds(double seconds) { m_budgetSeconds = seconds; }

    // `functionName` empty: the first function whose parameters' uses say what to pass. `sizeParameter`
    // empty: its first list or string parameter, else its first number, grows.
    // language "cpp": parsers/cpp_measure.py (libclang) writes a C++ timing program around the
    // function, which the sandbox compiles once and runs; "javascript": parsers/js_measure.js (acorn)
    // times it under node; "java": parsers/java_measure.java is appended to the program, javac compiles
    // both once in the sandbox and the harness times the method through reflection; any other language
    // is measured as Python. Every harness calls a free function (or a static method) and an instance
    // method on one object made with its class's constructor without arguments; what one cannot call
    // (a constructor, a template, a lambda, a nested function...) the static analysis marks
    // (FunctionComplexity::measurable) by the harness's own rule, so the IDE does not offer it.
    void analyze(const QString &code, const QString &functionName = QString(),
                 const QString &sizeParameter = QString(), const QString &language = QStringLiteral("python"));
    void cancel();
    bool isRunning() const { return !m_executor.isNull(); }

    // The result for a finished harness output (all of its lines, a size's fastest time kept when it
    // was measured more than once); exposed for tests.
    static AnalysisResult parseOutput(const QByteArray &output);

    // What a harness printed: each size's fastest time, and its closing line's names.
    struct Harvest
    {
        QMap<qint64, double> fastest;
        QString function;
        QString kind;
        QString size;
        QString error;
    };
    static Harvest harvest(const QByteArray &output);
    // `runs`: how many harness runs measured the points (the explanation says a second one did).
    static AnalysisResult resultFor(const Harvest &harvest, int runs = 1);

Q_SIGNALS:
    void progress(int percent, const QString &message);
    void pointMeasured(const analysis::MeasuredPoint &point);
    void finished(const analysis::AnalysisResult &result);

private:
    void startHarness(ScriptRun run);
    void onOutput(const QByteArray &data);
    void onHarnessFinished(const ScriptRun &run, const ScriptOutcome &outcome);
    // Starts the second run when the points leave two classes close and the budget has room for it.
    bool remeasure(const Harvest &first);

    ExecutorFactory m_factory;
    QPointer<ScriptExecutor> m_executor;
    QByteArray m_pending;
    QString m_code;
    QString m_language;
    QMap<qint64, double> m_shown; // the sizes reported by pointMeasured, each once
    Harvest m_first;              // the first run's, while a second one measures again
    int m_runs = 0;
    QElapsedTimer m_clock;       // since the first harness started: the budget's wall time
    qint64 m_firstPointMs = -1;  // when the first run's first point came: its start-up, roughly
    double m_budgetSeconds = 3.0;
};

} // namespace analysis
