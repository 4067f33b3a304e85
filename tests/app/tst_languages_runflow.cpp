// Issue 18 in the IDE with real runs: File ▸ New Program in each language, F5, typing the answer, and
// what a compile error or an uncaught error shows — through the local sandbox and through a real
// code-remote-server. A language the runner on this branch does not know, or whose toolchain is not
// installed, is skipped by name.

#include "FakeSecretStore.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include <app/MainWindow.h>
#include <app/NewProgramMenu.h>
#include <app/OutputPane.h>
#include <app/Prompts.h>
#include <app/RunController.h>
#include <app/RunPreparation.h>
#include <app/StarterPrograms.h>
#include <app/TokenKeychain.h>
#include <editor/CodeEditor.h>
#include <editor/EditorFeatures.h>
#include <editor/EditorLanguages.h>
#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/PrecompiledHeaderBuilder.h>

#include <QAction>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/prctl.h>

#include <csignal>

using namespace app;
using editor::CodeEditor;

namespace {

QString flushedOutput(MainWindow *window)
{
    window->outputPane()->flush();
    return window->outputPane()->text();
}

class DiscardPrompts : public Prompts
{
public:
    UnsavedChoice askUnsavedChanges(QWidget *, const QStringList &) override { return UnsavedAnswer::Discard; }
    bool askRestoreRecovered(QWidget *, const QStringList &) override { return false; }
};

// Empty when `id` runs on this machine, else why not (for QSKIP).
QString whyNotRunnable(const QString &id)
{
    const runner::Language *language = runner::LanguageRegistry::builtin().find(id);
    if (!language)
        return QStringLiteral("the runner does not know %1 on this branch").arg(id);
    return language->missingToolchain();
}

struct Broken
{
    QString source;
    runner::RunStatus status;
    int line; // the line the editor marks
};

// A program of each language that fails: compiled languages at compile time, the others when run.
Broken brokenProgram(const QString &id)
{
    if (id == QLatin1String("cpp"))
        return {QStringLiteral("#include <cstdio>\nint main() {\n  return missing;\n}\n"), runner::RunStatus::CompileError, 3};
    if (id == QLatin1String("java"))
        return {QStringLiteral("public class Main {\n  public static void main(String[] a) {\n    int x = \"text\";\n  }\n}\n"),
                runner::RunStatus::CompileError, 3};
    if (id == QLatin1String("javascript"))
        return {QStringLiteral("function f(o) {\n  return o.a.b;\n}\nf({});\n"), runner::RunStatus::RuntimeError, 2};
    return {QStringLiteral("def f(o):\n    return o['a']\nf({})\n"), runner::RunStatus::RuntimeError, 2};
}

} // namespace

class TestLanguagesRunFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ServerProcess> m_server;
    QString m_token;

    void useTarget(ExecutionTarget target)
    {
        RunPreferences preferences = m_settings->runPreferences();
        preferences.target = target;
        m_settings->setRunPreferences(preferences);
    }

    // File ▸ New Program ▸ <language>, F5, the answer typed where the prompt is; the result.
    runner::RunResult runStarter(const QString &id)
    {
        auto *menu = m_window->findChild<NewProgramMenu *>();
        if (!menu || !menu->actionFor(id))
            return {};
        menu->actionFor(id)->trigger();
        CodeEditor *editor = m_window->currentEditor();
        if (!editor->language() || editor->language()->id != id || editor->text() != StarterPrograms::text(id))
            return {};
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->action(QStringLiteral("actionRun"))->trigger();
        // Compiling Java takes a while on a loaded machine: generous, never a timing assertion.
        if (!QTest::qWaitFor([this] { return flushedOutput(m_window.get()).endsWith(QStringLiteral("What is your name? ")); },
                             90'000))
            return {};
        InputLine *input = m_window->outputPane()->inputLine();
        QTest::keyClicks(input, QStringLiteral("Ada"));
        QTest::keyClick(input, Qt::Key_Return);
        if (!finished.wait(60'000))
            return {};
        return finished.first().first().value<runner::RunResult>();
    }

    void checkStarterRuns(const QString &id)
    {
        const runner::RunResult result = runStarter(id);
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(result.status == runner::RunStatus::Ok, qPrintable(result.message + QLatin1Char('\n') + text));
        QCOMPARE(result.language, id);
        QVERIFY2(text.contains(QStringLiteral("What is your name? Ada\nHello, Ada!\n")), qPrintable(text));
        const QString name = m_window->currentEditor()->language()->displayName;
        QVERIFY2(text.contains(QStringLiteral("Finished · exit code 0 · %1 · ").arg(name)), qPrintable(text));
        if (id == QLatin1String("cpp") || id == QLatin1String("java")) {
            QVERIFY(result.compileMs > 0);
            QVERIFY2(text.contains(QStringLiteral(" · compiled in ")) && text.contains(QStringLiteral(" · ran in ")),
                     qPrintable(text));
        }
    }

    void checkBrokenProgramIsMarked(const QString &id)
    {
        auto *menu = m_window->findChild<NewProgramMenu *>();
        menu->actionFor(id)->trigger();
        CodeEditor *editor = m_window->currentEditor();
        const Broken broken = brokenProgram(id);
        editor->setText(broken.source);
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        // What the status line says at each phase of the run (the window updates it first).
        QStringList states;
        auto *run = m_window->findChild<RunController *>();
        QVERIFY(run);
        const QMetaObject::Connection phases = connect(run, &RunController::phaseChanged, this,
                                                       [this, &states] { states << m_window->runStateText(); });
        m_window->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(finished.wait(90'000));
        disconnect(phases);
        if (broken.status == runner::RunStatus::CompileError)
            QCOMPARE(states, QStringList{QStringLiteral("Compiling")}); // never ran: no "Running" after it
        const auto result = finished.first().first().value<runner::RunResult>();
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(result.status == broken.status, qPrintable(result.message + QLatin1Char('\n') + text));
        QVERIFY2(editor->errorMarkers()->lines().contains(broken.line),
                 qPrintable(QStringLiteral("marked %1 of: %2").arg(editor->errorMarkers()->lines().size()).arg(text)));
        QVERIFY(!editor->errorMarkers()->messageAt(broken.line).isEmpty());
        if (broken.status == runner::RunStatus::CompileError) {
            QVERIFY(!result.diagnostics.isEmpty());
            QCOMPARE(result.diagnostics.first().line, broken.line);
        }
        // The output names the tab, never the sandbox's file, and its reference leads to the line.
        QVERIFY2(!text.contains(QStringLiteral("/work/")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Untitled")), qPrintable(text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        qRegisterMetaType<runner::RunResult>();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        RunPreferences preferences = m_settings->runPreferences();
        preferences.timeoutSeconds = 30;
        m_settings->setRunPreferences(preferences);
        AnalysisPreferences analysis = m_settings->analysisPreferences();
        analysis.analyzeAfterRun = false;
        m_settings->setAnalysisPreferences(analysis);
        m_settings->setSeparateInputLine(true);
        m_window = std::make_unique<MainWindow>(
            m_settings.get(), WindowStorage{m_dir.filePath(QStringLiteral("s.json")), m_dir.filePath(QStringLiteral("r")),
                                            std::make_shared<FakeSecretStore>()});
        m_window->setPrompts(std::make_unique<DiscardPrompts>());
        m_window->show();
        m_window->restoreSessionAndRecover();
        if (QFileInfo::exists(ServerProcess::executable())) {
            m_server = std::make_unique<ServerProcess>();
            m_token = m_server->createToken(QStringLiteral("languages"));
            m_server->process().setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
            const QString error = m_server->start({QStringLiteral("--allow-standard-profile"), QStringLiteral("true")});
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void newProgramOffersEveryLanguage()
    {
        auto *menu = m_window->findChild<NewProgramMenu *>();
        QVERIFY(menu);
        for (const QString &id : StarterPrograms::languages()) {
            QVERIFY(menu->actionFor(id));
            QVERIFY(!menu->actionFor(id)->text().isEmpty());
            const int tabs = m_window->tabs()->count();
            menu->actionFor(id)->trigger();
            QCOMPARE(m_window->tabs()->count(), tabs + 1);
            QCOMPARE(m_window->currentEditor()->language()->id, id);
            QVERIFY(m_window->currentEditor()->text().contains(QStringLiteral("What is your name? ")));
        }
    }

    // The precompiled <bits/stdc++.h> is built while the user writes the include, not on the first Run,
    // and only when runs are local: a server keeps headers of its own.
    void bitsHeaderIsBuiltWhileTheProgramIsWritten()
    {
        if (const QString why = whyNotRunnable(QStringLiteral("cpp")); !why.isEmpty())
            QSKIP(qPrintable(why));
        QTemporaryDir cache;
        const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
        AppSettings settings(m_dir.filePath(QStringLiteral("preparation.ini")));
        QWidget host;
        auto *tabs = new EditorTabs(&host);
        RunPreparation preparation(tabs, &settings);
        auto &builder = runner::PrecompiledHeaderBuilder::shared();
        QSignalSpy started(&builder, &runner::PrecompiledHeaderBuilder::buildStarted);
        QSignalSpy finished(&builder, &runner::PrecompiledHeaderBuilder::buildFinished);
        QSignalSpy said(&preparation, &RunPreparation::statusMessage);
        const QString bits = QStringLiteral("#include <bits/stdc++.h>\nint main() { std::cout << 1; }\n");

        CodeEditor *editor = tabs->newDocument(QStringLiteral("#include <iostream>\nint main() {}\n"), QStringLiteral("cpp"));
        QTest::qWait(RunPreparation::kQuietMs * 2);
        QCOMPARE(started.count(), 0); // nothing to prepare for <iostream>

        RunPreferences preferences = settings.runPreferences();
        preferences.target = ExecutionTarget::Remote;
        settings.setRunPreferences(preferences);
        editor->setText(bits);
        QTest::qWait(RunPreparation::kQuietMs * 2);
        QCOMPARE(started.count(), 0); // runs go to a server

        preferences.target = ExecutionTarget::Local;
        settings.setRunPreferences(preferences);
        editor->setText(bits + QStringLiteral("// typed\n"));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, RunPreparation::kQuietMs * 4);
        // A real build, stored where the first Run looks for it.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        // The status bar said that it was being built, then that it is ready.
        QTRY_COMPARE(said.count(), 2);
        QVERIFY(said.first().first().toString().contains(QStringLiteral("bits/stdc++.h")));
        QVERIFY(said.last().first().toString().contains(QStringLiteral("is precompiled")));
        runner::RunRequest request;
        request.language = QStringLiteral("cpp");
        request.source = editor->text().toUtf8();
        const auto header = runner::PrecompiledHeader::forProgram(request, *runner::LanguageRegistry::builtin().find(request.language));
        QVERIFY(header && header->isReady());
        qputenv("XDG_CACHE_HOME", oldCache);
        if (oldCache.isEmpty())
            qunsetenv("XDG_CACHE_HOME");
    }

    void starterRunsLocally_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &id : StarterPrograms::languages())
            QTest::newRow(qPrintable(id)) << id;
    }

    void starterRunsLocally()
    {
        QFETCH(QString, language);
        if (const QString why = whyNotRunnable(language); !why.isEmpty())
            QSKIP(qPrintable(why));
        useTarget(ExecutionTarget::Local);
        checkStarterRuns(language);
    }

    void brokenProgramIsMarkedLocally_data() { starterRunsLocally_data(); }

    void brokenProgramIsMarkedLocally()
    {
        QFETCH(QString, language);
        if (const QString why = whyNotRunnable(language); !why.isEmpty())
            QSKIP(qPrintable(why));
        useTarget(ExecutionTarget::Local);
        checkBrokenProgramIsMarked(language);
    }

    void starterRunsOnTheServer_data() { starterRunsLocally_data(); }

    void starterRunsOnTheServer()
    {
        QFETCH(QString, language);
        if (!m_server)
            QSKIP("code-remote-server is not built");
        if (const QString why = whyNotRunnable(language); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_settings->setRemotePreferences({m_server->baseUrl()});
        m_window->tokenKeychain()->setToken(m_token, m_settings->remotePreferences().url());
        useTarget(ExecutionTarget::Remote);
        checkStarterRuns(language);
        QVERIFY(flushedOutput(m_window.get()).contains(m_server->baseUrl()));
        checkBrokenProgramIsMarked(language);
        useTarget(ExecutionTarget::Local);
    }
};

CODE_REMOTE_TEST_MAIN(TestLanguagesRunFlow)
#include "tst_languages_runflow.moc"
