#pragma once

#include "AnalysisResult.h"
#include "ScriptExecutor.h"

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

    // The result for a finished harness output (all of its lines); exposed for tests.
    static AnalysisResult parseOutput(const QByteArray &output);

Q_SIGNALS:
    void progress(int percent, const QString &message);
    void pointMeasured(const analysis::MeasuredPoint &point);
    void finished(const analysis::AnalysisResult &result);

private:
    void startHarness(ScriptRun run);
    void onOutput(const QByteArray &data);

    ExecutorFactory m_factory;
    QPointer<ScriptExecutor> m_executor;
    QByteArray m_pending;
    int m_points = 0;
    double m_budgetSeconds = 3.0;
};

} // namespace analysis
