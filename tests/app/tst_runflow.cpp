#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/MainWindow.h>
#include <app/OutputPane.h>
#include <app/ProfileNotice.h>
#include <app/SidePanels.h>
#include <editor/CodeEditor.h>
#include <editor/EditorFeatures.h>
#include <runner/LocalRunSession.h>
#include <runner/SandboxPolicy.h>

#include <QAction>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>

using namespace app;

namespace {
// The pane shows output in timed batches; tests read it after showing everything waiting.
QString flushedOutput(app::MainWindow *window)
{
    window->outputPane()->flush();
    return window->outputPane()->text();
}
} // namespace
using editor::CodeEditor;

namespace {
class DiscardPrompts : public Prompts
{
public:
    UnsavedChoice askUnsavedChanges(QWidget *, const QStringList &) override { return UnsavedAnswer::Discard; }
    bool askRestoreRecovered(QWidget *, const QStringList &) override { return false; }
};
} // namespace

// Real runs through the local sandbox (code-remote-sandbox beside the test binaries): what a user
// sees after pressing F5.
class TestRunFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    runner::RunResult runAndWait(const QString &source, int timeoutMs = 30000)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(source);
        m_window->action(QStringLiteral("actionRun"))->trigger();
        if (!finished.wait(timeoutMs))
            return {};
        return finished.first().first().value<runner::RunResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        qRegisterMetaType<runner::RunResult>();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        RunPreferences preferences = m_settings->runPreferences();
        preferences.timeoutSeconds = 20;
        m_settings->setRunPreferences(preferences);
        // These runs are answered in the separate input line; tst_app_console types in the console.
        m_settings->setSeparateInputLine(true);
        m_window = std::make_unique<MainWindow>(
            m_settings.get(), WindowStorage{m_dir.filePath(QStringLiteral("s.json")), m_dir.filePath(QStringLiteral("r"))});
        m_window->setPrompts(std::make_unique<DiscardPrompts>());
        m_window->show();
        m_window->restoreSessionAndRecover();
    }

    void cleanupTestCase() { m_window.reset(); }

    // Issue 12, point 4: a fresh IDE runs ordinary interview code (sys.stdin, time, open) locally.
    void theDefaultProfileRunsOrdinaryPrograms()
    {
        // initTestCase stored the preferences it read, so this is the default a fresh IDE chose.
        QCOMPARE(AppSettings(m_dir.filePath(QStringLiteral("fresh.ini"))).runPreferences().profile,
                 runner::Profile::Standard);
        QCOMPARE(m_settings->runPreferences().profile, runner::Profile::Standard);
        const auto result = runAndWait(QStringLiteral(
            "import sys, time\nwith open('notes.txt', 'w') as f:\n    f.write('x')\n"
            "print('read', len(open('notes.txt').read()), sys.version_info[0], time.time() > 0)\n"));
        QCOMPARE(result.status, runner::RunStatus::Ok);
        QVERIFY2(flushedOutput(m_window.get()).contains(QStringLiteral("read 1 3 True")), qPrintable(flushedOutput(m_window.get())));
    }

    void typedProgramRunsAndItsOutputArrives()
    {
        CodeEditor *editor = m_window->currentEditor();
        editor->clear();
        editor->setAutoCompletionSource(QsciScintilla::AcsNone);
        QTest::keyClicks(editor->viewport(), QStringLiteral("print('hello from the sandbox')"));
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        QTest::keyClick(editor->viewport(), Qt::Key_F5);
        if (finished.isEmpty())
            m_window->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<runner::RunResult>();
        QVERIFY2(result.status == runner::RunStatus::Ok, qPrintable(result.message + QString::fromUtf8(result.stderrData)));
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(QStringLiteral("hello from the sandbox\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Finished · exit code 0")));
    }

    void answersInput()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(QStringLiteral("name = input('name? ')\nprint('hello', name)\n"));
        m_window->runCurrent();
        InputLine *input = m_window->outputPane()->inputLine();
        QTRY_VERIFY_WITH_TIMEOUT(flushedOutput(m_window.get()).contains(QStringLiteral("name? ")), 20000);
        QTest::keyClicks(input, QStringLiteral("Ada"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        QVERIFY2(flushedOutput(m_window.get()).contains(QStringLiteral("hello Ada")), qPrintable(flushedOutput(m_window.get())));
    }

    void endOfInputReachesTheProgram()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(QStringLiteral("n = 0\nwhile True:\n    try:\n        input()\n    except EOFError:\n        break\n    n += 1\nprint(n, 'lines')\n"));
        m_window->runCurrent();
        InputLine *input = m_window->outputPane()->inputLine();
        QTest::keyClicks(input, QStringLiteral("a"));
        QTest::keyClick(input, Qt::Key_Return);
        QTest::keyClicks(input, QStringLiteral("b"));
        QTest::keyClick(input, Qt::Key_Return);
        QTest::keyClick(input, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QVERIFY2(flushedOutput(m_window.get()).contains(QStringLiteral("2 lines")), qPrintable(flushedOutput(m_window.get())));
    }

    void stopsARunawayProgram()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(QStringLiteral("print('spinning', flush=True)\nwhile True:\n    pass\n"));
        m_window->runCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(flushedOutput(m_window.get()).contains(QStringLiteral("spinning")), 20000);
        QElapsedTimer clock;
        clock.start();
        m_window->action(QStringLiteral("actionStop"))->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY(clock.elapsed() < 5000);
        const auto result = finished.first().first().value<runner::RunResult>();
        QCOMPARE(result.status, runner::RunStatus::Cancelled);
        QVERIFY(flushedOutput(m_window.get()).contains(QStringLiteral("Stopped")));
    }

    void tracebackLinksToTheFailingLine()
    {
        const auto result = runAndWait(QStringLiteral("def f(x):\n    return 10 / x\n\nprint(f(0))\n"));
        QCOMPARE(result.status, runner::RunStatus::RuntimeError);
        CodeEditor *editor = m_window->currentEditor();
        QCOMPARE(editor->errorMarkers()->lines(), QList<int>{2});
        QVERIFY(editor->errorMarkers()->messageAt(2).startsWith(QStringLiteral("ZeroDivisionError")));
        editor->setCursorPosition(0, 0);
        m_window->outputPane()->flush();
        OutputView *view = m_window->outputPane()->view();
        QTextBlock block = view->document()->begin();
        while (block.isValid() && !block.text().contains(QStringLiteral("line 2")))
            block = block.next();
        QVERIFY2(block.isValid(), qPrintable(view->toPlainText()));
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + block.text().indexOf(QStringLiteral("File")) + 2);
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
        QCOMPARE(editor->currentLine(), 2);
    }

    void strictProfileViolationsAreListed()
    {
        useProfile(runner::Profile::Strict);
        const auto result = runAndWait(QStringLiteral("x = 1\nimport socket\n"));
        QCOMPARE(result.status, runner::RunStatus::SecurityViolation);
        QVERIFY(!result.violations.isEmpty());
        QVERIFY(flushedOutput(m_window.get()).contains(QStringLiteral("Blocked by the strict profile")));
    }

    // Issue 12, point 4: a refusal says how to switch, and its button switches and runs again.
    void aStrictRefusalOffersToRunWithStandard()
    {
        useProfile(runner::Profile::Strict);
        const auto refused = runAndWait(QStringLiteral("import sys\nprint('ran', sys.version_info[0])\n"));
        QCOMPARE(refused.status, runner::RunStatus::SecurityViolation);
        const QString output = flushedOutput(m_window.get());
        QVERIFY2(output.contains(QStringLiteral("Settings ▸ Running programs ▸ Profile")), qPrintable(output));
        QPushButton *button = m_window->violationsDock()->profileNotice()->switchButton();
        QTRY_VERIFY(button->isVisible());
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::Ok);
        QVERIFY2(flushedOutput(m_window.get()).contains(QStringLiteral("ran 3")), qPrintable(flushedOutput(m_window.get())));
        QCOMPARE(m_settings->runPreferences().profile, runner::Profile::Standard);
        QVERIFY(!m_window->violationsDock()->profileNotice()->isVisible());
    }

    // Issue 12, point 5: strict takes 10 KiB in the IDE as in code-remote-run and on the server, with
    // the runner's words; standard runs the same file.
    void strictRefusesAProgramOver10KiB()
    {
        QString big = QStringLiteral("x = 1\n");
        while (big.size() <= 10 * 1024)
            big += QStringLiteral("# padding padding padding padding padding padding padding padding\n");
        big += QStringLiteral("print('ran big')\n");
        useProfile(runner::Profile::Strict);
        const auto refused = runAndWait(big);
        QVERIFY2(refused.status == runner::RunStatus::SecurityViolation, qPrintable(flushedOutput(m_window.get()).left(300)));
        const QString expected = runner::sourceSizeError(runner::Profile::Strict, big.toUtf8().size());
        QCOMPARE(expected, QStringLiteral("the program is larger than 10 KiB, the limit of the strict profile"));
        QCOMPARE(m_window->violationsDock()->count(), 1);
        QCOMPARE(m_window->violationsDock()->list()->topLevelItem(0)->text(2), expected);
        QVERIFY(!flushedOutput(m_window.get()).contains(QStringLiteral("ran big")));
        useProfile(runner::Profile::Standard);
        QCOMPARE(runAndWait(big).status, runner::RunStatus::Ok);
        QVERIFY(flushedOutput(m_window.get()).contains(QStringLiteral("ran big")));
    }

    // Issue 12, point 8: a traceback names the tab, not /work/main.py, and its link still leads there.
    void aTracebackNamesTheTabNotTheSandboxFile()
    {
        useProfile(runner::Profile::Standard);
        const auto result = runAndWait(QStringLiteral("print('a')\nraise ValueError('boom')\n"));
        QCOMPARE(result.status, runner::RunStatus::RuntimeError);
        const QString output = flushedOutput(m_window.get());
        QVERIFY2(output.contains(QRegularExpression(QStringLiteral("File \"Untitled \\d+\", line 2"))),
                 qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("/work/main.py")), qPrintable(output));
        QCOMPARE(m_window->currentEditor()->errorMarkers()->lines(), QList<int>{2});
    }

private:
    void useProfile(runner::Profile profile)
    {
        RunPreferences preferences = m_settings->runPreferences();
        preferences.profile = profile;
        m_settings->setRunPreferences(preferences);
    }
};

CODE_REMOTE_TEST_MAIN(TestRunFlow)
#include "tst_runflow.moc"
