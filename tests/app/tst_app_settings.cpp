#include "FakeSecretStore.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <sys/prctl.h>

#include <csignal>

#include <app/AppSettings.h>
#include <app/MainWindow.h>
#include <app/SettingsDialog.h>
#include <app/TokenKeychain.h>

#include <QComboBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTcpServer>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace app;

// The settings dialog as a new local user sees it, and its "Test connection" against a real
// code-remote-server on loopback (issue 12, point 13).
class TestAppSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_token;

    // Fills the dialog's fields as a user would, presses the button, returns what the dialog says.
    static QString testConnection(SettingsDialog *dialog, const QString &url, const QString &token)
    {
        QLineEdit *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
        if (!server)
            return QStringLiteral("no server field");
        server->setText(url);
        dialog->tokenEdit()->setText(token);
        QTest::mouseClick(dialog->testConnectionButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([dialog] { return dialog->testConnectionButton()->isEnabled(); }, 20000))
            return QStringLiteral("no answer");
        return dialog->connectionResult()->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(ServerProcess::executable()), qPrintable(ServerProcess::executable()));
        m_server = std::make_unique<ServerProcess>();
        m_token = m_server->createToken(QStringLiteral("settings"));
        QVERIFY(m_token.startsWith(QStringLiteral("crs_")));
        // The server dies with the test even if the test crashes.
        m_server->process().setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        const QString error = m_server->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
    }

    void testConnectionReportsLatencyAndTheToken()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("test.ini")));
        SettingsDialog *dialog = nullptr;
        WindowStorage storage{m_dir.filePath(QStringLiteral("t.json")), m_dir.filePath(QStringLiteral("t")),
                              std::make_shared<FakeSecretStore>()};
        MainWindow window(&settings, storage);
        window.show();
        dialog = window.openSettings(true);
        QTRY_VERIFY(dialog->tokenEdit()->isEnabled());

        const QString good = testConnection(dialog, m_server->baseUrl(), m_token);
        qInfo("%s", qPrintable(good));
        QVERIFY2(QRegularExpression(QStringLiteral("^Connected in \\d+ ms, token accepted$")).match(good).hasMatch(),
                 qPrintable(good));

        const QString bad = testConnection(dialog, m_server->baseUrl(), QStringLiteral("crs_not_a_real_token"));
        QVERIFY2(bad.contains(QStringLiteral("refused the token (HTTP 401)")), qPrintable(bad));

        const QString none = testConnection(dialog, m_server->baseUrl(), QString());
        QVERIFY2(none.contains(QStringLiteral("enter the API token")), qPrintable(none));

        // A port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString down = testConnection(dialog, QStringLiteral("127.0.0.1:%1").arg(port), m_token);
        QVERIFY2(down.startsWith(QStringLiteral("Cannot reach the server:")), qPrintable(down));
        QVERIFY2(down.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(down));

        const QString empty = testConnection(dialog, QString(), m_token);
        QCOMPARE(empty, QStringLiteral("Enter the server's address first"));
    }

    void noKeychainWarningForALocalUserWithoutToken()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("local.ini")));
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")), m_dir.filePath(QStringLiteral("recovery")),
                              std::make_shared<FakeSecretStore>(false)};
        MainWindow window(&settings, storage);
        window.show();
        SettingsDialog *dialog = window.openSettings();
        QTRY_COMPARE(window.tokenKeychain()->storage(), TokenKeychain::Storage::SettingsFile);
        QLabel *note = dialog->tokenStorageNote();
        QCOMPARE(settings.runPreferences().target, ExecutionTarget::Local);
        QVERIFY2(!note->isVisibleTo(dialog), qPrintable(note->text()));

        // Choosing the server makes where its token goes relevant.
        dialog->targetBox()->setCurrentIndex(dialog->targetBox()->findData(int(ExecutionTarget::Remote)));
        QVERIFY(note->isVisibleTo(dialog));
        QVERIFY2(note->text().contains(QStringLiteral("plain text")), qPrintable(note->text()));
        dialog->targetBox()->setCurrentIndex(dialog->targetBox()->findData(int(ExecutionTarget::Local)));
        QVERIFY(!note->isVisibleTo(dialog));
        // So does typing a token, even for local runs.
        QTest::keyClicks(dialog->tokenEdit(), QStringLiteral("abc"));
        QVERIFY(note->isVisibleTo(dialog));
    }

    void defaultSettingsFileIsWhereTheReadmeSays()
    {
        // main() names the organisation and the application "code-remote"; QSettings' directory is
        // <config>/<organisation>/<application>, so the file is ~/.config/code-remote/code-remote/code-remote.ini.
        const QString organisation = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("code-remote"));
        QCoreApplication::setApplicationName(QStringLiteral("code-remote"));
        const QString fileName = AppSettings().fileName();
        QCoreApplication::setOrganizationName(organisation);
        QCoreApplication::setApplicationName(application);
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QCOMPARE(fileName, config + QStringLiteral("/code-remote/code-remote/code-remote.ini"));
    }
};

CODE_REMOTE_TEST_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
