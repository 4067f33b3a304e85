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

#include <editor/CodeEditor.h>

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QDockWidget>
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
    // The shell runs where runs do (the local sandbox or the server), with the profile and limits a
    // run has.
    , m_shell(new ShellController([sessions = parts.sessions](QObject *parent) {
                                      return sessions->createAgentSession(parent);
                                  },
                                  [settings = parts.settings] {
                                      runner::RunRequest request;
                                      request.policy = settings->runPreferences().policy();
                                      return request;
                                  },
                                  historyFile(), this))
    , m_shellDock(new ShellDock(m_shell, window))
{
    // Each dock shares the place of one that is there already, as a tab: stacked beside it, its
    // minimum height would add to the window's, which must fit a small (high-DPI) screen.
    m_debugDock->hide();
    m_shellDock->hide();
    window->addDockWidget(Qt::RightDockWidgetArea, m_debugDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_shellDock);
    if (auto *analysis = window->findChild<QDockWidget *>(QStringLiteral("analysisDock")))
        window->tabifyDockWidget(analysis, m_debugDock);
    if (auto *output = window->findChild<QDockWidget *>(QStringLiteral("outputDock")))
        window->tabifyDockWidget(output, m_shellDock);
    m_debugDock->hide();
    m_shellDock->hide();
    WindowActions *actions = parts.actions;
    const auto a = [actions](const char *name) { return actions->action(name); };
    // In the Run menu, after Stop: debugging is a way of running (no menu of its own, so the menu bar
    // stays as the translations know it).
    QMenu *runMenu = nullptr;
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (menuAction->menu() && menuAction->menu()->actions().contains(a("actionRun")))
            runMenu = menuAction->menu();
    }
    m_menu = runMenu ? runMenu : window->menuBar()->addMenu(QString());
    QAction *before = nullptr;
    if (runMenu) {
        const QList<QAction *> items = runMenu->actions();
        const qsizetype stop = items.indexOf(a("actionStop"));
        before = stop >= 0 && stop + 1 < items.size() ? items.at(stop + 1) : nullptr;
    }
    m_menu->insertSeparator(before);
    m_menu->insertActions(before, {a("actionDebug"), a("actionContinue"), a("actionPause"), a("actionStepOver"),
                                   a("actionStepInto"), a("actionStepOut"), a("actionToggleBreakpoint"),
                                   a("actionBreakpointCondition"), a("actionStopOnExceptions")});
    m_menu->insertSeparator(before);
    m_menu->insertActions(before, {a("actionShell"), a("actionRunInShell")});
    // The docks' own toggles go where the other docks' are (View).
    if (auto *output = window->findChild<QDockWidget *>(QStringLiteral("outputDock"))) {
        for (QAction *menuAction : window->menuBar()->actions()) {
            if (menuAction->menu() && menuAction->menu()->actions().contains(output->toggleViewAction()))
                menuAction->menu()->addActions({m_debugDock->toggleViewAction(), m_shellDock->toggleViewAction()});
        }
    }

    connect(a("actionShell"), &QAction::triggered, window, [this] { showShell(); });
    connect(a("actionRunInShell"), &QAction::triggered, window, [this] { runInShell(); });
    connect(parts.run, &RunController::stateChanged, this, [action = a("actionDebug")](RunController::State state) {
        action->setEnabled(state == RunController::State::Idle);
    });
    connect(m_debugger, &DebugController::statusMessage, window->statusBar(), &QStatusBar::showMessage);
    // The status bar's run state says where a paused program is.
    connect(m_debugger, &DebugController::stateChanged, parts.presenter, [this] {
        m_parts.presenter->setDebugStateText(m_debugger->statusText());
    });
    QAction *stopOnExceptions = a("actionStopOnExceptions");
    stopOnExceptions->setChecked(parts.settings->stopOnUncaughtExceptions());
    m_debugger->setStopOnException(stopOnExceptions->isChecked());
    connect(stopOnExceptions, &QAction::toggled, this, [this](bool checked) {
        m_debugger->setStopOnException(checked);
        m_parts.settings->setStopOnUncaughtExceptions(checked);
    });
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
    if (m_menu->title().isEmpty())
        m_menu->setTitle(tr("Debug"));
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
