#include "AnalyzerJob.h"

#include <analysis/Analyzer.h>

namespace cli {

AnalyzerJob::AnalyzerJob(QObject *parent)
    : AnalysisJob(parent)
    , m_analyzer(std::make_unique<analysis::Analyzer>())
{
    analysis::GeminiSettings gemini;
    gemini.apiKey = qEnvironmentVariable("CODE_REMOTE_GEMINI_KEY", qEnvironmentVariable("GEMINI_API_KEY"));
    if (const QString model = qEnvironmentVariable("CODE_REMOTE_GEMINI_MODEL"); !model.isEmpty())
        gemini.model = model;
    m_analyzer->setGeminiSettings(gemini);
    connect(m_analyzer.get(), &analysis::Analyzer::finished, this, [this](const analysis::AnalysisResult &result) {
        Q_EMIT finished(result.toJson(), describeAnalysis(result), result.ok());
    });
}

AnalyzerJob::~AnalyzerJob() = default;

void AnalyzerJob::start(const QString &source, const QString &language)
{
    m_analyzer->analyze(source, language);
}

void AnalyzerJob::cancel()
{
    m_analyzer->cancel();
}

QString describeAnalysis(const analysis::AnalysisResult &result)
{
    if (!result.ok())
        return QStringLiteral("code-remote-run: analysis failed: %1").arg(result.error);
    const QString provider = result.provider == QLatin1String("gemini")      ? QStringLiteral("Gemini")
                             : result.provider == QLatin1String("empirical") ? QStringLiteral("measured")
                                                                             : QStringLiteral("static analysis");
    QString text = QStringLiteral("complexity: time %1, space %2 (%3, confidence %4)")
                       .arg(result.time, result.space, provider)
                       .arg(result.confidence, 0, 'f', 2);
    if (!result.explanation.isEmpty())
        text += QStringLiteral("\n  ") + result.explanation;
    if (!result.fallbackReason.isEmpty())
        text += QStringLiteral("\n  (Gemini was not used: %1)").arg(result.fallbackReason);
    return text;
}

} // namespace cli
