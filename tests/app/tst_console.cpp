#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/Console.h>
#include <app/MainWindow.h>
#include <app/OutputPane.h>
#include <app/RunController.h>
#include <editor/CodeEditor.h>
#include <runner/LocalRunSession.h>

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolButton>

using namespace app;
using editor::CodeEditor;

namespace {
class DiscardPrompts : public Prompts
{
public:
    UnsavedChoice askUnsavedChanges(QWidget *, const QStringList &) override { return UnsavedAnswer::Discard; }
    bool askRestoreRecovered(QWidget *, const QStringList &) override { return false; }
};

const QString kSquares = QStringLiteral("n = int(input('How many squares? '))\n"
                                        "for i in range(1, n + 1):\n"
                                        "    print(i * i)\n");
} // namespace

// The output pane as a console, with real programs in the local sandbox: what a student types at the
// program's prompt, keyed into the real widgets.
class TestConsole : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RunPreferences m_preferences;

    // `import sys` needs the standard profile (strict refuses it).
    void useStandardProfile()
    {
        RunPreferences preferences = m_preferences;
        preferences.profile = runner::Profile::Standard;
        m_settings->setRunPreferences(preferences);
    }

    OutputPane *pane() const { return m_window->outputPane(); }
    OutputView *view() const { return pane()->view(); }
    QString output() const
    {
        pane()->flush();
        return pane()->text();
    }
    QString runState() const
    {
        return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("runStateLabel"))->text();
    }

    // Starts `source` and waits until the console takes input and the output ends with `prompt`.
    void startAndWaitForPrompt(const QString &source, const QString &prompt)
    {
        m_window->currentEditor()->setText(source);
        m_window->runCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(pane()->console()->isAccepting(), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(output().endsWith(prompt), qPrintable(output()), 20000);
        view()->setFocus();
    }

    void typeLine(const QString &line)
    {
        QTest::keyClicks(view(), line);
        QTest::keyClick(view(), Qt::Key_Return);
    }

    runner::RunResult waitForEnd(QSignalSpy &finished)
    {
        if (finished.isEmpty() && !finished.wait(20000))
            return {};
        return finished.first().first().value<runner::RunResult>();
    }

    // The colour of the n-th character from the end (1: the last one).
    QColor colourAtEnd(int fromEnd) const
    {
        QTextCursor cursor(view()->document());
        // A cursor reports the format of the character before it.
        cursor.setPosition(view()->document()->characterCount() - fromEnd);
        return cursor.charFormat().foreground().color();
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
        m_preferences = preferences;
        AnalysisPreferences analysis = m_settings->analysisPreferences();
        analysis.analyzeAfterRun = false;
        m_settings->setAnalysisPreferences(analysis);
        m_window = std::make_unique<MainWindow>(
            m_settings.get(), WindowStorage{m_dir.filePath(QStringLiteral("s.json")), m_dir.filePath(QStringLiteral("r"))});
        m_window->setPrompts(std::make_unique<DiscardPrompts>());
        m_window->show();
        m_window->restoreSessionAndRecover();
    }

    void cleanupTestCase() { m_window.reset(); }

    // A failed test must not leave its program running into the next one.
    void cleanup()
    {
        if (!m_window || !m_window->runController()->isRunning())
            return;
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->action(QStringLiteral("actionStop"))->trigger();
        QVERIFY(finished.wait(20000));
    }

    void init()
    {
        m_settings->setTheme(ThemeChoice::Light);
        m_settings->setRunPreferences(m_preferences);
    }

    void inputIsTypedAtThePromptAndEchoedInItsColour()
    {
        QVERIFY(!pane()->hasSeparateInputLine()); // the console is the default
        QVERIFY(!pane()->inputLine()->isVisible());
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(kSquares, QStringLiteral("How many squares? "));
        QTest::keyClicks(view(), QStringLiteral("4"));
        // Echoed inline, right after the prompt, before Enter, in the input colour (not the output's).
        QVERIFY2(output().endsWith(QStringLiteral("How many squares? 4")), qPrintable(output()));
        const QColor typed = colourAtEnd(1);
        QCOMPARE(typed, QColor(0x1a, 0x7f, 0x37));
        QVERIFY(colourAtEnd(2) != typed); // the prompt's space is program output
        QTest::keyClick(view(), Qt::Key_Return);
        const runner::RunResult result = waitForEnd(finished);
        QVERIFY2(result.status == runner::RunStatus::Ok, qPrintable(QString::fromUtf8(result.stderrData)));
        QVERIFY2(output().contains(QStringLiteral("How many squares? 4\n1\n4\n9\n16\n")), qPrintable(output()));
        // The sent line keeps the input colour in the transcript.
        const QTextBlock echoed = view()->document()->findBlock(output().indexOf(QStringLiteral("How many squares? 4")));
        QTextCursor cursor(echoed);
        cursor.setPosition(echoed.position() + echoed.text().indexOf(QLatin1Char('4')) + 1);
        QCOMPARE(cursor.charFormat().foreground().color(), typed);
        QVERIFY(!pane()->console()->isAccepting());
    }

    void typedTextFollowsTheDarkTheme()
    {
        m_settings->setTheme(ThemeChoice::Dark);
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(kSquares, QStringLiteral("How many squares? "));
        QTest::keyClicks(view(), QStringLiteral("2"));
        const QColor dark = colourAtEnd(1);
        QVERIFY2(dark.lightness() > 128, qPrintable(dark.name())); // readable on the dark background
        m_settings->setTheme(ThemeChoice::Light);
        QCOMPARE(colourAtEnd(1), QColor(0x1a, 0x7f, 0x37)); // repainted with the theme
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("How many squares? 2\n1\n4\n")), qPrintable(output()));
    }

    void backspaceEditsOnlyTheTypedText()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(kSquares, QStringLiteral("How many squares? "));
        QTest::keyClicks(view(), QStringLiteral("35"));
        QTest::keyClick(view(), Qt::Key_Left);
        QTest::keyClick(view(), Qt::Key_Backspace); // the caret sits between 3 and 5
        QCOMPARE(pane()->console()->line().text(), QStringLiteral("5"));
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(view(), Qt::Key_Backspace);
            QTest::keyClick(view(), Qt::Key_Delete);
        }
        QVERIFY2(output().endsWith(QStringLiteral("How many squares? ")), qPrintable(output()));
        typeLine(QStringLiteral("3"));
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("How many squares? 3\n1\n4\n9\n")), qPrintable(output()));
    }

    void statusBarSaysWaitingForInputAtEveryRead()
    {
        // Two reads without any output between them: each is a request for input.
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(QStringLiteral("a = input()\nb = input()\nprint(a + b)\n"));
        m_window->runCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(runState(), QStringLiteral("Waiting for input"), 20000);
        view()->setFocus();
        typeLine(QStringLiteral("con"));
        QCOMPARE(runState(), QStringLiteral("Running"));
        QTRY_COMPARE_WITH_TIMEOUT(runState(), QStringLiteral("Waiting for input"), 20000);
        typeLine(QStringLiteral("sole"));
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("con\nsole\nconsole\n")), qPrintable(output()));
        QCOMPARE(runState(), QStringLiteral("Ready"));
    }

    void ctrlDEndsTheInput()
    {
        useStandardProfile();
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(
            QStringLiteral("import sys\nprint('text?', flush=True)\ndata = sys.stdin.read()\nprint(len(data.splitlines()), 'lines')\n"),
            QStringLiteral("text?\n"));
        typeLine(QStringLiteral("one"));
        typeLine(QStringLiteral("two"));
        QTest::keyClicks(view(), QStringLiteral("three")); // sent as the last line by Ctrl+D
        QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("3 lines")), qPrintable(output()));
    }

    void sendEndOfInputFromTheMenuEndsTheConsolesInputToo()
    {
        useStandardProfile();
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(QStringLiteral("import sys\nprint('text?', flush=True)\nprint(repr(sys.stdin.read()))\n"),
                              QStringLiteral("text?\n"));
        QTest::keyClicks(view(), QStringLiteral("typed"));
        m_window->action(QStringLiteral("actionSendEof"))->trigger();
        QVERIFY(!pane()->console()->isAccepting());
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("'typed\\n'")), qPrintable(output()));
    }

    void upRecallsTheLastLine()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(QStringLiteral("a = input('first? ')\nb = input('second? ')\nprint('same' if a == b else 'different')\n"),
                              QStringLiteral("first? "));
        typeLine(QStringLiteral("echo me"));
        QTRY_VERIFY2_WITH_TIMEOUT(output().endsWith(QStringLiteral("second? ")), qPrintable(output()), 20000);
        QTest::keyClick(view(), Qt::Key_Up);
        QCOMPARE(pane()->console()->line().text(), QStringLiteral("echo me"));
        QVERIFY(output().endsWith(QStringLiteral("second? echo me")));
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(pane()->console()->line().text(), QString());
        QTest::keyClick(view(), Qt::Key_Up);
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("second? echo me\nsame\n")), qPrintable(output()));
    }

    void pastedLinesAreSentOneByOne()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(QStringLiteral("total = 0\nfor _ in range(3):\n    total += int(input('number? '))\nprint('sum', total)\n"),
                              QStringLiteral("number? "));
        QApplication::clipboard()->setText(QStringLiteral("1\r\n20\n3"));
        QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
        // The last pasted line waits for Enter, like a typed one.
        QCOMPARE(pane()->console()->line().text(), QStringLiteral("3"));
        QTest::keyClicks(view(), QStringLiteral("00"));
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("sum 321")), qPrintable(output()));
    }

    void outputArrivingWhileTypingStaysBeforeTheTypedLine()
    {
        // The program prints once it has the first line: by then the user is typing the next one (key
        // clicks run no event loop, so the output cannot arrive before them).
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(QStringLiteral("print('ready', flush=True)\nfirst = input()\n"
                                             "print('late output', flush=True)\nprint('got', input())\n"),
                              QStringLiteral("ready\n"));
        typeLine(QStringLiteral("go"));
        QTest::keyClicks(view(), QStringLiteral("half"));
        QTRY_VERIFY2_WITH_TIMEOUT(output().contains(QStringLiteral("late output")), qPrintable(output()), 20000);
        // The program's line went in before what is being typed, which stays whole at the end.
        QVERIFY2(output().endsWith(QStringLiteral("go\nlate output\nhalf")), qPrintable(output()));
        QTest::keyClicks(view(), QStringLiteral("-typed"));
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("late output\nhalf-typed\ngot half-typed\n")), qPrintable(output()));
    }

    void runSummarySaysHowLongTheProgramWaitedForInput()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(kSquares, QStringLiteral("How many squares? "));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runController()->isWaitingForInput(), 20000);
        QTest::qWait(300); // the student thinks
        typeLine(QStringLiteral("1"));
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY(m_window->runController()->inputWaitMs() >= 300);
        const QString summary = output().section(QLatin1Char('\n'), -2, -2);
        QVERIFY2(summary.contains(QStringLiteral(" s waiting for input")) && summary.contains(QStringLiteral("of which")),
                 qPrintable(summary));
    }

    void stopSaysStoppedNotTheSignal()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        startAndWaitForPrompt(kSquares, QStringLiteral("How many squares? "));
        QTest::keyClicks(view(), QStringLiteral("never sent"));
        m_window->action(QStringLiteral("actionStop"))->trigger();
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Cancelled);
        const QString summary = output().section(QLatin1Char('\n'), -2, -2);
        QVERIFY2(summary.startsWith(QStringLiteral("— Stopped · ")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("signal")), qPrintable(summary));
        QVERIFY2(!output().contains(QStringLiteral("never sent")), qPrintable(output())); // typed, never sent
    }

    void keysTypedWithNoProgramRunningReachNeitherTheEditorNorTheOutput()
    {
        QVERIFY(!m_window->runController()->isRunning());
        CodeEditor *editor = m_window->currentEditor();
        editor->setText(QStringLiteral("print('untouched')\n"));
        editor->setModified(false);
        const QString before = output();
        QApplication::clipboard()->setText(QStringLiteral("pasted"));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
        view()->setFocus();
        QVERIFY(view()->hasFocus());
        QTest::keyClicks(view(), QStringLiteral("abc"));
        QTest::keyClick(view(), Qt::Key_Return);
        QTest::keyClick(view(), Qt::Key_Backspace);
        QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier); // the window's Paste would paste into the editor
        QTest::keyClick(view(), Qt::Key_X, Qt::ControlModifier);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(view(), Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("print('untouched')\n"));
        QVERIFY(!editor->isModified());
        QCOMPARE(output(), before);
        // Not lost silently: the pane and the status bar say why nothing happened.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("No program is running")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(pane()->consoleHint()->isVisible());
        QVERIFY(pane()->consoleHint()->text().contains(QStringLiteral("read-only")));
    }

    void theSeparateInputLineStaysAsAnOption()
    {
        QTest::mouseClick(pane()->inputLineToggle(), Qt::LeftButton);
        QVERIFY(pane()->hasSeparateInputLine());
        QVERIFY(m_settings->separateInputLine()); // kept for the next start
        QVERIFY(pane()->inputLine()->isVisible());
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(kSquares);
        m_window->runCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(output().endsWith(QStringLiteral("How many squares? ")), 20000);
        QVERIFY(!pane()->console()->isAccepting());
        QTest::keyClicks(pane()->inputLine(), QStringLiteral("2"));
        QTest::keyClick(pane()->inputLine(), Qt::Key_Return);
        QCOMPARE(waitForEnd(finished).status, runner::RunStatus::Ok);
        QVERIFY2(output().contains(QStringLiteral("How many squares? 2\n1\n4\n")), qPrintable(output()));
        QTest::mouseClick(pane()->inputLineToggle(), Qt::LeftButton);
        QVERIFY(!m_settings->separateInputLine());
        QVERIFY(!pane()->inputLine()->isVisible());
    }
};

CODE_REMOTE_TEST_MAIN(TestConsole)
#include "tst_console.moc"
