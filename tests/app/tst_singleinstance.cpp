// Single instance: a second `code-remote FILE` (the real binary, in a process of its own) hands FILE
// to the first instance and exits; the first opens it in its window. A stale socket left by a crashed
// instance is replaced, and the socket is the user's alone.
#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include "FakeSecretStore.h"
#include <app/MainWindow.h>
#include <app/SingleInstance.h>
#include "TestEnvironment.h"

#include <editor/CodeEditor.h>

#include <QFile>
#include <QFileOpenEvent>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace app;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private:
    // The real IDE binary, as a file manager starts it: in its own directory, its own runtime dir.
    static QString ideBinary()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote");
    }

    static QProcess *startIde(const QString &runtimeDir, const QString &workingDir,
                              const QStringList &arguments, QObject *parent)
    {
        auto *process = new QProcess(parent);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), workingDir);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), workingDir + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), workingDir + QStringLiteral("/data"));
        process->setProcessEnvironment(environment);
        process->setWorkingDirectory(workingDir);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(ideBinary(), arguments);
        return process;
    }

    static QTemporaryDir *privateRuntimeDir()
    {
        auto *dir = new QTemporaryDir;
        ::chmod(QFile::encodeName(dir->path()).constData(), 0700);
        return dir;
    }

private Q_SLOTS:
    void secondProcessHandsItsFilesToTheWindow()
    {
        QTemporaryDir work;
        std::unique_ptr<QTemporaryDir> runtime(privateRuntimeDir());
        QVERIFY(QDir(work.path()).mkpath(QStringLiteral("project")));
        QFile file(work.filePath(QStringLiteral("project/handed.py")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("print('handed over')\n");
        file.close();

        AppSettings settings(work.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&settings, {work.filePath(QStringLiteral("session.json")),
                                      work.filePath(QStringLiteral("recovery")),
                                      std::make_shared<FakeSecretStore>(false)});
        window.show();
        window.showMinimized();
        SingleInstance first(runtime->filePath(QStringLiteral("code-remote.socket")));
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
        first.attach(&window, [&window](const QString &path) { window.openFile(path); });
        QSignalSpy received(&first, &SingleInstance::filesReceived);

        // A relative path, as a shell passes it: the second instance makes it absolute against its own
        // directory, which is not the first's.
        QProcess *second = startIde(runtime->path(), work.filePath(QStringLiteral("project")),
                                    {QStringLiteral("handed.py")}, this);
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 30000);
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList{QFileInfo(file).absoluteFilePath()});

        bool opened = false;
        for (editor::CodeEditor *editor : window.tabs()->editors())
            opened = opened || editor->text() == QStringLiteral("print('handed over')\n");
        QVERIFY2(opened, "the handed file is not open in the first instance's window");
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
    }

    void secondProcessWithoutFilesRaisesTheWindow()
    {
        std::unique_ptr<QTemporaryDir> runtime(privateRuntimeDir());
        QTemporaryDir work;
        QWidget window;
        window.showMinimized();
        SingleInstance first(runtime->filePath(QStringLiteral("code-remote.socket")));
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
        QStringList opened;
        first.attach(&window, [&opened](const QString &path) { opened.append(path); });
        QSignalSpy received(&first, &SingleInstance::filesReceived);

        QProcess *second = startIde(runtime->path(), work.path(), {}, this);
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(received.size(), 1);
        QVERIFY(opened.isEmpty());
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
    }

    // macOS's Finder sends the running application a QFileOpenEvent instead of starting a second one.
    void fileOpenEventOpensTheFile()
    {
        std::unique_ptr<QTemporaryDir> runtime(privateRuntimeDir());
        QWidget window;
        window.showMinimized();
        SingleInstance first(runtime->filePath(QStringLiteral("code-remote.socket")));
        QStringList opened;
        first.attach(&window, [&opened](const QString &path) { opened.append(path); });
        QFileOpenEvent event(QStringLiteral("/tmp/from-finder.py"));
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
        QCOMPARE(opened, QStringList{QStringLiteral("/tmp/from-finder.py")});
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
    }

    // A real first instance (the binary) and a real second one: the second exits at once, the first
    // keeps running with the socket it made, 0600.
    void twoRealProcesses()
    {
        std::unique_ptr<QTemporaryDir> runtime(privateRuntimeDir());
        QTemporaryDir work;
        const QString socket = runtime->filePath(QStringLiteral("code-remote.socket"));
        QProcess *first = startIde(runtime->path(), work.path(), {}, this);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 30000);
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(socket).constData(), &info), 0);
        QVERIFY(S_ISSOCK(info.st_mode));
        QCOMPARE(info.st_mode & 07777, mode_t(0600));

        QFile file(work.filePath(QStringLiteral("second.py")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QProcess *second = startIde(runtime->path(), work.path(), {file.fileName()}, this);
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(first->state(), QProcess::Running);

        first->terminate();
        QVERIFY(first->waitForFinished(30000));
    }

    // An instance that crashed left its socket file behind: nobody answers on it, and the next
    // instance replaces it instead of handing its files into the void.
    void replacesAStaleSocket()
    {
        std::unique_ptr<QTemporaryDir> runtime(privateRuntimeDir());
        const QString path = runtime->filePath(QStringLiteral("code-remote.socket"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd); // bound, never listened, closed: the file stays, as after a crash
        QVERIFY(QFileInfo::exists(path));

        SingleInstance instance(path);
        QString error;
        QCOMPARE(instance.start({QStringLiteral("/tmp/x.py")}, &error), SingleInstance::Role::Primary);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QLocalSocket client;
        client.connectToServer(path);
        QVERIFY(client.waitForConnected(5000));
    }

    // The socket file goes with the instance, so the next one starts as the first.
    void socketGoesWithTheInstance()
    {
        std::unique_ptr<QTemporaryDir> runtime(privateRuntimeDir());
        const QString path = runtime->filePath(QStringLiteral("code-remote.socket"));
        {
            SingleInstance instance(path);
            QCOMPARE(instance.start({}), SingleInstance::Role::Primary);
            QVERIFY(QFileInfo::exists(path));
        }
        QVERIFY(!QFileInfo::exists(path));
    }

    // Something that is not an instance of ours gets nothing and breaks nothing.
    void ignoresAMalformedMessage()
    {
        std::unique_ptr<QTemporaryDir> runtime(privateRuntimeDir());
        const QString path = runtime->filePath(QStringLiteral("code-remote.socket"));
        SingleInstance instance(path);
        QCOMPARE(instance.start({}), SingleInstance::Role::Primary);
        QSignalSpy received(&instance, &SingleInstance::filesReceived);
        QLocalSocket client;
        client.connectToServer(path);
        QVERIFY(client.waitForConnected(5000));
        client.write("not json\n");
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 10000);
        QCOMPARE(received.size(), 0);
        QCOMPARE(client.readAll(), QByteArray());
    }
};

CODE_REMOTE_TEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
