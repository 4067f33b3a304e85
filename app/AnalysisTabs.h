#pragma once

#include <analysis/AnalysisResult.h>

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace editor {
class CodeEditor;
}

namespace app {

class AnalysisController;
class AnalysisPanel;
class EditorTabs;

// Keeps each tab's last analysis and last measurement, and shows the current tab's in the panel, named
// after its file: switching tabs switches the result, and a Measure adds its plot to the analysis
// already shown instead of replacing it (a failed Measure says so without erasing anything). It also
// keeps the panel's Measure choices (function, size parameter) in step with the current tab's program.
class AnalysisTabs : public QObject
{
    Q_OBJECT
public:
    AnalysisTabs(EditorTabs *tabs, AnalysisController *analysis, AnalysisPanel *panel, QObject *parent = nullptr);

    // What the panel shows for `editor`: its analysis with its measurement merged in; nullopt: none yet.
    std::optional<analysis::AnalysisResult> resultFor(editor::CodeEditor *editor) const;
    // The analysis and the measurement of one tab as one result (either may be missing).
    static std::optional<analysis::AnalysisResult>
    combined(const std::optional<analysis::AnalysisResult> &analysis,
             const std::optional<analysis::AnalysisResult> &measurement);

private:
    struct Entry
    {
        std::optional<analysis::AnalysisResult> analysis;
        std::optional<analysis::AnalysisResult> measurement;
        QString text;         // the text the latest result describes
        QString analysisText; // the text `analysis` describes
        bool stale = false; // edited while the request ran
    };

    void onFinished(const analysis::AnalysisResult &result);
    void showCurrent();
    // The Measure choices for the tab: from its analysis (another language's, or Python's while the
    // code is the analyzed one), else Python's from its code.
    void updateMeasureChoices(editor::CodeEditor *editor);
    bool isCurrent(editor::CodeEditor *editor) const;

    EditorTabs *m_tabs;
    AnalysisController *m_analysis;
    AnalysisPanel *m_panel;
    QHash<editor::CodeEditor *, Entry> m_entries;
    QTimer m_programChanged;
};

} // namespace app
