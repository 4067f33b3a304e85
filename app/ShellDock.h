#pragma once

#include <QDockWidget>
#include <QLineEdit>

class QCompleter;
class QLabel;
class QStringListModel;
class QTextBrowser;
class QToolButton;

namespace app {

class ShellController;

// The shell's input line: Up/Down walk the history, Tab asks for completions.
class ShellInputLine : public QLineEdit
{
    Q_OBJECT
public:
    using QLineEdit::QLineEdit;

Q_SIGNALS:
    void historyUp();
    void historyDown();
    void completionWanted();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

// The Shell dock: what the shell printed (tracebacks link to the editor's lines), the prompt, the input
// line and Restart. It shows a ShellController; the first line typed starts a session when none runs.
class ShellDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ShellDock(ShellController *shell, QWidget *parent = nullptr);

    QTextBrowser *outputView() const { return m_output; }
    ShellInputLine *inputLine() const { return m_input; }
    QLabel *promptLabel() const { return m_prompt; }
    void retranslate();

Q_SIGNALS:
    // A traceback's line of the program was clicked.
    void programLineClicked(int line);
    void restartRequested();

private:
    void append(const QString &text, bool isError);
    void showCompletions(const QString &text, const QStringList &items);
    void applyCompletion(const QString &choice);

    ShellController *m_shell;
    QTextBrowser *m_output;
    QLabel *m_prompt;
    ShellInputLine *m_input;
    QToolButton *m_restart;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QString m_completedToken;
};

} // namespace app
