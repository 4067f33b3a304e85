#include "FakeSecretStore.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/ConnectionIndicator.h>
#include <app/DebugController.h>
#include <app/DebugDock.h>
#include <app/DebuggingUi.h>
#include <app/MainWindow.h>
#include <app/OutputPane.h>
#include <app/ProfileNotice.h>
#include <app/RunTargetSwitch.h>
#include <app/SecretStore.h>
#include <app/ServerWatch.h>
#include <app/SettingsDialog.h>
#include <app/ShellController.h>
#include <app/SidePanels.h>
#include <app/TargetSessionFactory.h>
#include <app/TokenKeychain.h>
#include <editor/BreakpointMarkers.h>
#include <editor/CodeEditor.h>
#include <editor/EditorFeatures.h>
#include <remote/HealthProbe.h>

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QStatusBar>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>

#include <sys/prctl.h>
#include <sys/stat.h>

#include <csignal>

using namespace app;
using editor::CodeEditor;
using State = remote::RemoteRunSession::ConnectionState;

namespace {
QString flushedOutput(MainWindow *window)
{
    window->outputPane()->flush();
    return window->outputPane()->text();
}

class DiscardPrompts : public Prompts
{
public:
    UnsavedChoice askUnsavedChanges(QWidget *, const QStringList &) override
    {
        return UnsavedAnswer::Discard;
    }
    bool askRestoreRecovered(QWidget *, const QStringList &) override { return false; }
};

// A loopback port nobody listens on: bound, noted, closed.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// The server dies with the test even if the test crashes: no server is ever left running.
void startWithParentDeath(ServerProcess &server, QString *error, const QStringList &arguments = {})
{
    server.process().setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    *error = server.start(arguments);
}
} // namespace

