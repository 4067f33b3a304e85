#include "DebuggingUi.h"

#include "AppSettings.h"
#include "DebugController.h"
#include "DebugDock.h"
#include "EditorTabs.h"
#include "RunController.h"
#include "RunPresenter.h"
#include "ShellController.h"
#include "ShellDock.h"
#include "TargetSessionFactory.h"
#include "VariablesModel.h"
#include "WindowActions.h"

#include <CodeEditor.h>
#include <LocalRunSession.h>

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>

namespace app {

QString DebuggingUi::historyFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/shell-history");
}

DebuggingUi::DebuggingUi(QMainWindow *window, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_parts(parts)
    , m_variables(new VariablesModel(this))
    , m_debugDock(new DebugDock(m_variables, window))
    , m_debugger(new DebugController(parts.run, parts.presenter, parts.sessions, m_variables,
                                     {parts.tabs, m_debugDock, parts.actions}, this))
    // The shell runs in the local sandbox, with the profile and limits a run has.
    , m_shell(new ShellController([] { return new runner::LocalRunSession; },
                                  [settings = parts.settings] {
                                      runner::RunRequest request;
                                      request.policy = settings->runPreferences().policy();
                                      return request;
                                  },
                                  historyFile(), this))
    , m_shellDock(new ShellDock(m_shell, window))
    , m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("debugMenu"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_debugDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_shellDock);
    if (auto *output = window->findChild<QDockWidget *>(QStringLiteral("outputDock")))
        window->tabifyDockWidget(output, m_shellDock);
    m_debugDock->hide();
    m_shellDock->hide();

    WindowActions *actions = parts.actions;
    const auto a = [actions](const char *name) { return actions->action(name); };
    m_menu->addActions({a("actionDebug"), a("actionContinue"), a("actionStepOver"), a("actionStepInto"),
                        a("actionStepOut")});
    m_menu->addSeparator();
    m_menu->addActions({a("actionToggleBreakpoint"), a("actionBreakpointCondition")});
    m_menu->addSeparator();
    m_menu->addActions({a("actionShell"), a("actionRunInShell")});
    m_menu->addSeparator();
    m_menu->addActions({m_debugDock->toggleViewAction(), m_shellDock->toggleViewAction()});
    // Before Help, the last menu.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);

    // The window is the context of its commands' handlers, as for its other commands.
    connect(a("actionShell"), &QAction::triggered, window, [this] { showShell(); });
    connect(a("actionRunInShell"), &QAction::triggered, window, [this] { runInShell(); });
    connect(parts.run, &RunController::stateChanged, this, [action = a("actionDebug")](RunController::State state) {
        action->setEnabled(state == RunController::State::Idle);
    });
    connect(m_debugger, &DebugController::statusMessage, window->statusBar(), &QStatusBar::showMessage);
    connect(m_shellDock, &ShellDock::restartRequested, this, [this] { m_shell->start(); });
    connect(m_shellDock, &ShellDock::programLineClicked, this, [this](int line) {
        editor::CodeEditor *editor = m_shellEditor ? m_shellEditor.data() : m_parts.tabs->currentEditor();
        if (!editor)
            return;
        m_parts.tabs->setCurrentWidget(editor);
        editor->goToLine(line);
        editor->setFocus();
    });
    window->installEventFilter(this);
    retranslate();
}

bool DebuggingUi::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DebuggingUi::retranslate()
{
    m_menu->setTitle(tr("&Debug"));
    m_debugDock->retranslate();
    m_shellDock->retranslate();
    m_variables->retranslate();
    m_debugger->retranslate();
}

void DebuggingUi::showShell()
{
    m_shellDock->show();
    m_shellDock->raise();
    if (!m_shell->isRunning())
        m_shell->start();
    m_shellDock->inputLine()->setFocus();
}

void DebuggingUi::runInShell()
{
    editor::CodeEditor *editor = m_parts.tabs->currentEditor();
    if (!editor)
        return;
    m_shellEditor = editor;
    m_shellDock->show();
    m_shellDock->raise();
    m_shell->start(editor->text().toUtf8());
    m_shellDock->inputLine()->setFocus();
}

} // namespace app
