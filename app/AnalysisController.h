#pragma once

#include <analysis/AnalysisResult.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace analysis {
class Analyzer;
}
namespace editor {
class CodeEditor;
}

namespace app {

class AppSettings;

// Runs complexity analyses of an editor's text for one window: configures the analyzer from the
// settings, remembers which editor and which text each request was for, and puts hot-loop markers on
// that editor when the answer still describes its text. It holds no panel: the window wires it up.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisController(AppSettings *settings, QObject *parent = nullptr);
    ~AnalysisController() override;

    // Static (or Gemini) analysis of the editor's current text; a request in progress is dropped.
    void analyze(editor::CodeEditor *editor);
    // Times the program's function at growing sizes in the sandbox: `function` (empty: the first one
    // whose parameters can be made) with `sizeParameter` growing (empty: its first list or string).
    void measure(editor::CodeEditor *editor, const QString &function = QString(),
                 const QString &sizeParameter = QString());
    void cancel();

    bool isRunning() const;
    analysis::Analyzer *analyzer() const { return m_analyzer; }
    const std::optional<analysis::AnalysisResult> &lastResult() const { return m_last; }
    // The editor the last request was for (null once it closed).
    editor::CodeEditor *editor() const;
    // Whether the text changed since the request that produced the last result.
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    void started(const QString &provider);
    void progress(int percent, const QString &message);
    void pointMeasured(qint64 n, double seconds);
    void finished(const analysis::AnalysisResult &result);
    // The text the last result describes was edited (true) or a new result arrived (false).
    void staleChanged(bool stale);

private:
    // measuring: a measurement (Python only); otherwise an analysis (every language with an offline
    // analyzer, or any language when Gemini answers).
    bool begin(editor::CodeEditor *editor, bool keepMarkers = false, bool measuring = false);
    void applySettings();
    void onFinished(analysis::AnalysisResult result);
    void setStale(bool stale);

    AppSettings *m_settings;
    analysis::Analyzer *m_analyzer;
    QPointer<editor::CodeEditor> m_editor;
    QString m_text;
    QString m_language; // the editor's language id when the request began
    bool m_stale = false;
    std::optional<analysis::AnalysisResult> m_last;
    QMetaObject::Connection m_textWatch;
};

} // namespace app
