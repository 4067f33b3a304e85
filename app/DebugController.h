#pragma once

#include "RunController.h"

#include <runner/AgentRunSession.h>

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include <functional>
#include <optional>

namespace editor {
class CodeEditor;
}

namespace app {

class DebugDock;
class EditorTabs;
class RunPresenter;
class TargetSessionFactory;
class VariablesModel;
class WindowActions;

// Debugging in a window: Debug (Ctrl+F5) runs the current program through the window's run flow, but
// under the in-sandbox agent (runner::AgentRunSession), so the output pane, its console, Stop and the
// summary work as for a run. Breakpoints live in the editors' margins (F9; a condition with
// Ctrl+Shift+F9). When the program pauses, its line is marked in the editor, the Debugger dock shows
// the call stack and the chosen frame's variables, and Continue and the steps resume it. F5 means Run,
// except while a program is paused, when it means Continue: the keys move between the two actions.
class DebugController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused };
    Q_ENUM(State)

    struct Views
    {
        EditorTabs *tabs = nullptr;
        DebugDock *dock = nullptr;
        WindowActions *actions = nullptr;
    };
    DebugController(RunController *run, RunPresenter *presenter, TargetSessionFactory *sessions,
                    VariablesModel *model, const Views &views, QObject *parent = nullptr);

    void debugCurrent();
    void toggleBreakpoint();
    void editBreakpointCondition();
    void resume(const QString &kind); // continue, over, into, out
    // Stops the running program where it is (F6); the agent acts on it while the program runs.
    void pause();
    void showFrame(int frame);
    void evaluate(int frame, const QString &expression);

    State state() const { return m_state; }
    // The run state for the status bar while paused ("Paused at main.py:12"); empty otherwise.
    QString statusText() const;
    // Whether an uncaught exception pauses the next session (Stop on Uncaught Exceptions).
    void setStopOnException(bool stop) { m_stopOnException = stop; }
    bool stopOnException() const { return m_stopOnException; }
    // The agent of the session being debugged, or null.
    runner::AgentSession *agent() const;
    // Asks for a breakpoint's condition (tests answer it): nullopt when cancelled.
    void setConditionPrompt(std::function<std::optional<QString>(const QString &current)> prompt)
    {
        m_conditionPrompt = std::move(prompt);
    }
    void retranslate();

Q_SIGNALS:
    void stateChanged(app::DebugController::State state);
    void statusMessage(const QString &message, int timeoutMs);

private:
    runner::RunSession *createSession(QObject *parent, const QList<runner::Breakpoint> &breakpoints);
    void onPaused(const QString &reason, const QJsonArray &frames, const QString &exception);
    void onReply(int id, const QJsonObject &message);
    void onTimedOut(int id);
    void onFinished();
    void setState(State state);
    void sendBreakpoints();
    void showWholeValue(int more, const QString &name);
    editor::CodeEditor *debuggedEditor() const;

    RunController *m_run;
    RunPresenter *m_presenter;
    TargetSessionFactory *m_sessions;
    VariablesModel *m_model;
    Views m_views;
    QPointer<runner::AgentRunSession> m_session;
    QPointer<editor::CodeEditor> m_editor;
    State m_state = State::Idle;
    bool m_stopOnException = true;
    QJsonArray m_frames;
    QHash<int, QPersistentModelIndex> m_pendingVariables;
    int m_pendingEvaluation = 0;
    QHash<int, QString> m_pendingValues;
    std::function<std::optional<QString>(const QString &)> m_conditionPrompt;
};

} // namespace app
