#pragma once

// The analysis module's front door for the IDE, `code-remote-run --analyze` and the server's /analyze.
//
//   analysis::Analyzer analyzer;                         // static analysis in the sandbox
//   analyzer.setGeminiSettings(settings);                // optional: a key switches Gemini on
//   QObject::connect(&analyzer, &analysis::Analyzer::finished, ctx,
//                    [](const analysis::AnalysisResult &r) { json["analysis"] = r.toJson(); });
//   analyzer.analyze(code);                              // Gemini if a key is set, else static
//   analyzer.analyzeEmpirically(code);                   // on request: measure in the sandbox
//
// Signals: started(provider), progress(percent, message), finished(result). finished() follows every
// analyze()/analyzeEmpirically() exactly once; a new request cancels the one in progress. When Gemini
// fails for any reason the static analyzer answers instead and result.fallbackReason says why (the
// key never appears in it). Risky patterns always come from the static scan, whichever provider
// answered, because they must not depend on a network service.
//
// Other classes, for finer control: StaticAnalyzer, EmpiricalAnalyzer, GeminiClient (GeminiSettings,
// GeminiErrorKind), ComplexityFit, ScriptExecutor (SandboxScriptExecutor / ProcessScriptExecutor),
// AnalysisResult (= Complexity) with toJson()/fromJson().

#include "AnalysisResult.h"
#include "EmpiricalAnalyzer.h"
#include "GeminiClient.h"
#include "StaticAnalyzer.h"

#include <QObject>
#include <QString>

#include <optional>

namespace analysis {

class Analyzer : public QObject
{
    Q_OBJECT
public:
    explicit Analyzer(QObject *parent = nullptr);
    ~Analyzer() override;

    void setGeminiSettings(const GeminiSettings &settings);
    const GeminiSettings &geminiSettings() const { return m_gemini->settings(); }
    bool geminiEnabled() const { return !m_gemini->settings().apiKey.isEmpty(); }
    // "gemini" when a key is set, else "static": what /analyze/status reports.
    QString provider() const;

    // Tests and benchmarks inject a script executor; production uses the sandbox.
    void setExecutorFactory(const StaticAnalyzer::ExecutorFactory &factory);

    void analyze(const QString &code, const QString &language = QStringLiteral("python"));
    // language: "python" or "cpp" (see EmpiricalAnalyzer::analyze).
    void analyzeEmpirically(const QString &code, const QString &functionName = QString(),
                            const QString &sizeParameter = QString(),
                            const QString &language = QStringLiteral("python"));
    void cancel();
    bool isRunning() const { return m_running; }

    StaticAnalyzer *staticAnalyzer() const { return m_static; }
    EmpiricalAnalyzer *empiricalAnalyzer() const { return m_empirical; }
    GeminiClient *geminiClient() const { return m_gemini; }

Q_SIGNALS:
    void started(const QString &provider);
    void progress(int percent, const QString &message);
    void finished(const analysis::AnalysisResult &result);

private:
    enum class Stage { Idle, Static, Gemini, Empirical };

    void onStaticFinished(const AnalysisResult &result);
    void onGeminiFinished(const AnalysisResult &result, GeminiErrorKind error);
    void deliver(AnalysisResult result);

    StaticAnalyzer *m_static;
    EmpiricalAnalyzer *m_empirical;
    GeminiClient *m_gemini;
    Stage m_stage = Stage::Idle;
    bool m_running = false;
    QString m_code;
    QString m_language;
    // The static result arrives first and carries the risk scan; Gemini's answer is merged into it.
    std::optional<AnalysisResult> m_staticResult;
    std::optional<AnalysisResult> m_geminiResult;
    QString m_fallbackReason;
};

} // namespace analysis
