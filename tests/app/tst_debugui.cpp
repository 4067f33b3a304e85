// The debugger and the shell in the real window (issue 16), with real sessions in the local sandbox:
// breakpoints set with F9, Debug with Ctrl+F5, the paused line, the call stack, variables (and which
// changed), evaluation, F10/F5 while paused, input through the output pane; the Shell dock's state,
// history, completion, strict refusal, and Run-then-shell; every new shortcut in the shortcut list.
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/DebugController.h>
#include <app/DebugDock.h>
#include <app/DebuggingUi.h>
#include <app/MainWindow.h>
#include <app/OutputPane.h>
#include <app/Prompts.h>
#include <app/RunController.h>
#include <app/RunPresenter.h>
#include <app/ShellController.h>
#include <app/ShellDock.h>
#include <app/ShortcutsDialog.h>
#include <app/VariablesModel.h>
#include <app/WindowActions.h>
#include <editor/BreakpointMarkers.h>
#include <editor/CodeEditor.h>
#include <runner/LocalRunSession.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace app;
using editor::BreakpointMarkers;
using editor::CodeEditor;

Q_DECLARE_METATYPE(runner::RunResult)

namespace {
class DiscardPrompts : public Prompts
{
public:
    UnsavedChoice askUnsavedChanges(QWidget *, const QStringList &) override { return UnsavedAnswer::Discard; }
    bool askRestoreRecovered(QWidget *, const QStringList &) override { return false; }
};

const QString kProgram = QStringLiteral("def f(n):\n"
                                        "    total = 0\n"
                                        "    for i in range(n):\n"
                                        "        total += i\n"
                                        "    return total\n"
                                        "\n"
                                        "x = f(3)\n"
                                        "name = input('name? ')\n"
                                        "print('hi', name, x)\n");
} // namespace

class TestDebugUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    DebugController *debugger() const { return m_window->debugging()->debugger(); }
    bool waitForState(DebugController::State state)
    {
        return QTest::qWaitFor([&] { return debugger()->state() == state; }, 30'000);
    }
    void press(const QKeySequence &key)
    {
        CodeEditor *editor = m_window->currentEditor();
        editor->setFocus(Qt::OtherFocusReason);
        QTest::keySequence(editor, key);
    }
    // The row `name` of the locals once the agent has answered.
    QModelIndex local(const QString &name)
    {
        VariablesModel *model = m_window->debugging()->variables();
        QModelIndex found;
        (void)QTest::qWaitFor([&] {
            found = model->find(model->scopeIndex(QStringLiteral("locals")), name);
            return found.isValid();
        }, 20'000);
        return found;
    }
    QString valueOf(const QModelIndex &index) const
    {
        return index.siblingAtColumn(VariablesModel::ValueColumn).data().toString();
    }
    void typeInShell(const QString &line)
    {
        ShellInputLine *input = m_window->debugging()->shellDock()->inputLine();
        input->setText(line);
        QTest::keyClick(input, Qt::Key_Return);
    }
    bool waitForShellPrompt()
    {
        ShellController *shell = m_window->debugging()->shell();
        return QTest::qWaitFor([&] { return !shell->prompt().isEmpty(); }, 20'000);
    }
    QString shellText() const { return m_window->debugging()->shellDock()->outputView()->toPlainText(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        qRegisterMetaType<runner::RunResult>();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setSeparateInputLine(true);
        m_window = std::make_unique<MainWindow>(
            m_settings.get(), WindowStorage{m_dir.filePath(QStringLiteral("s.json")), m_dir.filePath(QStringLiteral("r"))});
        m_window->setPrompts(std::make_unique<DiscardPrompts>());
        m_window->show();
        m_window->restoreSessionAndRecover();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void debugWithBreakpointsStepsAndVariables()
    {
        CodeEditor *editor = m_window->currentEditor();
        editor->setText(kProgram);
        editor->goToLine(4);
        press(QKeySequence(Qt::Key_F9));
        BreakpointMarkers *markers = BreakpointMarkers::of(editor);
        QVERIFY(markers->hasBreakpoint(4));

        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        press(QKeySequence(Qt::CTRL | Qt::Key_F5));
        QVERIFY(waitForState(DebugController::State::Paused));
        QCOMPARE(markers->executionLine(), 4);
        DebugDock *dock = m_window->debugging()->debugDock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->callStack()->count(), 2);
        QCOMPARE(valueOf(local(QStringLiteral("i"))), QStringLiteral("0"));
        // F5 means Continue while paused; the breakpoint stops the next iteration, where i changed.
        QVERIFY(m_window->action(QStringLiteral("actionRun"))->shortcuts().isEmpty());
        press(QKeySequence(Qt::Key_F5));
        QVERIFY(QTest::qWaitFor([&] { return valueOf(local(QStringLiteral("i"))) == QLatin1String("1"); }, 20'000));
        QVERIFY(local(QStringLiteral("i")).data(VariablesModel::ChangedRole).toBool());
        QVERIFY(!local(QStringLiteral("n")).data(VariablesModel::ChangedRole).toBool());

        // Evaluate in the selected frame.
        dock->expressionLine()->setText(QStringLiteral("total * 10 + n"));
        QTest::keyClick(dock->expressionLine(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return dock->evaluationResult()->text().startsWith(QLatin1String("3 (int)")); }, 20'000));

        // The caller's frame shows its line.
        dock->callStack()->setCurrentRow(1);
        QVERIFY(QTest::qWaitFor([&] { return markers->executionLine() == 7; }, 5'000));

        // Remove the breakpoint while paused, step over, then continue to the end.
        editor->goToLine(4);
        press(QKeySequence(Qt::Key_F9));
        QVERIFY(!markers->hasBreakpoint(4));
        press(QKeySequence(Qt::Key_F10));
        QVERIFY(QTest::qWaitFor([&] { return debugger()->state() == DebugController::State::Paused && markers->executionLine() == 3; }, 20'000));
        press(QKeySequence(Qt::Key_F5));
        QVERIFY(waitForState(DebugController::State::Running));
        // The program reads its input through the output pane's line, as a run does.
        QVERIFY(QTest::qWaitFor([&] { return m_window->runController()->isWaitingForInput(); }, 20'000));
        m_window->runController()->sendLine(QStringLiteral("ada"));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::Ok);
        m_window->outputPane()->flush();
        QVERIFY2(m_window->outputPane()->text().contains(QStringLiteral("hi ada 3")), qPrintable(m_window->outputPane()->text()));
        QCOMPARE(debugger()->state(), DebugController::State::Idle);
        QCOMPARE(markers->executionLine(), 0);
        QCOMPARE(m_window->action(QStringLiteral("actionRun"))->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_F5)});
    }

    void conditionalBreakpoint()
    {
        CodeEditor *editor = m_window->currentEditor();
        editor->setText(kProgram);
        editor->goToLine(4);
        debugger()->setConditionPrompt([](const QString &) { return std::optional<QString>(QStringLiteral("i == 2")); });
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F9));
        QCOMPARE(BreakpointMarkers::of(editor)->condition(4), QStringLiteral("i == 2"));
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        press(QKeySequence(Qt::CTRL | Qt::Key_F5));
        QVERIFY(waitForState(DebugController::State::Paused));
        QCOMPARE(valueOf(local(QStringLiteral("i"))), QStringLiteral("2"));
        m_window->action(QStringLiteral("actionStop"))->trigger();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::Cancelled);
        BreakpointMarkers::of(editor)->removeBreakpoint(4);
    }

    // Pause (F6) and a breakpoint set with F9 both act while the program runs; the status bar says
    // where it is paused, and "Running" again once it runs.
    void pauseAndBreakpointWhileRunningInTheStatusBar()
    {
        CodeEditor *editor = m_window->currentEditor();
        editor->setText(QStringLiteral("print('go', flush=True)\n"
                                       "i = 0\n"
                                       "while i < 10 ** 12:\n"
                                       "    i += 1\n"));
        auto *runState = m_window->findChild<QLabel *>(QStringLiteral("runStateLabel"));
        QVERIFY(runState);
        QAction *pause = m_window->action(QStringLiteral("actionPause"));
        QVERIFY(!pause->isEnabled());
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        press(QKeySequence(Qt::CTRL | Qt::Key_F5));
        QVERIFY(waitForState(DebugController::State::Running));
        QVERIFY(pause->isEnabled());
        QVERIFY(QTest::qWaitFor([&] {
            m_window->outputPane()->flush();
            return m_window->outputPane()->text().contains(QStringLiteral("go"));
        }, 20'000));
        QCOMPARE(runState->text(), QStringLiteral("Running"));
        press(QKeySequence(Qt::Key_F6));
        QVERIFY(waitForState(DebugController::State::Paused));
        QVERIFY(!pause->isEnabled());
        BreakpointMarkers *markers = BreakpointMarkers::of(editor);
        const int line = markers->executionLine();
        QVERIFY2(line == 3 || line == 4, qPrintable(QString::number(line)));
        const QString where = QStringLiteral("Paused at %1:%2").arg(QFileInfo(m_window->runPresenter()->runFileName()).fileName()).arg(line);
        QCOMPARE(runState->text(), where);

        press(QKeySequence(Qt::Key_F5));
        QVERIFY(waitForState(DebugController::State::Running));
        QCOMPARE(runState->text(), QStringLiteral("Running"));
        // No pause until the breakpoint set now, while the loop runs, stops it.
        editor->goToLine(4);
        press(QKeySequence(Qt::Key_F9));
        QVERIFY(waitForState(DebugController::State::Paused));
        QCOMPARE(markers->executionLine(), 4);
        QCOMPARE(runState->text(), QStringLiteral("Paused at %1:4").arg(QFileInfo(m_window->runPresenter()->runFileName()).fileName()));
        markers->removeBreakpoint(4);
        m_window->action(QStringLiteral("actionStop"))->trigger();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(debugger()->state(), DebugController::State::Idle);
    }

    // Stop on Uncaught Exceptions (on by default): the raising frame with its variables and the
    // exception; Continue ends the run with the traceback. Off: the run just ends.
    void uncaughtExceptionPausesWhereItWasRaised()
    {
        CodeEditor *editor = m_window->currentEditor();
        editor->setText(QStringLiteral("def f(x):\n"
                                       "    y = x * 2\n"
                                       "    raise ValueError('bad %d' % y)\n"
                                       "f(21)\n"));
        QAction *stopOnExceptions = m_window->action(QStringLiteral("actionStopOnExceptions"));
        QVERIFY(stopOnExceptions->isChecked());
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        press(QKeySequence(Qt::CTRL | Qt::Key_F5));
        QVERIFY(waitForState(DebugController::State::Paused));
        DebugDock *dock = m_window->debugging()->debugDock();
        QVERIFY(!dock->exceptionLabel()->isHidden());
        QVERIFY2(dock->exceptionLabel()->text().contains(QStringLiteral("ValueError: bad 42")),
                 qPrintable(dock->exceptionLabel()->text()));
        QCOMPARE(BreakpointMarkers::of(editor)->executionLine(), 3);
        QCOMPARE(dock->callStack()->count(), 2);
        QCOMPARE(valueOf(local(QStringLiteral("y"))), QStringLiteral("42"));
        press(QKeySequence(Qt::Key_F5));
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::RuntimeError);
        QVERIFY(dock->exceptionLabel()->isHidden());
        m_window->outputPane()->flush();
        QVERIFY2(m_window->outputPane()->text().contains(QStringLiteral("ValueError: bad 42")), qPrintable(m_window->outputPane()->text()));

        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)); // from the editor, as the user does
        QVERIFY(!stopOnExceptions->isChecked());
        QVERIFY(!m_settings->stopOnUncaughtExceptions());
        QSignalSpy states(debugger(), &DebugController::stateChanged);
        press(QKeySequence(Qt::CTRL | Qt::Key_F5));
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.last().first().value<runner::RunResult>().status, runner::RunStatus::RuntimeError);
        for (const QList<QVariant> &state : std::as_const(states))
            QVERIFY(state.first().value<DebugController::State>() != DebugController::State::Paused);
        stopOnExceptions->trigger();
        QVERIFY(m_settings->stopOnUncaughtExceptions());
    }

    void everyDebuggingCommandIsInTheShortcutList()
    {
        ShortcutsDialog dialog(m_window->findChildren<QAction *>());
        auto *list = dialog.findChild<QTreeWidget *>();
        QVERIFY(list);
        QHash<QString, QString> rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        QCOMPARE(rows.value(QStringLiteral("Debug")), QKeySequence(Qt::CTRL | Qt::Key_F5).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Step Over")), QStringLiteral("F10"));
        QCOMPARE(rows.value(QStringLiteral("Step Into")), QStringLiteral("F11"));
        QCOMPARE(rows.value(QStringLiteral("Step Out")), QKeySequence(Qt::SHIFT | Qt::Key_F11).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Toggle Breakpoint")), QStringLiteral("F9"));
        QCOMPARE(rows.value(QStringLiteral("Pause Program")), QStringLiteral("F6"));
        QCOMPARE(rows.value(QStringLiteral("Stop on Uncaught Exceptions")),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Continue")), QStringLiteral("F5 (while paused)"));
        QVERIFY(rows.contains(QStringLiteral("Python Shell")));
        QVERIFY(rows.contains(QStringLiteral("Run, Then Stay in the Shell")));
    }

    void shellKeepsStateHistoryAndCompletes()
    {
        m_window->action(QStringLiteral("actionShell"))->trigger();
        QVERIFY(waitForShellPrompt());
        QCOMPARE(m_window->debugging()->shellDock()->promptLabel()->text(), QStringLiteral(">>> "));
        typeInShell(QStringLiteral("count = 20"));
        QVERIFY(waitForShellPrompt());
        typeInShell(QStringLiteral("for k in range(2):"));
        QVERIFY(QTest::qWaitFor([&] { return m_window->debugging()->shell()->prompt() == QLatin1String("... "); }, 20'000));
        typeInShell(QStringLiteral("    count += 1"));
        QVERIFY(waitForShellPrompt());
        typeInShell(QString());
        QVERIFY(QTest::qWaitFor([&] { return m_window->debugging()->shell()->prompt() == QLatin1String(">>> "); }, 20'000));
        typeInShell(QStringLiteral("count * 2"));
        QVERIFY(QTest::qWaitFor([&] { return shellText().contains(QStringLiteral("\n44\n")); }, 20'000));

        ShellInputLine *input = m_window->debugging()->shellDock()->inputLine();
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("count * 2"));
        input->clear();
        // The history is in a file: a new shell (a restarted IDE) has it.
        ShellController later([](QObject *parent) { return new runner::AgentSession(new runner::LocalRunSession, parent); }, [] { return runner::RunRequest(); },
                              DebuggingUi::historyFile());
        QVERIFY(later.history().entries().contains(QStringLiteral("count = 20")));

        QVERIFY(waitForShellPrompt());
        input->setText(QStringLiteral("cou"));
        QTest::keyClick(input, Qt::Key_Tab);
        QVERIFY(QTest::qWaitFor([&] { return input->text() == QLatin1String("count"); }, 20'000));
        input->clear();

        typeInShell(QStringLiteral("1/0"));
        QVERIFY(QTest::qWaitFor([&] { return shellText().contains(QStringLiteral("ZeroDivisionError")); }, 20'000));
    }

    void runThenStayInTheShellLinksTracebacks()
    {
        m_window->debugging()->shellDock()->outputView()->clear();
        m_window->currentEditor()->setText(QStringLiteral("def g(v):\n    return 10 // v\nbase = 7\n"));
        m_window->action(QStringLiteral("actionRunInShell"))->trigger();
        QVERIFY(waitForShellPrompt());
        typeInShell(QStringLiteral("base + g(5)"));
        QVERIFY(QTest::qWaitFor([&] { return shellText().contains(QStringLiteral("\n9\n")); }, 20'000));
        typeInShell(QStringLiteral("g(0)"));
        QVERIFY(QTest::qWaitFor([&] { return shellText().contains(QStringLiteral("ZeroDivisionError")); }, 20'000));
        // The traceback's line of the program links to the editor.
        QTextBrowser *view = m_window->debugging()->shellDock()->outputView();
        QVERIFY2(view->toHtml().contains(QStringLiteral("line:2")), qPrintable(shellText()));
    }

    void strictShellRefusesLikeARun()
    {
        RunPreferences preferences = m_settings->runPreferences();
        preferences.profile = runner::Profile::Strict;
        m_settings->setRunPreferences(preferences);
        m_window->debugging()->shell()->start();
        QVERIFY(waitForShellPrompt());
        typeInShell(QStringLiteral("import os"));
        QVERIFY(QTest::qWaitFor([&] {
            return shellText().contains(QStringLiteral("<shell#1>:1: import of 'os' is not allowed in the strict profile"));
        }, 20'000));
        typeInShell(QStringLiteral("import math; math.floor(3.5)"));
        QVERIFY(QTest::qWaitFor([&] { return shellText().endsWith(QStringLiteral("\n3\n")); }, 20'000));
        preferences.profile = runner::Profile::Standard;
        m_settings->setRunPreferences(preferences);
    }
};

CODE_REMOTE_TEST_MAIN(TestDebugUi)
#include "tst_debugui.moc"
