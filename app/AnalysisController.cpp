#include "AnalysisController.h"

#include "AnalysisPresenter.h"
#include "AppSettings.h"

#include <analysis/Analyzer.h>
#include <editor/CodeEditor.h>
#include <editor/ComplexityMarkers.h>
#include <editor/EditorLanguages.h>

namespace app {

using analysis::AnalysisResult;

AnalysisController::AnalysisController(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_analyzer(new analysis::Analyzer(this))
{
    connect(m_analyzer, &analysis::Analyzer::started, this, &AnalysisController::started);
    connect(m_analyzer, &analysis::Analyzer::progress, this, &AnalysisController::progress);
    connect(m_analyzer, &analysis::Analyzer::finished, this, &AnalysisController::onFinished);
    connect(m_analyzer->empiricalAnalyzer(), &analysis::EmpiricalAnalyzer::pointMeasured, this,
            [this](const analysis::MeasuredPoint &point) { Q_EMIT pointMeasured(point.n, point.seconds); });
    connect(m_settings, &AppSettings::analysisPreferencesChanged, this, &AnalysisController::applySettings);
    applySettings();
}

AnalysisController::~AnalysisController()
{
    // No finished() from a half-destroyed window.
    m_analyzer->disconnect(this);
    m_analyzer->cancel();
}

void AnalysisController::applySettings()
{
    const AnalysisPreferences preferences = m_settings->analysisPreferences();
    analysis::GeminiSettings gemini = m_analyzer->geminiSettings();
    gemini.apiKey = preferences.geminiApiKey;
    gemini.model = preferences.geminiModel;
    m_analyzer->setGeminiSettings(gemini);
}

editor::CodeEditor *AnalysisController::editor() const
{
    return m_editor;
}

bool AnalysisController::isRunning() const
{
    return m_analyzer->isRunning();
}

bool AnalysisController::begin(editor::CodeEditor *editor, bool keepMarkers, bool measuring)
{
    if (!editor)
        return false;
    if (m_editor && !keepMarkers)
        m_editor->complexityMarkers()->clear();
    m_editor = editor;
    m_text = editor->text();
    const editor::LanguageDefinition *language = editor->language();
    m_language = language ? language->id : QString();
    const bool python = m_language == QLatin1String("python");
    const bool supported = measuring ? python || m_language == QLatin1String("cpp")
                                           || m_language == QLatin1String("javascript")
                                           || m_language == QLatin1String("java")
                                     : analysis::StaticAnalyzer::supportsLanguage(m_language) ||
                                           (!m_language.isEmpty() && m_analyzer->provider() == QLatin1String("gemini"));
    if (!supported) {
        // Answer through the same path as a real analysis, so the panel has one way to show it.
        m_analyzer->cancel();
        Q_EMIT started(QStringLiteral("static"));
        // Say what it can do for this language, so no one waits for a Big-O that will not come.
        QString message;
        if (!language)
            message = tr("Complexity analysis reads Python, Java, JavaScript and C++ programs; this file is plain "
                         "text.");
        else if (measuring)
            message = tr("Measure times functions of Python, Java, JavaScript and C++ programs only for now, not %1. "
                         "Analyze (Ctrl+Shift+A) still estimates its complexity.")
                          .arg(language->displayName);
        else
            message = tr("The offline complexity analysis reads Python, Java, JavaScript and C++, not %1 yet; with a "
                         "Gemini key (Settings) Gemini analyzes it. The %1 program still runs (F5): its time and "
                         "peak memory are under its output.")
                          .arg(language->displayName);
        onFinished(AnalysisResult::failure(AnalysisPresenter::kUnsupportedLanguage, message));
        return false;
    }
    return true;
}

void AnalysisController::analyze(editor::CodeEditor *editor)
{
    if (begin(editor))
        m_analyzer->analyze(m_text, m_language);
}

void AnalysisController::measure(editor::CodeEditor *editor, const QString &function, const QString &sizeParameter)
{
    // A measurement times one function; the hot-loop markers of the same, unchanged source stay (and
    // AnalysisTabs keeps its analysis, functions table included, beside the measurement).
    const bool sameSource = editor && editor == m_editor && editor->text() == m_text;
    if (begin(editor, sameSource, true))
        m_analyzer->analyzeEmpirically(m_text, function, sizeParameter, m_language);
}

void AnalysisController::cancel()
{
    m_analyzer->cancel();
}

void AnalysisController::onFinished(AnalysisResult result)
{
    // The analyzer keeps the key out of its messages; masking here means a slip there cannot show it.
    const QString key = m_settings->analysisPreferences().geminiApiKey;
    result.error = AnalysisPresenter::redacted(result.error, key);
    result.fallbackReason = AnalysisPresenter::redacted(result.fallbackReason, key);

    disconnect(m_textWatch);
    const bool current = m_editor && m_editor->text() == m_text;
    // A measurement finds no loops: the markers of the analysis it was made beside stay as they are.
    if (current && result.ok() && result.provider != QLatin1String("empirical")) {
        QList<editor::ComplexityMarkers::Loop> loops;
        for (const analysis::HotLoop &loop : AnalysisPresenter::hottestLoops(result))
            loops.append({loop.startLine, loop.endLine, loop.cost});
        m_editor->complexityMarkers()->setLoops(loops);
    }
    if (current) {
        m_textWatch = connect(m_editor, &editor::CodeEditor::textChanged, this, [this] {
            disconnect(m_textWatch);
            setStale(true);
        });
    }
    m_last = result;
    setStale(!current);
    Q_EMIT finished(result);
}

void AnalysisController::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    Q_EMIT staleChanged(stale);
}

} // namespace app
