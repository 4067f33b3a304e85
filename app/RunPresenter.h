#pragma once

#include "AppSettings.h"
#include "RunFileNames.h"

#include <runner/RunResult.h>
#include <runner/RunSession.h>

#include <QObject>
#include <QPointer>

#include <memory>

namespace editor {
class CodeEditor;
}

namespace app {

class EditorTabs;
class OutputLineParser;
class OutputPane;
class RunController;
class TargetSessionFactory;
class TokenKeychain;
class ViolationsDock;

// The run flow of one window between its RunController and the views: whether the current editor's
// program can run (its language, the server's set-up, the keychain's token), the request, the run's
// title and status line in the output pane, its output read by its language's parser, and the error
// markers, violations and links that lead back to the editor that ran. RunController keeps the session
// itself (starting it, decoding output, input, Stop); the window shows the docks and the status bar.
class RunPresenter : public QObject
{
    Q_OBJECT
public:
    // The views the presenter writes to; they belong to the window.
    struct Views
    {
        EditorTabs *tabs = nullptr;
        OutputPane *output = nullptr;
        ViolationsDock *violations = nullptr;
    };

    RunPresenter(RunController *run, AppSettings *settings, TargetSessionFactory *sessions,
                 TokenKeychain *tokens, const Views &views, QObject *parent = nullptr);
    ~RunPresenter() override;

    // Runs the current editor's program, or says in the output pane why it cannot run. With the server
    // target and the keychain not yet answered, the run starts once it has.
    void runCurrent();

    // What the status bar says of the run: "Ready", "Running", "Waiting for input", "Stopping…", or
    // the debugger's state while it has one ("Paused at hello.py:12").
    QString runStateText() const;
    // The debugger's word for the run state (setDebugStateText); empty: the run's own.
    void setDebugStateText(const QString &text);
    // The line under a finished run's output: its outcome, exit code or signal, time (and how much of it
    // the program spent waiting for the user to type) and memory.
    static QString statusText(const runner::RunResult &result, ExecutionTarget target, qint64 inputWaitMs = 0);

    // The editor whose program ran (null before a run or once it closed).
    editor::CodeEditor *runEditor() const;
    // The editor a file named in the output stands for: the program that ran for its name inside the
    // sandbox (or on the server), an open file for an absolute path, else null.
    editor::CodeEditor *editorForRunFile(const QString &file) const;
    // A link in the output was clicked: its editor is shown at that line, or the status bar says why not.
    void goToOutputLocation(const QString &file, int line);
    // A line of the program that ran (a violation's): shown in its editor, or the current one.
    void goToProgramLine(int line);
    // The strict profile refused the last run: the profile becomes standard (the user asked for it)
    // and the program that was refused runs again.
    void rerunWithStandardProfile();
    // What the output and the violations call the program that ran: its file's path, else its tab's
    // title ("Untitled 2"); never the sandbox's /work/main.py.
    QString runFileName() const { return m_fileNames.displayName(); }

Q_SIGNALS:
    // A run's output (or why there is none) is about to be shown: the window brings the pane forward.
    void outputWanted();
    void statusMessage(const QString &message, int timeoutMs);
    // runStateText() changed for a reason the run controller does not signal (the debugger paused).
    void runStateTextChanged();
    // "Analyze after run" is on and the run says something about the program's complexity.
    void analysisWanted(editor::CodeEditor *editor);
    // The run ended and everything it reported is shown.
    void finished(const runner::RunResult &result);

private:
    void onOutput(runner::OutputChannel channel, const QString &text);
    void onFinished(const runner::RunResult &result);
    void showStderr(const QString &text);
    void markDiagnostics(const runner::RunResult &result);
    void showInEditor(editor::CodeEditor *editor, int line);

    RunController *m_run;
    AppSettings *m_settings;
    TargetSessionFactory *m_sessions;
    TokenKeychain *m_tokens;
    Views m_views;
    // Reads the current run's output for its language; shared with the output pane, which draws its links.
    std::shared_ptr<OutputLineParser> m_outputParser;
    QPointer<editor::CodeEditor> m_runEditor;
    ExecutionTarget m_runTarget = ExecutionTarget::Local;
    RunFileNames m_fileNames;
    QString m_debugStateText;
    // Run pressed with the server target before the keychain gave the token: run once it has.
    bool m_runWhenTokenReady = false;
};

} // namespace app
