#include "Analyzer.h"

namespace analysis {

Analyzer::Analyzer(QObject *parent)
    : QObject(parent)
    , m_static(new StaticAnalyzer(this))
    , m_empirical(new EmpiricalAnalyzer(this))
    , m_gemini(new GeminiClient(GeminiSettings(), this))
{
    connect(m_static, &StaticAnalyzer::finished, this, &Analyzer::onStaticFinished);
    connect(m_gemini, &GeminiClient::finished, this, &Analyzer::onGeminiFinished);
    connect(m_gemini, &GeminiClient::retrying, this, [this](int attempt, int delayMs, const QString &reason) {
        Q_EMIT progress(
            30, tr("Gemini: %1; retry %2 in %3 s").arg(reason).arg(attempt).arg(delayMs / 1000.0, 0, 'f', 1));
    });
    connect(m_empirical, &EmpiricalAnalyzer::progress, this, [this](int percent, const QString &message) {
        if (m_stage == Stage::Empirical)
            Q_EMIT progress(percent, message);
    });
    connect(m_empirical, &EmpiricalAnalyzer::finished, this, [this](const AnalysisResult &result) {
        if (m_stage == Stage::Empirical)
            deliver(result);
    });
}

Analyzer::~Analyzer() = default;

void Analyzer::setGeminiSettings(const GeminiSettings &settings)
{
    m_gemini->setSettings(settings);
}

QString Analyzer::provider() const
{
    return geminiEnabled() ? QStringLiteral("gemini") : QStringLiteral("static");
}

void Analyzer::setExecutorFactory(const StaticAnalyzer::ExecutorFactory &factory)
{
    m_static->setExecutorFactory(factory);
    m_empirical->setExecutorFactory(factory);
}

void Analyzer::analyze(const QString &code, const QString &language)
{
    cancel();
    m_running = true;
    m_code = code;
    m_language = language;
    m_staticResult.reset();
    m_geminiResult.reset();
    m_fallbackReason.clear();
    const bool gemini = geminiEnabled();
    m_stage = gemini ? Stage::Gemini : Stage::Static;
    Q_EMIT started(gemini ? QStringLiteral("gemini") : QStringLiteral("static"));
    Q_EMIT progress(0, gemini ? tr("Asking Gemini…") : tr("Analyzing…"));
    // Both run at once: the static result is the fallback and the source of the risk scan.
    m_static->analyze(code, language);
    if (gemini)
        m_gemini->analyze(code, language);
}

void Analyzer::analyzeEmpirically(const QString &code, const QString &functionName, const QString &sizeParameter,
                                  const QString &language)
{
    cancel();
    m_running = true;
    m_stage = Stage::Empirical;
    Q_EMIT started(QStringLiteral("empirical"));
    m_empirical->analyze(code, functionName, sizeParameter, language);
}

void Analyzer::cancel()
{
    m_stage = Stage::Idle;
    m_running = false;
    m_static->cancel();
    m_empirical->cancel();
    m_gemini->cancel();
}

void Analyzer::onStaticFinished(const AnalysisResult &result)
{
    if (m_stage == Stage::Static) {
        deliver(result);
        return;
    }
    if (m_stage != Stage::Gemini)
        return;
    m_staticResult = result;
    if (m_geminiResult)
        onGeminiFinished(*m_geminiResult, GeminiErrorKind::None);
    else
        Q_EMIT progress(50, tr("Waiting for Gemini…"));
}

void Analyzer::onGeminiFinished(const AnalysisResult &result, GeminiErrorKind)
{
    if (m_stage != Stage::Gemini)
        return;
    m_geminiResult = result;
    if (!m_staticResult)
        return; // merged when the static scan arrives (it is local and normally first)
    AnalysisResult merged;
    if (result.ok()) {
        merged = result;
        merged.risks = m_staticResult->risks;
        merged.hotLoops = m_staticResult->hotLoops;
        if (merged.functions.isEmpty())
            merged.functions = m_staticResult->functions;
    } else {
        merged = *m_staticResult;
        merged.fallbackReason = tr("Gemini failed, so the offline analysis answered: %1").arg(result.error);
    }
    deliver(merged);
}

void Analyzer::deliver(AnalysisResult result)
{
    m_stage = Stage::Idle;
    m_running = false;
    Q_EMIT progress(100, tr("Done"));
    Q_EMIT finished(result);
}

} // namespace analysis
