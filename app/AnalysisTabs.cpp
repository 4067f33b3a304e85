#include "AnalysisTabs.h"

#include "AnalysisController.h"
#include "AnalysisPanel.h"
#include "EditorTabs.h"
#include "MeasureControls.h"

#include <editor/CodeEditor.h>
#include <editor/EditorLanguages.h>

namespace app {

using analysis::AnalysisResult;
using editor::CodeEditor;

AnalysisTabs::AnalysisTabs(EditorTabs *tabs, AnalysisController *analysis, AnalysisPanel *panel, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_analysis(analysis)
    , m_panel(panel)
{
    connect(m_analysis, &AnalysisController::finished, this, &AnalysisTabs::onFinished);
    connect(m_analysis, &AnalysisController::staleChanged, this, [this](bool stale) {
        if (isCurrent(m_analysis->editor()))
            m_panel->setStale(stale);
    });
    connect(m_analysis, &AnalysisController::pointMeasured, this, [this](qint64 n, double seconds) {
        if (isCurrent(m_analysis->editor()))
            m_panel->addMeasuredPoint(n, seconds);
    });
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &AnalysisTabs::showCurrent);
    // Typing refreshes the Measure choices once the typist pauses, not at every key.
    m_programChanged.setSingleShot(true);
    m_programChanged.setInterval(300);
    connect(&m_programChanged, &QTimer::timeout, this, [this] { updateMeasureChoices(m_tabs->currentEditor()); });
    connect(m_tabs, &EditorTabs::documentModified, this, [this](CodeEditor *editor) {
        if (isCurrent(editor))
            m_programChanged.start();
    });
    showCurrent();
}

bool AnalysisTabs::isCurrent(CodeEditor *editor) const
{
    return editor && editor == m_tabs->currentEditor();
}

std::optional<AnalysisResult> AnalysisTabs::combined(const std::optional<AnalysisResult> &analysis,
                                                     const std::optional<AnalysisResult> &measurement)
{
    if (!analysis || !measurement)
        return analysis ? analysis : measurement;
    AnalysisResult shown = *analysis;
    if (measurement->ok()) {
        shown.measurements = measurement->measurements;
        shown.fitted = measurement->fitted;
        shown.measuredFunction = measurement->measuredFunction;
        if (!measurement->explanation.isEmpty())
            shown.explanation += (shown.explanation.isEmpty() ? QString() : QStringLiteral("\n")) +
                                 measurement->explanation;
    } else {
        const QString failed = AnalysisController::tr("Measure failed: %1").arg(measurement->error);
        shown.fallbackReason =
            shown.fallbackReason.isEmpty() ? failed : shown.fallbackReason + QLatin1Char('\n') + failed;
    }
    return shown;
}

std::optional<AnalysisResult> AnalysisTabs::resultFor(CodeEditor *editor) const
{
    const auto it = m_entries.constFind(editor);
    return it == m_entries.cend() ? std::nullopt : combined(it->analysis, it->measurement);
}

void AnalysisTabs::onFinished(const AnalysisResult &result)
{
    CodeEditor *editor = m_analysis->editor();
    if (!editor) {
        m_panel->stopBusy();
        return;
    }
    if (!m_entries.contains(editor)) {
        // The entry goes with its tab.
        connect(editor, &QObject::destroyed, this, [this, editor] { m_entries.remove(editor); });
    }
    Entry &entry = m_entries[editor];
    const bool measured = result.provider == QLatin1String("empirical");
    if (measured)
        entry.measurement = result;
    else
        entry.analysis = result;
    entry.text = editor->text();
    if (!measured)
        entry.analysisText = entry.text;
    entry.stale = m_analysis->isStale();
    if (isCurrent(editor))
        showCurrent();
    else
        m_panel->stopBusy();
}

void AnalysisTabs::updateMeasureChoices(CodeEditor *editor)
{
    MeasureControls *controls = m_panel->measureControls();
    const editor::LanguageDefinition *language = editor ? editor->language() : nullptr;
    const auto it = editor ? m_entries.constFind(editor) : m_entries.cend();
    const bool analyzed = it != m_entries.cend() && it->analysis && it->analysis->ok();
    if (!editor || !language || language->id == QLatin1String("python")) {
        // Python's functions are read from the code as it is typed, before any analysis; the static
        // analysis of the code as it is also knows the methods and which of them Measure can call.
        if (analyzed && it->analysis->provider == QLatin1String("static") && it->analysisText == editor->text())
            controls->setFunctions(MeasureChoices::functionsOf(*it->analysis));
        else
            controls->setProgram(editor ? editor->text() : QString());
        controls->setAwaitingAnalysis(false);
        return;
    }
    // Other languages need their parser: the functions of the tab's latest static analysis.
    controls->setAwaitingAnalysis(!analyzed);
    controls->setFunctions(it != m_entries.cend() && it->analysis ? MeasureChoices::functionsOf(*it->analysis)
                                                                   : QList<MeasurableFunction>());
}

void AnalysisTabs::showCurrent()
{
    CodeEditor *editor = m_tabs->currentEditor();
    m_panel->setSubject(editor ? m_tabs->title(editor) : QString());
    updateMeasureChoices(editor);
    const std::optional<AnalysisResult> shown = resultFor(editor);
    if (!shown) {
        m_panel->clearResult();
        return;
    }
    m_panel->setResult(*shown);
    const Entry &entry = m_entries[editor];
    m_panel->setStale(entry.stale || editor->text() != entry.text);
}

} // namespace app
