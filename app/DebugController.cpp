#include "DebugController.h"

#include "DebugDock.h"
#include "EditorTabs.h"
#include "RunPresenter.h"
#include "TargetSessionFactory.h"
#include "VariablesModel.h"
#include "WindowActions.h"

#include <editor/BreakpointMarkers.h>
#include <editor/CodeEditor.h>
#include <editor/EditorLanguages.h>

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace app {

using editor::BreakpointMarkers;
using editor::CodeEditor;

DebugController::DebugController(RunController *run, RunPresenter *presenter, TargetSessionFactory *sessions,
                                 VariablesModel *model, const Views &views, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_presenter(presenter)
    , m_sessions(sessions)
    , m_model(model)
    , m_views(views)
{
    WindowActions *actions = views.actions;
    // The window is the context of its commands' handlers, as for its other commands.
    QWidget *window = views.dock->window();
    const auto on = [window, actions](const char *name, auto handler) {
        connect(actions->action(name), &QAction::triggered, window, handler);
    };
    on("actionDebug", [this] { debugCurrent(); });
    on("actionToggleBreakpoint", [this] { toggleBreakpoint(); });
    on("actionBreakpointCondition", [this] { editBreakpointCondition(); });
    on("actionContinue", [this] { resume(QStringLiteral("continue")); });
    on("actionStepOver", [this] { resume(QStringLiteral("over")); });
    on("actionStepInto", [this] { resume(QStringLiteral("into")); });
    on("actionStepOut", [this] { resume(QStringLiteral("out")); });
    on("actionPause", [this] { pause(); });
    connect(views.dock, &DebugDock::frameChosen, this, &DebugController::showFrame);
    connect(views.dock, &DebugDock::evaluationRequested, this, &DebugController::evaluate);
    connect(views.dock, &DebugDock::wholeValueWanted, this, &DebugController::showWholeValue);
    connect(model, &VariablesModel::childrenWanted, this, [this](const QModelIndex &index, int ref) {
        if (runner::AgentSession *session = agent())
            m_pendingVariables.insert(session->requestChildren(ref), QPersistentModelIndex(index));
    });
    connect(run, &RunController::finished, this, [this] { onFinished(); });
    m_conditionPrompt = [this](const QString &current) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(m_views.dock->parentWidget(), tr("Breakpoint Condition"),
                                                   tr("Stop only when this Python expression is true (empty: always):"),
                                                   QLineEdit::Normal, current, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    setState(State::Idle);
    retranslate();
}

void DebugController::retranslate()
{
    // Continue has F5 only while a program is paused; the shortcut list says so.
    m_views.actions->action("actionContinue")->setProperty("shortcutHint", tr("F5 (while paused)"));
}

runner::AgentSession *DebugController::agent() const
{
    return m_session ? m_session->agent() : nullptr;
}

CodeEditor *DebugController::debuggedEditor() const
{
    return m_editor ? m_editor.data() : m_views.tabs->currentEditor();
}

void DebugController::debugCurrent()
{
    CodeEditor *editor = m_views.tabs->currentEditor();
    if (!editor || m_run->isRunning())
        return;
    if (!editor->language() || editor->language()->runnerLanguageId != QLatin1String("python")) {
        Q_EMIT statusMessage(tr("Only Python programs can be debugged."), 5000);
        return;
    }
    QList<runner::Breakpoint> breakpoints;
    for (const BreakpointMarkers::Breakpoint &breakpoint : BreakpointMarkers::of(editor)->breakpoints())
        breakpoints.append({breakpoint.line, breakpoint.condition});
    m_editor = editor;
    const RunSessionFactory previous = m_run->factory();
    m_run->setFactory([this, breakpoints](QObject *parent) { return createSession(parent, breakpoints); });
    m_presenter->runCurrent();
    m_run->setFactory(previous);
}

runner::RunSession *DebugController::createSession(QObject *parent, const QList<runner::Breakpoint> &breakpoints)
{
    runner::AgentRunSession *session = m_sessions->createAgent(runner::AgentMode::Debug, parent);
    session->setBreakpoints(breakpoints);
    session->setStopOnException(m_stopOnException);
    m_session = session;
    runner::AgentSession *agentSession = session->agent();
    connect(agentSession, &runner::AgentSession::paused, this, &DebugController::onPaused);
    connect(agentSession, &runner::AgentSession::resumed, this, [this] {
        if (CodeEditor *editor = debuggedEditor())
            BreakpointMarkers::of(editor)->setExecutionLine(0);
        m_views.dock->showException(QString());
        setState(State::Running);
    });
    connect(agentSession, &runner::AgentSession::reply, this, &DebugController::onReply);
    connect(agentSession, &runner::AgentSession::requestTimedOut, this, &DebugController::onTimedOut);
    if (m_editor)
        connect(BreakpointMarkers::of(m_editor), &BreakpointMarkers::breakpointsChanged, session,
                [this] { sendBreakpoints(); });
    m_model->reset();
    m_views.dock->clearSession();
    setState(State::Running);
    return session;
}

void DebugController::sendBreakpoints()
{
    runner::AgentSession *session = agent();
    CodeEditor *editor = debuggedEditor();
    if (!session || !editor)
        return;
    QList<runner::Breakpoint> breakpoints;
    for (const BreakpointMarkers::Breakpoint &breakpoint : BreakpointMarkers::of(editor)->breakpoints())
        breakpoints.append({breakpoint.line, breakpoint.condition});
    session->setBreakpoints(breakpoints);
}

void DebugController::toggleBreakpoint()
{
    if (CodeEditor *editor = m_views.tabs->currentEditor())
        BreakpointMarkers::of(editor)->toggle(editor->currentLine());
}

void DebugController::editBreakpointCondition()
{
    CodeEditor *editor = m_views.tabs->currentEditor();
    if (!editor || !m_conditionPrompt)
        return;
    BreakpointMarkers *markers = BreakpointMarkers::of(editor);
    const int line = editor->currentLine();
    const std::optional<QString> condition = m_conditionPrompt(markers->condition(line));
    if (condition)
        markers->setBreakpoint(line, *condition);
}

void DebugController::resume(const QString &kind)
{
    runner::AgentSession *session = agent();
    if (!session || m_state != State::Paused)
        return;
    m_pendingVariables.clear();
    m_pendingValues.clear();
    m_pendingEvaluation = 0;
    session->resume(kind);
}

void DebugController::pause()
{
    if (runner::AgentSession *session = agent(); session && m_state == State::Running)
        session->pause();
}

QString DebugController::statusText() const
{
    if (m_state != State::Paused || m_frames.isEmpty())
        return {};
    // The file as the user knows it (its tab), not the sandbox's main.py.
    const QString runFile = QFileInfo(m_presenter->runFileName()).fileName();
    const QJsonObject top = m_frames.first().toObject();
    return tr("Paused at %1:%2")
        .arg(runFile.isEmpty() ? top.value(QStringLiteral("file")).toString() : runFile)
        .arg(top.value(QStringLiteral("line")).toInt());
}

void DebugController::onPaused(const QString &reason, const QJsonArray &frames, const QString &exception)
{
    m_frames = frames;
    m_views.dock->show();
    m_views.dock->raise();
    m_views.dock->setFrames(frames);
    // Resuming from an uncaught exception ends the run with its traceback, as the dock says.
    m_views.dock->showException(reason == QLatin1String("exception") ? exception : QString());
    setState(State::Paused);
    showFrame(0);
}

void DebugController::showFrame(int frame)
{
    runner::AgentSession *session = agent();
    if (!session || frame < 0 || frame >= m_frames.size())
        return;
    const QJsonObject info = m_frames.at(frame).toObject();
    const int line = info.value(QStringLiteral("line")).toInt();
    if (CodeEditor *editor = debuggedEditor()) {
        BreakpointMarkers::of(editor)->setExecutionLine(line);
        m_presenter->goToProgramLine(line);
    }
    m_model->beginFrame(info.value(QStringLiteral("name")).toString());
    m_pendingVariables.clear();
    for (const QString &scope : {QStringLiteral("locals"), QStringLiteral("globals")})
        m_pendingVariables.insert(session->requestVariables(frame, scope), QPersistentModelIndex(m_model->scopeIndex(scope)));
}

void DebugController::evaluate(int frame, const QString &expression)
{
    if (runner::AgentSession *session = agent(); session && m_state == State::Paused)
        m_pendingEvaluation = session->requestEvaluation(frame, expression);
    else
        m_views.dock->showEvaluation(tr("Expressions are evaluated while the program is paused."), true);
}

void DebugController::onReply(int id, const QJsonObject &message)
{
    const QString error = message.value(QStringLiteral("message")).toString();
    if (const auto pending = m_pendingVariables.constFind(id); pending != m_pendingVariables.cend()) {
        const QPersistentModelIndex parent = *pending;
        m_pendingVariables.remove(id);
        if (parent.isValid() && error.isEmpty()) {
            m_model->setChildren(parent, message.value(QStringLiteral("items")).toArray(),
                                 message.value(QStringLiteral("total")).toInt());
            if (!parent.parent().isValid() && parent.data(VariablesModel::PathRole).toString() == QLatin1String("locals"))
                m_views.dock->variablesView()->expand(parent);
        }
    } else if (id == m_pendingEvaluation) {
        m_pendingEvaluation = 0;
        if (!error.isEmpty())
            m_views.dock->showEvaluation(error, true);
        else
            m_views.dock->showEvaluation(tr("%1 (%2)").arg(message.value(QStringLiteral("value")).toString(),
                                                           message.value(QStringLiteral("type")).toString()),
                                         false);
    } else if (m_pendingValues.contains(id)) {
        const QString name = m_pendingValues.take(id);
        auto *dialog = new QDialog(m_views.dock);
        dialog->setObjectName(QStringLiteral("wholeValueDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Value of %1").arg(name));
        auto *text = new QPlainTextEdit(error.isEmpty() ? message.value(QStringLiteral("value")).toString() : error);
        text->setReadOnly(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addWidget(buttons);
        dialog->resize(560, 360);
        dialog->show();
    }
}

void DebugController::showWholeValue(int more, const QString &name)
{
    if (runner::AgentSession *session = agent(); session && m_state == State::Paused)
        m_pendingValues.insert(session->requestValue(more), name);
}

void DebugController::onTimedOut(int id)
{
    const QString noAnswer = tr("No answer in time: a __repr__ or the expression does not return. Stop the program to end it.");
    if (m_pendingVariables.remove(id))
        Q_EMIT statusMessage(noAnswer, 8000);
    else if (id == m_pendingEvaluation)
        m_views.dock->showEvaluation(noAnswer, true);
}

void DebugController::onFinished()
{
    if (!m_session && m_state == State::Idle)
        return;
    if (CodeEditor *editor = debuggedEditor())
        BreakpointMarkers::of(editor)->setExecutionLine(0);
    m_pendingVariables.clear();
    m_pendingValues.clear();
    m_session.clear();
    m_frames = {};
    m_views.dock->clearSession();
    m_model->reset();
    setState(State::Idle);
}

void DebugController::setState(State state)
{
    m_state = state;
    WindowActions *actions = m_views.actions;
    const bool paused = state == State::Paused;
    for (const char *name : {"actionContinue", "actionStepOver", "actionStepInto", "actionStepOut"})
        actions->action(name)->setEnabled(paused);
    actions->action("actionPause")->setEnabled(state == State::Running);
    // F5: Run, or Continue while paused. Never both at once, or neither would fire.
    actions->action("actionRun")->setShortcuts(paused ? QList<QKeySequence>() : QList<QKeySequence>{QKeySequence(Qt::Key_F5)});
    actions->action("actionContinue")->setShortcuts(paused ? QList<QKeySequence>{QKeySequence(Qt::Key_F5)} : QList<QKeySequence>());
    Q_EMIT stateChanged(state);
}

} // namespace app
