#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <AppSettings.h>
#include <MainWindow.h>
#include <SettingsDialog.h>
#include <TokenStore.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace app;

// The settings dialog as a new local user sees it (issue 12, point 13).
class TestAppSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void noKeychainWarningForALocalUserWithoutToken()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("local.ini")));
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")), m_dir.filePath(QStringLiteral("recovery")),
                              std::make_shared<FakeSecretStore>(false)};
        MainWindow window(&settings, storage);
        window.show();
        SettingsDialog *dialog = window.openSettings();
        QTRY_COMPARE(window.tokenStore()->storage(), TokenStore::Storage::SettingsFile);
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
