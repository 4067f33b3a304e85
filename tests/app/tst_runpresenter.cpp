#include "FakeRunSession.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include <app/OutputPane.h>
#include <app/OutputParserRegistry.h>
#include <app/ProfileNotice.h>
#include <app/RunController.h>
#include <app/RunPresenter.h>
#include <app/SidePanels.h>
#include <app/TargetSessionFactory.h>
#include <app/TokenKeychain.h>
#include <editor/CodeEditor.h>
#include <editor/EditorFeatures.h>
#include <runner/Language.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QTemporaryDir>

using namespace app;
using editor::CodeEditor;

namespace {

// A session whose Stop takes effect only when the test says the program has ended.
class SlowStopSession : public FakeRunSession
{
    Q_OBJECT
public:
    using FakeRunSession::FakeRunSession;
    void stop() override { stopAsked = true; }
    bool stopAsked = false;
};

runner::RunResult resultOf(runner::RunStatus status)
{
    runner::RunResult result;
    result.status = status;
    return result;
}

} // namespace

// The run flow (RunPresenter) with its views but without a window: what a run shows, where its
// output leads back to, and the texts of its state and outcome.
class TestRunPresenter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<QWidget> m_host; // owns the views and objects below
    EditorTabs *m_tabs = nullptr;
    OutputPane *m_output = nullptr;
    ViolationsDock *m_violations = nullptr;
    RunController *m_run = nullptr;
    RunPresenter *m_presenter = nullptr;
    QPointer<SlowStopSession> m_session;

    QString shownOutput()
    {
        m_output->flush();
        return m_output->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<editor::CodeEditor *>();
        qRegisterMetaType<runner::RunResult>();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_host = std::make_unique<QWidget>();
        m_tabs = new EditorTabs(m_host.get());
        m_output = new OutputPane(m_host.get());
        m_violations = new ViolationsDock(m_host.get());
        auto *tokens = new TokenKeychain(m_settings.get(), std::make_shared<FakeSecretStore>(), m_host.get());
        auto *sessions = new TargetSessionFactory(m_settings.get(), tokens, m_host.get());
        m_run = new RunController(
            [this](QObject *parent) {
                m_session = new SlowStopSession(parent);
                return m_session.data();
            },
            m_host.get());
        m_presenter = new RunPresenter(m_run, m_settings.get(), sessions, tokens,
                                       {m_tabs, m_output, m_violations}, m_host.get());
    }

    void cleanup() { m_host.reset(); }

    void statusTextNamesTheOutcomeItsExitAndItsCost()
    {
        runner::RunResult result = resultOf(runner::RunStatus::Ok);
        result.exitCode = 0;
        result.wallMs = 1234;
        result.peakMemoryKb = 8400;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local),
                 QStringLiteral("— Finished · exit code 0 · 1.23 s · peak memory 8.2 MB —"));

        result = resultOf(runner::RunStatus::TimeLimit);
        result.limit = runner::TimeLimitKind::Cpu;
        result.signal = 9;
        result.outputTruncated = true;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local),
                 QStringLiteral("— CPU time limit exceeded · signal 9 · 0.00 s · output truncated —"));
        QVERIFY(RunPresenter::statusText(resultOf(runner::RunStatus::Cancelled), ExecutionTarget::Remote)
                    .startsWith(QStringLiteral("— Stopped · ")));
    }

    void aStopSaysStoppedWithoutTheSignalThatDidIt()
    {
        runner::RunResult result = resultOf(runner::RunStatus::Cancelled);
        result.signal = 9;
        result.wallMs = 1500;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local), QStringLiteral("— Stopped · 1.50 s —"));
        result.signal.reset();
        result.exitCode = 137;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Remote), QStringLiteral("— Stopped · 1.50 s —"));
    }

    void theTimeSaysHowMuchOfItWasWaitingForInput()
    {
        runner::RunResult result = resultOf(runner::RunStatus::Ok);
        result.exitCode = 0;
        result.wallMs = 3420;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local, 2900),
                 QStringLiteral("— Finished · exit code 0 · 3.42 s, of which 2.90 s waiting for input —"));
        // The IDE's clock and the sandbox's differ a little: never more waiting than the whole run.
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local, 3600),
                 QStringLiteral("— Finished · exit code 0 · 3.42 s, of which 3.42 s waiting for input —"));
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local, 0),
                 QStringLiteral("— Finished · exit code 0 · 3.42 s —"));
    }

    void waitingIsMeasuredFromTheRequestToTheAnswer()
    {
        m_tabs->newDocument(QStringLiteral("name = input()\n"));
        m_presenter->runCurrent();
        QVERIFY(m_session);
        QSignalSpy waiting(m_run, &RunController::waitingForInputChanged);
        Q_EMIT m_session->inputRequested();
        QCOMPARE(waiting.size(), 1);
        QTest::qWait(200);
        m_run->sendLine(QStringLiteral("Ada"));
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.last().first().toBool(), false);
        QVERIFY(m_run->inputWaitMs() >= 200);
        runner::RunResult result = resultOf(runner::RunStatus::Ok);
        result.exitCode = 0;
        result.wallMs = 10'000;
        m_session->finish(result);
        QVERIFY2(shownOutput().contains(QStringLiteral(" s waiting for input")), qPrintable(shownOutput()));
    }

    void aServerThatCouldNotRunTheProgramSaysOnlyWhy()
    {
        runner::RunResult result = resultOf(runner::RunStatus::InternalError);
        result.wallMs = 5;
        result.message = QStringLiteral("The server is busy; try again.");
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Remote),
                 QStringLiteral("— The server is busy; try again. —"));
        QCOMPARE(
            RunPresenter::statusText(resultOf(runner::RunStatus::InternalError), ExecutionTarget::Remote),
            QStringLiteral("— The server could not run the program. —"));
        // Locally it is the sandbox that failed, and the figures are kept.
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local),
                 QStringLiteral("— Sandbox error: The server is busy; try again. · 0.01 s —"));
    }

    void runStateTextFollowsTheRun()
    {
        m_tabs->newDocument(QStringLiteral("name = input()\n"));
        QCOMPARE(m_presenter->runStateText(), QStringLiteral("Ready"));
        m_presenter->runCurrent();
        QVERIFY(m_session);
        QCOMPARE(m_presenter->runStateText(), QStringLiteral("Running"));
        Q_EMIT m_session->inputRequested();
        QCOMPARE(m_presenter->runStateText(), QStringLiteral("Waiting for input"));
        m_run->stop();
        QVERIFY(m_session->stopAsked);
        QCOMPARE(m_presenter->runStateText(), QStringLiteral("Stopping…"));
        m_session->finish(resultOf(runner::RunStatus::Cancelled));
        QCOMPARE(m_presenter->runStateText(), QStringLiteral("Ready"));
    }

    void aRunShowsItsTitleOutputAndStatusLine()
    {
        m_tabs->newDocument(QStringLiteral("print('hi')\n"));
        QSignalSpy wanted(m_presenter, &RunPresenter::outputWanted);
        m_presenter->runCurrent();
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(m_session->m_request.language, QStringLiteral("python"));
        QCOMPARE(m_session->m_request.source, QByteArray("print('hi')\n"));
        QVERIFY(m_output->inputLine()->isEnabled());
        m_session->print("hi\n");
        runner::RunResult result = resultOf(runner::RunStatus::Ok);
        result.exitCode = 0;
        QSignalSpy finished(m_presenter, &RunPresenter::finished);
        m_session->finish(result);
        QCOMPARE(finished.count(), 1);
        const QString text = shownOutput();
        QVERIFY2(text.startsWith(QStringLiteral("Running Untitled 1 (standard profile)…\nhi\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n— Finished · exit code 0")), qPrintable(text));
        QVERIFY(!m_output->inputLine()->isEnabled());
    }

    void plainTextCannotRunAndStartsNothing()
    {
        m_tabs->newDocument(QStringLiteral("shopping list\n"), QString());
        m_presenter->runCurrent();
        QVERIFY(!m_session);
        QVERIFY(!m_run->isRunning());
        QCOMPARE(shownOutput(), QStringLiteral("Plain text files cannot be run yet.\n"));
    }

    // Issue 18: the line under a run names its language; a compiled one's compile step is timed apart.
    void statusTextNamesTheLanguageAndTheCompileTimeApart()
    {
        runner::RunResult result = resultOf(runner::RunStatus::Ok);
        result.language = QStringLiteral("cpp");
        result.exitCode = 0;
        result.compileMs = 412;
        result.wallMs = 8;
        result.peakMemoryKb = 3200;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local),
                 QStringLiteral("— Finished · exit code 0 · C++ · compiled in 0.41 s · ran in 0.01 s · peak memory 3.1 MB —"));
        result.status = runner::RunStatus::CompileError;
        result.exitCode.reset();
        result.wallMs = 0;
        result.peakMemoryKb = 0;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Remote),
                 QStringLiteral("— Compile error · C++ · compiled in 0.41 s —"));
        result = resultOf(runner::RunStatus::Ok);
        result.language = QStringLiteral("python");
        result.exitCode = 0;
        result.wallMs = 20;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local),
                 QStringLiteral("— Finished · exit code 0 · Python · 0.02 s —"));
        result.language = QStringLiteral("java");
        result.compileMs = 900;
        result.wallMs = 3000;
        QCOMPARE(RunPresenter::statusText(result, ExecutionTarget::Local, 2500),
                 QStringLiteral("— Finished · exit code 0 · Java · compiled in 0.90 s · ran in 3.00 s, of which 2.50 s "
                                "waiting for input —"));
    }

    // A compile error: the status bar said Compiling while it compiled, the compiler's text is in the
    // output with its file:line linked to the editor, and each diagnostic marks its line with the
    // compiler's words as the tooltip.
    void compileErrorMarksTheDiagnosticsAndLinksTheCompilerText()
    {
        if (!runner::LanguageRegistry::builtin().find(QStringLiteral("cpp")))
            QSKIP("the runner does not know C++ on this branch");
        CodeEditor *program = m_tabs->newDocument(QStringLiteral("int main() {\n  return y;\n}\n"), QStringLiteral("cpp"));
        m_presenter->runCurrent();
        QVERIFY(m_session);
        QCOMPARE(m_session->m_request.language, QStringLiteral("cpp"));
        Q_EMIT m_session->phaseChanged(runner::RunPhase::Compiling);
        QCOMPARE(m_presenter->runStateText(), QStringLiteral("Compiling"));
        m_session->printError("main.cpp: In function 'int main()':\n"
                              "main.cpp:2:10: error: 'y' was not declared in this scope\n"
                              "    2 |   return y;\n      |          ^\n");
        runner::RunResult result = resultOf(runner::RunStatus::CompileError);
        result.language = QStringLiteral("cpp");
        result.compileMs = 250;
        result.diagnostics = {{2, 10, QStringLiteral("error"), QStringLiteral("'y' was not declared in this scope")},
                              {2, 3, QStringLiteral("warning"), QStringLiteral("unused")},
                              {1, 0, QStringLiteral("note"), QStringLiteral("in function main")}};
        m_session->finish(result);
        QCOMPARE(program->errorMarkers()->lines(), QList<int>{2});
        QVERIFY2(program->errorMarkers()->messageAt(2).contains(QStringLiteral("error (2:10): 'y' was not declared"))
                     && program->errorMarkers()->messageAt(2).contains(QStringLiteral("warning (2:3): unused")),
                 qPrintable(program->errorMarkers()->messageAt(2)));
        const QString text = shownOutput();
        QVERIFY2(text.contains(QStringLiteral("Untitled 1:2:10: error: 'y' was not declared")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("— Compile error · C++ · compiled in 0.25 s —")), qPrintable(text));
        // The compiler's line is a link to the program's line.
        const auto parser = OutputParserRegistry::builtin().create(QStringLiteral("cpp"));
        const auto link = parser->linkInLine(QStringLiteral("Untitled 1:2:10: error: 'y' was not declared in this scope"));
        QVERIFY(link);
        QCOMPARE(m_presenter->editorForRunFile(link->location.file), program);
        m_tabs->newDocument();
        m_presenter->goToOutputLocation(link->location.file, link->location.line);
        QCOMPARE(m_tabs->currentEditor(), program);
        QCOMPARE(program->currentLine(), 2);
    }

    void javaScriptAndJavaTracesMarkTheThrowingLine()
    {
        struct Case
        {
            QString language;
            QString source;
            QByteArray trace;
            int line;
            QString message;
        };
        const QList<Case> cases{
            {QStringLiteral("javascript"), QStringLiteral("function f() {\n  throw new Error('boom');\n}\nf();\n"),
             "/work/main.js:2\n  throw new Error('boom');\n  ^\n\nError: boom\n    at f (/work/main.js:2:9)\n"
             "    at Object.<anonymous> (/work/main.js:4:1)\n    at node:internal/main/run_main_module:28:49\n",
             2, QStringLiteral("Error: boom")},
            {QStringLiteral("java"),
             QStringLiteral("public class Main {\n  static int f(int x) {\n    return 1 / x;\n  }\n"
                            "  public static void main(String[] a) {\n    f(0);\n  }\n}\n"),
             "Exception in thread \"main\" java.lang.ArithmeticException: / by zero\n\tat Main.f(Main.java:3)\n"
             "\tat Main.main(Main.java:6)\n",
             3, QStringLiteral("java.lang.ArithmeticException: / by zero")},
        };
        for (const Case &c : cases) {
            if (!runner::LanguageRegistry::builtin().find(c.language))
                QSKIP("the runner does not know this language on this branch");
            CodeEditor *program = m_tabs->newDocument(c.source, c.language);
            m_presenter->runCurrent();
            QVERIFY(m_session);
            m_session->printError(c.trace);
            runner::RunResult result = resultOf(runner::RunStatus::RuntimeError);
            result.language = c.language;
            result.exitCode = 1;
            m_session->finish(result);
            QCOMPARE(program->errorMarkers()->lines(), QList<int>{c.line});
            QCOMPARE(program->errorMarkers()->messageAt(c.line), c.message);
            QVERIFY2(!shownOutput().contains(QStringLiteral("/work/main")), qPrintable(shownOutput()));
        }
    }

    void tracebackMarksTheProgramThatRanFromAnyTab()
    {
        CodeEditor *program =
            m_tabs->newDocument(QStringLiteral("import json\ndef f():\n    json.loads('x')\nf()\n"));
        m_presenter->runCurrent();
        CodeEditor *other = m_tabs->newDocument();
        QCOMPARE(m_tabs->currentEditor(), other);
        m_session->printError("Traceback (most recent call last):\n"
                              "  File \"/work/main.py\", line 4, in <module>\n"
                              "  File \"/work/main.py\", line 3, in f\n"
                              "  File \"/usr/lib/python3.11/json/__init__.py\", line 346, in loads\n"
                              "json.decoder.JSONDecodeError: Expecting value\n");
        m_session->finish(resultOf(runner::RunStatus::RuntimeError));
        // The innermost frame in the user's own code, not the library's.
        QCOMPARE(program->errorMarkers()->lines(), QList<int>{3});
        QCOMPARE(program->errorMarkers()->messageAt(3),
                 QStringLiteral("json.decoder.JSONDecodeError: Expecting value"));
        QVERIFY(other->errorMarkers()->lines().isEmpty());

        QCOMPARE(m_presenter->editorForRunFile(QStringLiteral("/work/main.py")), program);
        QCOMPARE(m_presenter->editorForRunFile(QStringLiteral("main.py")), program);
        QCOMPARE(m_presenter->editorForRunFile(QStringLiteral("/usr/lib/python3.11/json/__init__.py")),
                 nullptr);
        QCOMPARE(m_presenter->editorForRunFile(QStringLiteral("helper.py")), nullptr);

        m_presenter->goToOutputLocation(QStringLiteral("/work/main.py"), 2);
        QCOMPARE(m_tabs->currentEditor(), program);
        QCOMPARE(program->currentLine(), 2);
        QSignalSpy message(m_presenter, &RunPresenter::statusMessage);
        m_presenter->goToOutputLocation(QStringLiteral("/usr/lib/python3.11/json/__init__.py"), 346);
        QCOMPARE(message.count(), 1);
        QCOMPARE(message.first().first().toString(),
                 QStringLiteral("/usr/lib/python3.11/json/__init__.py is not open in the editor"));
        QCOMPARE(m_tabs->currentEditor(), program);

        // The next run starts clean.
        m_presenter->runCurrent();
        QVERIFY(program->errorMarkers()->lines().isEmpty());
        m_session->finish(resultOf(runner::RunStatus::Ok));
    }

    void violationsAreListedMarkedAndLeadToTheProgram()
    {
        CodeEditor *program = m_tabs->newDocument(QStringLiteral("x = 1\nimport os\n"));
        m_presenter->runCurrent();
        m_tabs->newDocument();
        runner::RunResult result = resultOf(runner::RunStatus::SecurityViolation);
        result.violations = {{QStringLiteral("import"), QStringLiteral("import of 'os' is not allowed"), 2}};
        m_session->finish(result);
        QCOMPARE(m_violations->count(), 1);
        QCOMPARE(program->errorMarkers()->lines(), QList<int>{2});
        m_presenter->goToProgramLine(2);
        QCOMPARE(m_tabs->currentEditor(), program);
        QCOMPARE(program->currentLine(), 2);
    }

    // Issue 12, point 8: the output and the violations name the tab, never /work/main.py; links still
    // lead to the program. Point 4: the refusal says how to switch and offers the button locally.
    void errorsNameTheTabAndARefusalOffersStandard()
    {
        CodeEditor *program = m_tabs->newDocument(QStringLiteral("x = 1\nimport os\n"));
        const QString tab = m_tabs->title(program);
        QVERIFY(tab.startsWith(QStringLiteral("Untitled ")));
        m_presenter->runCurrent();
        QCOMPARE(m_presenter->runFileName(), tab);
        m_session->printError("Traceback (most recent call last):\n  File \"/wo");
        m_session->printError("rk/main.py\", line 2, in <module>\nImportError: no\n");
        m_session->printError("main.py:2: import of 'os' is not allowed in the strict profile\n");
        runner::RunResult result = resultOf(runner::RunStatus::SecurityViolation);
        result.profile = QStringLiteral("strict");
        result.violations = {{QStringLiteral("import"), QStringLiteral("import of 'os' is not allowed"), 2}};
        m_tabs->newDocument();
        m_session->finish(result);
        const QString text = shownOutput();
        QVERIFY2(!text.contains(QStringLiteral("main.py")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("File \"%1\", line 2").arg(tab)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1:2: import of 'os'").arg(tab)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Settings ▸ Running programs ▸ Profile")), qPrintable(text));
        QCOMPARE(m_violations->list()->topLevelItem(0)->text(0), QStringLiteral("%1:2").arg(tab));
        QVERIFY(!m_violations->profileNotice()->isHidden());
        QVERIFY(!m_violations->profileNotice()->switchButton()->isHidden());
        QCOMPARE(program->errorMarkers()->lines(), QList<int>{2});
        m_presenter->goToOutputLocation(tab, 2);
        QCOMPARE(m_tabs->currentEditor(), program);
        QCOMPARE(program->currentLine(), 2);

        // The button switches the profile and runs the refused program again, in its own tab.
        m_tabs->newDocument();
        QTest::mouseClick(m_violations->profileNotice()->switchButton(), Qt::LeftButton);
        QCOMPARE(m_settings->runPreferences().profile, runner::Profile::Standard);
        QVERIFY(m_session);
        QCOMPARE(m_session->m_request.policy.profile, runner::Profile::Standard);
        QCOMPARE(m_session->m_request.source, QByteArray("x = 1\nimport os\n"));
        QVERIFY(m_violations->profileNotice()->isHidden());
        m_session->finish(resultOf(runner::RunStatus::Ok));
    }

    void analysisFollowsOnlyARunThatSaysSomethingAboutTheProgram()
    {
        QVERIFY(m_settings->analysisPreferences().analyzeAfterRun);
        CodeEditor *program = m_tabs->newDocument(QStringLiteral("print(1)\n"));
        QSignalSpy wanted(m_presenter, &RunPresenter::analysisWanted);
        for (const runner::RunStatus status : {runner::RunStatus::Cancelled, runner::RunStatus::InternalError,
                                               runner::RunStatus::RuntimeError, runner::RunStatus::Ok}) {
            m_presenter->runCurrent();
            m_session->finish(resultOf(status));
        }
        QCOMPARE(wanted.count(), 2);
        QCOMPARE(wanted.first().first().value<CodeEditor *>(), program);

        AnalysisPreferences preferences = m_settings->analysisPreferences();
        preferences.analyzeAfterRun = false;
        m_settings->setAnalysisPreferences(preferences);
        m_presenter->runCurrent();
        m_session->finish(resultOf(runner::RunStatus::Ok));
        QCOMPARE(wanted.count(), 2);
    }
};

CODE_REMOTE_TEST_MAIN(TestRunPresenter)
#include "tst_runpresenter.moc"