// The IDE running programs on a real code-remote-server over loopback, through the same window, output
// pane, input line and Stop as local runs; what the user sees when the server is unreachable, refuses
// the token or is full; and where the token is kept.
class TestAppRemote : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_token;
    std::shared_ptr<FakeSecretStore> m_keychain = std::make_shared<FakeSecretStore>();
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    ConnectionIndicator *indicator() const { return m_window->connectionIndicator(); }

    runner::RunResult runAndWait(const QString &source, int timeoutMs = 30000)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(source);
        m_window->action(QStringLiteral("actionRun"))->trigger();
        if (!finished.wait(timeoutMs))
            return {};
        return finished.first().first().value<runner::RunResult>();
    }

    // What a failed remote run must leave alone: the text, the undo history's idea of "modified".
    void checkEditorUntouchedBy(const QString &source, const std::function<void()> &run)
    {
        CodeEditor *editor = m_window->currentEditor();
        editor->setText(source);
        editor->setModified(true);
        const bool undoAvailable = editor->isUndoAvailable();
        run();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_window->currentEditor(), editor);
        QCOMPARE(editor->text(), source);
        QVERIFY(editor->isModified());
        QCOMPARE(editor->isUndoAvailable(), undoAvailable);
        QVERIFY(m_window->action(QStringLiteral("actionRun"))->isEnabled());
    }

    // A run the server side cannot take: it ends as internal_error and leaves the editor alone.
    void runFailingOnTheServerSide(const QString &source)
    {
        checkEditorUntouchedBy(source, [this] {
            QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
            m_window->runCurrent();
            QVERIFY(finished.wait(15000));
            QCOMPARE(finished.first().first().value<runner::RunResult>().status,
                     runner::RunStatus::InternalError);
        });
    }

    void pointAt(const QString &url, const QString &token)
    {
        m_settings->setRemotePreferences({url});
        m_window->tokenKeychain()->setToken(token, m_settings->remotePreferences().url());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<runner::RunResult>();
        if (QFileInfo::exists(ServerProcess::executable())) {
            m_server = std::make_unique<ServerProcess>();
            m_token = m_server->createToken(QStringLiteral("ide"));
            QString error;
            startWithParentDeath(*m_server, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(m_token.startsWith(QStringLiteral("crs_")));
        }
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        RunPreferences run = m_settings->runPreferences();
        run.timeoutSeconds = 20;
        m_settings->setRunPreferences(run);
        AnalysisPreferences analysis = m_settings->analysisPreferences();
        analysis.analyzeAfterRun = false; // the local analyzer is not what these tests are about
        m_settings->setAnalysisPreferences(analysis);
        m_window = std::make_unique<MainWindow>(
            m_settings.get(), WindowStorage{m_dir.filePath(QStringLiteral("s.json")),
                                            m_dir.filePath(QStringLiteral("r")), m_keychain});
        m_window->setPrompts(std::make_unique<DiscardPrompts>());
        // The run states are what these tests watch; watchesTheServerBetweenRuns turns checks on.
        m_window->serverWatch()->setEnabled(false);
        m_window->show();
        m_window->restoreSessionAndRecover();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    // --- Where the token is kept (no server needed) ------------------------------------------------

    void tokenFallsBackToTheSettingsFileWithoutAKeychain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(file);
            TokenKeychain tokens(&settings, std::make_shared<FakeSecretStore>(false));
            QSignalSpy ready(&tokens, &TokenKeychain::ready);
            tokens.load();
            QVERIFY(ready.wait(5000));
            QCOMPARE(tokens.storage(), TokenKeychain::Storage::SettingsFile);
            QVERIFY(tokens.token().isEmpty());
            QSignalSpy saved(&tokens, &TokenKeychain::saved);
            tokens.setToken(QStringLiteral("  crs_plain  "));
            QCOMPARE(tokens.token(), QStringLiteral("crs_plain")); // at once, before the write
            QVERIFY(saved.wait(5000));
            QCOMPARE(settings.plainTextRemoteToken(), QStringLiteral("crs_plain"));
            QVERIFY(!tokens.keychainError().isEmpty());
        }
        // The next start finds it in the file, still without a keychain.
        AppSettings settings(file);
        QCOMPARE(settings.plainTextRemoteToken(), QStringLiteral("crs_plain"));
        TokenKeychain tokens(&settings, std::make_shared<FakeSecretStore>(false));
        QSignalSpy ready(&tokens, &TokenKeychain::ready);
        tokens.load();
        QVERIFY(ready.wait(5000));
        QCOMPARE(tokens.token(), QStringLiteral("crs_plain"));
        QCOMPARE(tokens.storage(), TokenKeychain::Storage::SettingsFile);
    }

    void settingsFileHoldingTheTokenIsTheOwnersAlone()
    {
        // Another local user must never read the token: the file is 0600 before the token is written,
        // stays so across QSettings' rewrites, and an older file created wider is narrowed at start.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        const auto mode = [&file] {
            struct stat st {};
            return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
        };
        {
            const mode_t old = ::umask(022); // the usual umask, under which a new file is world-readable
            AppSettings settings(file);
            ::umask(old);
            QCOMPARE(mode(), 0600);
            TokenKeychain tokens(&settings, std::make_shared<FakeSecretStore>(false));
            QSignalSpy saved(&tokens, &TokenKeychain::saved);
            tokens.setToken(QStringLiteral("crs_private"));
            QVERIFY(saved.wait(5000));
            QCOMPARE(settings.plainTextRemoteToken(), QStringLiteral("crs_private"));
            QCOMPARE(mode(), 0600);
            AnalysisPreferences analysis = settings.analysisPreferences();
            analysis.geminiApiKey = QStringLiteral("gemini-secret");
            settings.setAnalysisPreferences(analysis);
            settings.sync();
            QCOMPARE(mode(), 0600);
        }
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0); // as an older version left it
        AppSettings settings(file);
        QCOMPARE(mode(), 0600);
        QCOMPARE(settings.plainTextRemoteToken(), QStringLiteral("crs_private"));
    }

    void tokenInTheKeychainNeverReachesTheSettingsFile()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        auto keychain = std::make_shared<FakeSecretStore>();
        TokenKeychain tokens(&settings, keychain);
        QSignalSpy saved(&tokens, &TokenKeychain::saved);
        tokens.setToken(QStringLiteral("crs_secret"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(tokens.storage(), TokenKeychain::Storage::Keychain);
        QCOMPARE(keychain->values.value(TokenKeychain::kKeychainKey), QStringLiteral("crs_secret"));
        QVERIFY(settings.plainTextRemoteToken().isEmpty());
        QFile raw(settings.fileName());
        if (raw.open(QIODevice::ReadOnly))
            QVERIFY(!raw.readAll().contains("crs_secret"));

        // Cleared: gone from the keychain as well.
        tokens.setToken(QString());
        QVERIFY(saved.wait(5000));
        QVERIFY(!keychain->values.contains(TokenKeychain::kKeychainKey));
    }

    void tokenLeftInTheFileMovesToTheKeychainOnceItWorks()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setPlainTextRemoteToken(QStringLiteral("crs_newer"));
        auto keychain = std::make_shared<FakeSecretStore>();
        keychain->values.insert(TokenKeychain::kKeychainKey, QStringLiteral("crs_older"));
        TokenKeychain tokens(&settings, keychain);
        QSignalSpy ready(&tokens, &TokenKeychain::ready);
        QSignalSpy saved(&tokens, &TokenKeychain::saved);
        tokens.load();
        QVERIFY(ready.wait(5000));
        QCOMPARE(tokens.token(), QStringLiteral("crs_newer"));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 5000); // perhaps already written while loading
        QCOMPARE(tokens.storage(), TokenKeychain::Storage::Keychain);
        QCOMPARE(keychain->values.value(TokenKeychain::kKeychainKey), QStringLiteral("crs_newer"));
        QVERIFY(settings.plainTextRemoteToken().isEmpty());
    }

    void writesReachTheKeychainInOrder()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        auto keychain = std::make_shared<FakeSecretStore>();
        TokenKeychain tokens(&settings, keychain);
        QSignalSpy saved(&tokens, &TokenKeychain::saved);
        tokens.setToken(QStringLiteral("crs_1"));
        tokens.setToken(QStringLiteral("crs_2"));
        tokens.setToken(QStringLiteral("crs_3"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(keychain->values.value(TokenKeychain::kKeychainKey), QStringLiteral("crs_3"));
        QCOMPARE(keychain->writes, 2); // the first, then only the newest of those that waited
    }

    void realKeychainWithoutASecretServiceFallsBackToTheFile()
    {
        // TestEnvironment points the D-Bus session bus nowhere: this is CI's and a headless box's case.
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        TokenKeychain tokens(&settings,
                          std::make_shared<KeychainSecretStore>(QStringLiteral("code-remote-test")));
        QSignalSpy ready(&tokens, &TokenKeychain::ready);
        tokens.load();
        QVERIFY(ready.wait(30000));
        QCOMPARE(tokens.storage(), TokenKeychain::Storage::SettingsFile);
        QSignalSpy saved(&tokens, &TokenKeychain::saved);
        tokens.setToken(QStringLiteral("crs_fallback"));
        QVERIFY(saved.wait(30000));
        QCOMPARE(settings.plainTextRemoteToken(), QStringLiteral("crs_fallback"));
    }

    void settingsDialogWarnsWhenTheTokenIsInTheFile()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        // Where the token goes matters to someone who runs on the server (tst_app_settings: a local
        // user without a token gets no warning).
        RunPreferences run = settings.runPreferences();
        run.target = ExecutionTarget::Remote;
        settings.setRunPreferences(run);
        auto keychain = std::make_shared<FakeSecretStore>(false);
        TokenKeychain tokens(&settings, keychain);
        SettingsDialog dialog(&settings, &tokens);
        dialog.show();
        QTRY_VERIFY(dialog.tokenEdit()->isEnabled()); // once the keychain answered
        QVERIFY(dialog.tokenStorageNote()->isVisible());
        QVERIFY2(dialog.tokenStorageNote()->text().contains(
                     QStringLiteral("stored in plain text in the settings file")),
                 qPrintable(dialog.tokenStorageNote()->text()));
        // It names the file and does not claim more exposure than there is: the file is the user's alone.
        QVERIFY(dialog.tokenStorageNote()->text().contains(QDir::toNativeSeparators(settings.fileName())));
        QVERIFY(dialog.tokenStorageNote()->text().contains(QStringLiteral("only your user account can read")));
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog.tokenEdit(), QStringLiteral("crs_typed"));
        dialog.close(); // closing keeps what was typed, as everywhere in this dialog
        QTRY_COMPARE(settings.plainTextRemoteToken(), QStringLiteral("crs_typed"));

        // With a keychain the note says so and warns of nothing.
        AppSettings other(dir.filePath(QStringLiteral("other.ini")));
        TokenKeychain safe(&other, std::make_shared<FakeSecretStore>());
        SettingsDialog good(&other, &safe);
        good.show();
        QTRY_VERIFY(good.tokenEdit()->isEnabled());
        QVERIFY(good.tokenStorageNote()->text().contains(QStringLiteral("keychain")));
        QVERIFY(!good.tokenStorageNote()->text().contains(QStringLiteral("settings file")));
    }

    void indicatorSaysTheStateInWords()
    {
        ConnectionIndicator label;
        label.setTarget(ExecutionTarget::Remote);
        label.setServer(QUrl(QStringLiteral("http://example.test:8000")), true);
        const std::pair<State, QString> states[] = {
            {State::Connecting, QStringLiteral("Server: connecting…")},
            {State::Connected, QStringLiteral("Server: connected")},
            {State::Reconnecting, QStringLiteral("Server: reconnecting…")},
            {State::Disconnected, QStringLiteral("Server: disconnected")},
        };
        for (const auto &[state, text] : states) {
            label.setConnectionState(state);
            QCOMPARE(label.accessibleName(), text);
            QVERIFY(label.text().contains(text)); // the words are on screen, not only a colour
        }
        label.setFailure({remote::ErrorCode::Unauthorized, QString(), 0});
        QCOMPARE(label.accessibleName(), QStringLiteral("Server: token refused"));
        QVERIFY(label.accessibleDescription().contains(QStringLiteral("example.test")));
        label.setConnectionState(State::Connecting); // a new attempt forgets the old failure
        QCOMPARE(label.accessibleName(), QStringLiteral("Server: connecting…"));
        label.setConnectionState(State::Disconnected);
        label.setServer(QUrl(), false);
        QCOMPARE(label.accessibleName(), QStringLiteral("Server: not set up"));
        label.setTarget(ExecutionTarget::Local);
        QCOMPARE(label.status().kind(), ConnectionStatus::Kind::Local);
    }

    void serverUrlAcceptsWhatPeopleType()
    {
        const std::pair<QString, QUrl> cases[] = {
            {QStringLiteral("127.0.0.1:8000"), QUrl(QStringLiteral("http://127.0.0.1:8000"))},
            {QStringLiteral("localhost:8000"), QUrl(QStringLiteral("http://localhost:8000"))},
            {QStringLiteral(" https://code.example.org "), QUrl(QStringLiteral("https://code.example.org"))},
            {QStringLiteral("wss://code.example.org/ws"), QUrl(QStringLiteral("wss://code.example.org/ws"))},
            {QString(), QUrl()},
        };
        for (const auto &[text, url] : cases)
            QCOMPARE(RemotePreferences{text}.url(), url);
        // Whatever cannot be used is refused in words before anything is sent.
        const remote::RemoteTarget ftp{RemotePreferences{QStringLiteral("ftp://x")}.url(),
                                       QStringLiteral("t")};
        QVERIFY(ftp.validate().contains(QStringLiteral("http://")));
    }

    // --- Through the window, against the real server -----------------------------------------------

    void serverIsSetUpInTheSettingsDialog()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        QVERIFY(!indicator()->isVisible()); // local runs: nothing to say about a server
        QAction *serverSettings = m_window->runTargetSwitch()->serverSettingsAction();
        serverSettings->trigger();
        SettingsDialog *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY(dialog->tokenEdit()->isEnabled());
        QVERIFY(dialog->tokenStorageNote()->text().contains(QStringLiteral("keychain")));
        dialog->targetBox()->setCurrentIndex(dialog->targetBox()->findData(int(ExecutionTarget::Remote)));
        QTest::keyClicks(dialog->serverUrlEdit(), QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        QTest::keyClicks(dialog->tokenEdit(), m_token);
        QSignalSpy saved(m_window->tokenKeychain(), &TokenKeychain::saved);
        QTest::keyClick(dialog->tokenEdit(), Qt::Key_Return); // finishing the edit stores the token
        QVERIFY(saved.wait(5000));
        dialog->close();

        QCOMPARE(m_settings->runPreferences().target, ExecutionTarget::Remote);
        QCOMPARE(m_settings->remotePreferences().url(), QUrl(m_server->baseUrl()));
        QCOMPARE(m_keychain->values.value(TokenKeychain::kKeychainKey), m_token);
        QVERIFY(m_settings->plainTextRemoteToken().isEmpty());
        QVERIFY(m_window->runTargetSwitch()->remoteAction()->isChecked());
        QVERIFY(indicator()->isVisible());
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: disconnected"));
        // The choice survives a restart.
        AppSettings reread(m_settings->fileName());
        QCOMPARE(reread.runPreferences().target, ExecutionTarget::Remote);
        QCOMPARE(reread.remotePreferences().serverUrl, QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
    }

    void runsOnTheServerStreamingOutputAndTakingInput()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        QStringList seen;
        const QMetaObject::Connection recording =
            connect(m_window->sessionFactory(), &TargetSessionFactory::connectionStateChanged, this,
                    [this, &seen] { seen << indicator()->accessibleName(); });
        const auto stopRecording = qScopeGuard([recording] { QObject::disconnect(recording); });
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        CodeEditor *editor = m_window->currentEditor();
        editor->setText(QStringLiteral(
            "print('before input', flush=True)\nname = input('name? ')\nprint('hello', name)\n"));
        QTest::keyClick(editor->viewport(), Qt::Key_F5);
        if (finished.isEmpty() && !m_window->runController()->isRunning())
            m_window->action(QStringLiteral("actionRun"))->trigger();
        // Output arrives while the program still runs (it is waiting for input).
        QTRY_VERIFY_WITH_TIMEOUT(
            flushedOutput(m_window.get()).contains(QStringLiteral("before input\nname? ")), 20000);
        QVERIFY(finished.isEmpty());
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: connected"));
        // The server says the program blocks on its input (job.input_requested): the status bar shows it.
        QLabel *runState = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("runStateLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(runState->text(), QStringLiteral("Waiting for input"), 20000);
        // Typed in the console, where the prompt is.
        OutputView *console = m_window->outputPane()->view();
        console->setFocus();
        QTest::keyClicks(console, QStringLiteral("Ada"));
        QVERIFY(flushedOutput(m_window.get()).endsWith(QStringLiteral("name? Ada")));
        QTest::keyClick(console, Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        const auto result = finished.first().first().value<runner::RunResult>();
        QVERIFY2(result.status == runner::RunStatus::Ok, qPrintable(result.message));
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(QStringLiteral("Running Untitled")) && text.contains(m_server->baseUrl()),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("name? Ada\nhello Ada\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Finished · exit code 0")));
        QVERIFY2(seen.mid(0, 2) == QStringList({QStringLiteral("Server: connecting…"),
                                                QStringLiteral("Server: connected")}),
                 qPrintable(seen.join(QStringLiteral(" | "))));
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: disconnected"));
    }

    void endOfInputReachesTheRemoteProgram()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(
            QStringLiteral("n = 0\nwhile True:\n    try:\n        input()\n    except EOFError:\n        "
                           "break\n    n += 1\nprint(n, 'lines')\n"));
        m_window->runCurrent();
        // Typed ahead in the console, before the program asks.
        OutputView *input = m_window->outputPane()->view();
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("a"));
        QTest::keyClick(input, Qt::Key_Return);
        QTest::keyClicks(input, QStringLiteral("b"));
        QTest::keyClick(input, Qt::Key_Return);
        QTest::keyClick(input, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QVERIFY2(flushedOutput(m_window.get()).contains(QStringLiteral("2 lines")),
                 qPrintable(flushedOutput(m_window.get())));
    }

    void stopCancelsTheRemoteRun()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->currentEditor()->setText(
            QStringLiteral("print('spinning', flush=True)\nwhile True:\n    pass\n"));
        m_window->runCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(flushedOutput(m_window.get()).contains(QStringLiteral("spinning")), 20000);
        QVERIFY(m_window->action(QStringLiteral("actionStop"))->isEnabled());
        QElapsedTimer clock;
        clock.start();
        m_window->action(QStringLiteral("actionStop"))->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::Cancelled);
        QVERIFY(flushedOutput(m_window.get()).contains(QStringLiteral("Stopped")));
        QVERIFY(m_window->action(QStringLiteral("actionRun"))->isEnabled());
    }

    void tracebackFromTheServerLinksToTheLine()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
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

    void unreachableServerSaysSoAndKeepsTheCode()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        pointAt(QStringLiteral("http://127.0.0.1:%1").arg(port), m_token);
        remote::ReconnectPolicy quick;
        quick.connectAttempts = 2;
        quick.initialDelayMs = 50;
        m_window->sessionFactory()->setReconnectPolicy(quick);
        const QString source = QStringLiteral("# my precious work\nprint('never lost')\n");
        runFailingOnTheServerSide(source);
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(
                     QStringLiteral("Cannot reach the Code Remote server at http://127.0.0.1:%1").arg(port)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Your code was not run")));
        QVERIFY(!text.contains(QStringLiteral("Sandbox error")));
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: unreachable"));
        m_window->sessionFactory()->setReconnectPolicy({});
        pointAt(m_server->baseUrl(), m_token);
    }

    void silentServerEndsTheRunAndKeepsTheCode()
    {
        // The kernel completes the TCP handshake, nothing ever answers the WebSocket upgrade: without a
        // bound the run would hang for the kernel's TCP timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        pointAt(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), m_token);
        remote::ReconnectPolicy quick;
        quick.silenceTimeoutMs = 1000;
        m_window->sessionFactory()->setReconnectPolicy(quick);
        const QString source = QStringLiteral("print('kept while the server is silent')\n");
        QElapsedTimer clock;
        clock.start();
        runFailingOnTheServerSide(source);
        QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()).constData());
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(QStringLiteral("did not answer within 1 second")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Your code was not run")));
        QVERIFY(!m_window->action(QStringLiteral("actionStop"))->isEnabled());
        m_window->sessionFactory()->setReconnectPolicy({});
        if (m_server)
            pointAt(m_server->baseUrl(), m_token);
    }

    void serverIdentityIgnoresSchemeAndPath()
    {
        using remote::RemoteTarget;
        QCOMPARE(RemoteTarget::serverIdentity(QUrl(QStringLiteral("http://Example.org:8000/x"))),
                 QStringLiteral("example.org:8000"));
        QCOMPARE(RemoteTarget::serverIdentity(QUrl(QStringLiteral("ws://example.org:8000/ws"))),
                 QStringLiteral("example.org:8000"));
        QCOMPARE(RemoteTarget::serverIdentity(QUrl(QStringLiteral("https://example.org"))),
                 QStringLiteral("example.org:443"));
        QCOMPARE(RemoteTarget::serverIdentity(QUrl(QStringLiteral("http://example.org"))),
                 QStringLiteral("example.org:80"));
        QVERIFY(RemoteTarget::serverIdentity(QUrl()).isEmpty());
    }

    void tokenIsNeverSentToAnotherServer()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        // Another server, which would see the token if the IDE sent it: it records every connection.
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        int connections = 0;
        connect(&other, &QTcpServer::newConnection, this, [&connections] { ++connections; });
        m_settings->setRemotePreferences({QStringLiteral("127.0.0.1:%1").arg(other.serverPort())});
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: not set up"));
        const QString source = QStringLiteral("print('for my own server only')\n");
        checkEditorUntouchedBy(source, [this] { m_window->runCurrent(); });
        QVERIFY(!m_window->runController()->isRunning());
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(
            text.contains(QStringLiteral("The API token was entered for 127.0.0.1:%1, so it is not sent to "
                                         "127.0.0.1:%2")
                              .arg(m_server->port())
                              .arg(other.serverPort())),
            qPrintable(text));
        QTest::qWait(200);
        QCOMPARE(connections, 0);
        QCOMPARE(m_window->tokenKeychain()->token(), m_token); // kept for its own server

        // The settings dialog shows no token for the other server, and leaving the field alone keeps it.
        SettingsDialog *dialog = m_window->openSettings(true);
        QTRY_VERIFY(dialog->tokenEdit()->isEnabled());
        QVERIFY(dialog->tokenEdit()->text().isEmpty());
        QVERIFY(dialog->tokenEdit()->placeholderText().contains(
            QStringLiteral("127.0.0.1:%1").arg(m_server->port())));
        dialog->tokenEdit()->setFocus();
        dialog->serverUrlEdit()->setFocus(); // editingFinished on the untouched field
        QCOMPARE(m_window->tokenKeychain()->token(), m_token);
        // Back to its own server: the field shows it again and runs work.
        dialog->serverUrlEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        QCOMPARE(dialog->tokenEdit()->text(), m_token);
        dialog->close();
        QCOMPARE(runAndWait(QStringLiteral("print('home again')\n")).status, runner::RunStatus::Ok);
    }

    void tokenWithoutAServerBelongsToTheFirstOneUsed()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        // As an older version left it: a token bound to no server.
        m_window->tokenKeychain()->setToken(m_token, QUrl());
        QVERIFY(m_window->tokenKeychain()->server().isEmpty());
        QCOMPARE(runAndWait(QStringLiteral("print('first use')\n")).status, runner::RunStatus::Ok);
        QCOMPARE(m_window->tokenKeychain()->server(), QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        QCOMPARE(m_settings->remoteTokenServer(), m_window->tokenKeychain()->server());
    }

    void watchesTheServerBetweenRuns()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        ServerWatch *watch = m_window->serverWatch();
        watch->firstRetryMs = 100;
        const auto restore = qScopeGuard([this, watch] {
            watch->setEnabled(false);
            watch->firstRetryMs = 5000;
            pointAt(m_server->baseUrl(), m_token);
        });
        QCOMPARE(m_settings->runPreferences().target, ExecutionTarget::Remote);
        pointAt(m_server->baseUrl(), m_token);
        watch->setEnabled(true);
        QCOMPARE(watch->server(), QUrl(m_server->baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(indicator()->accessibleName(), QStringLiteral("Server: online"), 10000);

        // A server that is gone: unreachable before any run, and online again once it is back.
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        pointAt(QStringLiteral("http://127.0.0.1:%1").arg(port), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(indicator()->accessibleName(), QStringLiteral("Server: unreachable"),
                                  10000);
        QByteArray requests; // outlives the server's sockets, which append to it
        QTcpServer comesBack;
        QVERIFY(comesBack.listen(QHostAddress::LocalHost, port));
        connect(&comesBack, &QTcpServer::newConnection, &comesBack, [&comesBack, &requests] {
            QTcpSocket *socket = comesBack.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                requests += socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                              "Connection: close\r\n\r\n{\"status\":\"ok\"}");
                socket->disconnectFromHost();
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(indicator()->accessibleName(), QStringLiteral("Server: online"), 10000);
        // The check never carries the token, and ws(s) URLs are checked over http(s).
        QVERIFY2(requests.startsWith("GET /health "), requests.constData());
        QVERIFY(!requests.contains(m_token.toUtf8()));
        QVERIFY(!requests.toLower().contains("authorization"));
        QCOMPARE(remote::HealthProbe::healthUrl(QUrl(QStringLiteral("wss://h:9/ws"))),
                 QUrl(QStringLiteral("https://h:9/health")));
    }

    void badTokenSaysSoAndKeepsTheCode()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        pointAt(m_server->baseUrl(), QStringLiteral("crs_not_a_real_token"));
        const QString source = QStringLiteral("print('still here')\n");
        checkEditorUntouchedBy(source, [this] {
            QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
            m_window->runCurrent();
            QVERIFY(finished.wait(15000));
        });
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(QStringLiteral("refused the API token")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("still here\n"))); // it did not run
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: token refused"));
        pointAt(m_server->baseUrl(), m_token);
        // With the right token again the next run works and the indicator forgets the refusal.
        QCOMPARE(runAndWait(QStringLiteral("print('again')\n")).status, runner::RunStatus::Ok);
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: disconnected"));
    }

    void fullQueueSaysBusyAndKeepsTheCode()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        ServerProcess small;
        const QString token = small.createToken(QStringLiteral("queue"));
        QString error;
        startWithParentDeath(small, &error,
                             {QStringLiteral("--workers"), QStringLiteral("1"),
                              QStringLiteral("--queue-size"), QStringLiteral("1"),
                              QStringLiteral("--max-jobs-per-token"), QStringLiteral("0"),
                              QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // One job runs and one waits: the queue is full.
        runner::RunRequest spin;
        spin.source = "while True:\n    pass\n";
        spin.policy.limits.wallMs = 15000;
        remote::RemoteRunSession running({QUrl(small.baseUrl()), token});
        remote::RemoteRunSession waiting({QUrl(small.baseUrl()), token});
        QSignalSpy runningStarted(&running, &runner::RunSession::started);
        running.start(spin);
        QVERIFY(runningStarted.wait(15000));
        waiting.start(spin);
        QTRY_VERIFY_WITH_TIMEOUT(!waiting.jobId().isEmpty(), 15000);

        pointAt(small.baseUrl(), token);
        const QString source = QStringLiteral("print('queued work')\n");
        checkEditorUntouchedBy(source, [this] {
            QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
            m_window->runCurrent();
            QVERIFY(finished.wait(15000));
        });
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(QStringLiteral("The server is busy")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Your code is kept")));
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: busy"));

        QSignalSpy runningDone(&running, &runner::RunSession::finished);
        QSignalSpy waitingDone(&waiting, &runner::RunSession::finished);
        running.stop();
        waiting.stop();
        QTRY_VERIFY_WITH_TIMEOUT(runningDone.size() == 1 && waitingDone.size() == 1, 15000);
        QCOMPARE(small.terminate(), 0);
        pointAt(m_server->baseUrl(), m_token);
    }

    void missingServerSettingsSayWhatToDo()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        pointAt(QString(), m_token);
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: not set up"));
        const QString source = QStringLiteral("print('waiting for a server')\n");
        checkEditorUntouchedBy(source, [this] { m_window->runCurrent(); });
        QVERIFY(!m_window->runController()->isRunning());
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(QStringLiteral("No server URL is set")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Settings")));
        pointAt(m_server->baseUrl(), m_token);
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: disconnected"));
    }

    void reconnectsWhenTheServerComesBack()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        ServerProcess flaky;
        const QString token = flaky.createToken(QStringLiteral("flaky"));
        QString error;
        startWithParentDeath(flaky, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const quint16 port = flaky.port();
        pointAt(flaky.baseUrl(), token);
        // Retries for ~10 s, so a slow restart on a loaded machine still finds the session waiting.
        remote::ReconnectPolicy patient;
        patient.maxAttempts = 12;
        patient.maxDelayMs = 1000;
        m_window->sessionFactory()->setReconnectPolicy(patient);
        QStringList seen;
        const QMetaObject::Connection recording =
            connect(m_window->sessionFactory(), &TargetSessionFactory::connectionStateChanged, this,
                    [this, &seen] { seen << indicator()->accessibleName(); });
        const auto stopRecording = qScopeGuard([recording] { QObject::disconnect(recording); });

        const QString source = QStringLiteral("print('waiting', flush=True)\ninput()\n");
        std::unique_ptr<ServerProcess> again;
        checkEditorUntouchedBy(source, [&] {
            QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
            m_window->runCurrent();
            QTRY_VERIFY_WITH_TIMEOUT(flushedOutput(m_window.get()).contains(QStringLiteral("waiting")),
                                     20000);
            flaky.kill9(); // the connection drops mid-run
            QTRY_COMPARE_WITH_TIMEOUT(indicator()->accessibleName(), QStringLiteral("Server: reconnecting…"),
                                      5000);
            again = std::make_unique<ServerProcess>(flaky.dataDir());
            startWithParentDeath(*again, &error,
                                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // Back on the same address, the session re-attaches and hears how the interrupted job ended.
            QVERIFY(finished.wait(20000));
        });
        QVERIFY2(seen.contains(QStringLiteral("Server: reconnecting…")),
                 qPrintable(seen.join(QStringLiteral(" | "))));
        QVERIFY2(seen.count(QStringLiteral("Server: connected")) >= 2,
                 qPrintable(seen.join(QStringLiteral(" | "))));
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(QStringLiteral("interrupted")), qPrintable(text));
        QCOMPARE(indicator()->accessibleName(), QStringLiteral("Server: disconnected"));
        if (again)
            QCOMPARE(again->terminate(), 0);
        m_window->sessionFactory()->setReconnectPolicy({});
        pointAt(m_server->baseUrl(), m_token);
    }

    void runPressedBeforeTheKeychainAnswersStillRuns()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        QCOMPARE(m_settings->runPreferences().target, ExecutionTarget::Remote);
        auto keychain = std::make_shared<FakeSecretStore>();
        keychain->values.insert(TokenKeychain::kKeychainKey, m_token);
        QTemporaryDir dir;
        MainWindow window(m_settings.get(), WindowStorage{dir.filePath(QStringLiteral("s.json")),
                                                          dir.filePath(QStringLiteral("r")), keychain});
        window.setPrompts(std::make_unique<DiscardPrompts>());
        window.show();
        window.restoreSessionAndRecover();
        QVERIFY(!window.tokenKeychain()->isReady()); // the keychain answers from the event loop
        window.currentEditor()->setText(QStringLiteral("print('after the keychain')\n"));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.runCurrent();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::Ok);
        QVERIFY(flushedOutput(&window).contains(QStringLiteral("after the keychain\n")));
    }

    // Issue 12: "Switch to Standard and Run Again" is offered for a remote run only by a server whose
    // `hello` says it allows the standard profile; there the button reruns the program in it.
    void switchToStandardIsOfferedOnlyByAServerThatAllowsIt()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        RunPreferences preferences = m_settings->runPreferences();
        const RunPreferences saved = preferences;
        preferences.target = ExecutionTarget::Remote;
        preferences.profile = runner::Profile::Strict;
        m_settings->setRunPreferences(preferences);
        const auto restore = qScopeGuard([&] {
            m_settings->setRunPreferences(saved);
            pointAt(m_server->baseUrl(), m_token);
        });
        QPushButton *button = m_window->violationsDock()->profileNotice()->switchButton();
        const QString refused = QStringLiteral("import os\nprint('whole language', os.sep)\n");

        pointAt(m_server->baseUrl(), m_token);
        QCOMPARE(runAndWait(refused).status, runner::RunStatus::SecurityViolation);
        QCOMPARE(m_window->sessionFactory()->serverProfiles(), QStringList{QStringLiteral("strict")});
        QVERIFY(button->isHidden());
        QVERIFY(flushedOutput(m_window.get()).contains(QStringLiteral("The server runs this program in the strict profile")));

        ServerProcess permissive;
        const QString token = permissive.createToken(QStringLiteral("standard"));
        QString error;
        startWithParentDeath(permissive, &error, {QStringLiteral("--allow-standard-profile"), QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        pointAt(permissive.baseUrl(), token);
        // Nothing is known of a server before it answered: no button on a guess.
        QVERIFY(m_window->sessionFactory()->serverProfiles().isEmpty());
        QCOMPARE(runAndWait(refused).status, runner::RunStatus::SecurityViolation);
        QCOMPARE(m_window->sessionFactory()->serverProfiles(),
                 QStringList({QStringLiteral("strict"), QStringLiteral("standard")}));
        QVERIFY(!button->isHidden());
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<runner::RunResult>();
        QVERIFY2(result.status == runner::RunStatus::Ok, qPrintable(result.message));
        QCOMPARE(result.profile, QStringLiteral("standard"));
        QVERIFY(flushedOutput(m_window.get()).contains(QStringLiteral("whole language /")));
        QCOMPARE(m_settings->runPreferences().profile, runner::Profile::Standard);
        QCOMPARE(permissive.terminate(), 0);
    }

    // Issue 16: Debug and the shell on the server target run there (the server builds the agent from the
    // code): a breakpoint stops, a step and an evaluation answer, the shell keeps its variables, and each
    // session is a job on the server.
    void debugAndShellRunOnTheServer()
    {
        if (!m_server)
            QSKIP("code-remote-server is not built");
        pointAt(m_server->baseUrl(), m_token);
        RunPreferences run = m_settings->runPreferences();
        run.target = ExecutionTarget::Remote;
        run.profile = runner::Profile::Strict;
        m_settings->setRunPreferences(run);
        const auto jobsFinished = [this] { return m_server->log().count("\"job.finished\""); };
        const qsizetype before = jobsFinished();

        CodeEditor *editor = m_window->currentEditor();
        editor->setText(QStringLiteral("def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n"
                                       "    return total\n\nx = f(3)\nprint('x is', x)\n"));
        editor::BreakpointMarkers *markers = editor::BreakpointMarkers::of(editor);
        markers->setBreakpoint(4, QStringLiteral("i == 2"));
        DebugController *debugger = m_window->debugging()->debugger();
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        debugger->debugCurrent();
        QVERIFY(QTest::qWaitFor([&] { return debugger->state() == DebugController::State::Paused; }, 30'000));
        QCOMPARE(markers->executionLine(), 4);
        DebugDock *dock = m_window->debugging()->debugDock();
        dock->expressionLine()->setText(QStringLiteral("total * 10 + i"));
        QTest::keyClick(dock->expressionLine(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return dock->evaluationResult()->text().startsWith(QLatin1String("12 (int)")); }, 20'000));
        markers->toggle(4);
        debugger->resume(QStringLiteral("over"));
        QVERIFY(QTest::qWaitFor([&] { return debugger->state() == DebugController::State::Paused
                                             && markers->executionLine() == 3; }, 20'000));
        debugger->resume(QStringLiteral("continue"));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::Ok);
        const QString text = flushedOutput(m_window.get());
        QVERIFY2(text.contains(m_server->baseUrl()) && text.contains(QStringLiteral("x is 3")), qPrintable(text));
        QTRY_COMPARE_WITH_TIMEOUT(jobsFinished(), before + 1, 10'000);

        ShellController *shell = m_window->debugging()->shell();
        QString shellOut;
        connect(shell, &ShellController::output, this, [&shellOut](const QString &text) { shellOut += text; });
        shell->start();
        QVERIFY(QTest::qWaitFor([&] { return shell->prompt() == QLatin1String(">>> "); }, 30'000));
        shell->submit(QStringLiteral("y = 6"));
        QVERIFY(QTest::qWaitFor([&] { return shell->prompt() == QLatin1String(">>> "); }, 20'000));
        shell->submit(QStringLiteral("print(y * 7)"));
        QVERIFY(QTest::qWaitFor([&] { return shellOut.contains(QStringLiteral("42\n")); }, 20'000));
        shell->stop();
        QTRY_COMPARE_WITH_TIMEOUT(jobsFinished(), before + 2, 20'000);
        QVERIFY(!shell->isRunning());
    }

    void targetSwitchChoosesWhereProgramsRun()
    {
        RunTargetSwitch *targets = m_window->runTargetSwitch();
        targets->localAction()->trigger();
        QCOMPARE(m_settings->runPreferences().target, ExecutionTarget::Local);
        QVERIFY(targets->button()->text().contains(QStringLiteral("Local")));
        QVERIFY(!indicator()->isVisible());
        QCOMPARE(AppSettings(m_settings->fileName()).runPreferences().target, ExecutionTarget::Local);
        QCOMPARE(m_window->sessionFactory()->target(), ExecutionTarget::Local);
        targets->remoteAction()->trigger();
        QCOMPARE(m_settings->runPreferences().target, ExecutionTarget::Remote);
        QVERIFY(targets->button()->text().contains(QStringLiteral("Server")));
        QVERIFY(indicator()->isVisible());
        // The same menu is in the Run menu.
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("runTargetMenu")));
    }
};

CODE_REMOTE_TEST_MAIN(TestAppRemote)
#include "tst_app_remote.moc"
