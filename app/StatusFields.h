#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace editor {
class CodeEditor;
}

namespace app {

// The permanent fields on the right of the window's status bar: the run's state, the current editor's
// language, cursor position and encoding. The window says when they change; this only shows them.
class StatusFields : public QObject
{
    Q_OBJECT
public:
    // Adds the fields to `bar`, after whatever it already shows permanently.
    explicit StatusFields(QStatusBar *bar);

    void show(editor::CodeEditor *editor, const QString &runState);
    void retranslate();

private:
    QLabel *m_runState;
    QLabel *m_language;
    QLabel *m_position;
    QLabel *m_encoding;
};

} // namespace app
