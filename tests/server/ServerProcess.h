#pragma once

// A real code-remote-server process on a loopback port chosen by the kernel, for tests and benchmarks.

#include <QCoreApplication>
#include <QDir>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

class ServerProcess
{
public:
    explicit ServerProcess(QString dataDir = QString()) : m_dataDir(std::move(dataDir))
    {
        if (m_dataDir.isEmpty()) {
            m_ownDir = std::make_unique<QTemporaryDir>();
            m_dataDir = m_ownDir->path();
        }
    }
    ~ServerProcess() { stop(); }

    static QString executable()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-server");
    }

    const QString &dataDir() const { return m_dataDir; }
    quint16 port() const { return m_port; }
    // http:// or, when the server was given a certificate, https://.
    QString baseUrl() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port); }
    QProcess &process() { return m_process; }

    // Where the server keeps its jobs: --data-dir, and when CODE_REMOTE_TEST_DATABASE names a
    // PostgreSQL server (tests/postgres/with-postgres.sh), a database of its own for each data
    // directory, so that a server restarted on the same directory finds its jobs, as with SQLite.
    static QStringList storeArguments(const QString &dataDir)
    {
        QStringList arguments{QStringLiteral("--data-dir"), dataDir};
        if (const QString url = postgresDatabase(dataDir); !url.isEmpty())
            arguments << QStringLiteral("--database") << url;
        return arguments;
    }
    static QString postgresServer() { return qEnvironmentVariable("CODE_REMOTE_TEST_DATABASE"); }
    static QString postgresDatabase(const QString &dataDir)
    {
        const QString server = postgresServer();
        if (server.isEmpty())
            return QString();
        const QString name = QStringLiteral("t_")
            + QString::fromLatin1(QCryptographicHash::hash(dataDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
        // CREATE DATABASE fails when it exists: that is the restarted server's case, and fine.
        QProcess psql;
        psql.start(QStringLiteral("psql"), {QStringLiteral("--quiet"), server + QStringLiteral("postgres"),
                                            QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(name)});
        psql.waitForFinished(30'000);
        return server + name;
    }

    // Replicas: servers given the same URL share one database (and their tokens and jobs). The
    // URL "sqlite" keeps the server on its SQLite file whatever CODE_REMOTE_TEST_DATABASE says.
    void useDatabase(const QString &url) { m_database = url; }
    QStringList ownStoreArguments() const
    {
        if (m_database == QLatin1String("sqlite"))
            return {QStringLiteral("--data-dir"), m_dataDir};
        if (m_database.isEmpty())
            return storeArguments(m_dataDir);
        return {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--database"), m_database};
    }

    // `token create NAME`: the token from the last line of standard output.
    QString createToken(const QString &name) const
    {
        QProcess process;
        process.setProcessEnvironment(cleanEnvironment());
        process.start(executable(), QStringList{QStringLiteral("token"), QStringLiteral("create"), name}
                                        + ownStoreArguments());
        process.waitForFinished(10'000);
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        return QString::fromUtf8(lines.last().trimmed());
    }

    // Starts the server and waits for its "server.listening" log line. Empty string: success.
    QString start(const QStringList &extraArguments = {})
    {
        if (const QString error = launch(extraArguments); !error.isEmpty())
            return error;
        return waitUntilListening();
    }

    // start() in two halves, so that several servers can be started at the same moment.
    QString launch(const QStringList &extraArguments = {})
    {
        m_log.clear();
        QStringList arguments = QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + ownStoreArguments();
        arguments += extraArguments;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setProcessEnvironment(cleanEnvironment());
        m_process.start(executable(), arguments);
        if (!m_process.waitForStarted(10'000))
            return QStringLiteral("cannot start %1").arg(executable());
        return QString();
    }

    QString waitUntilListening()
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30'000) {
            m_process.waitForReadyRead(100);
            m_log += m_process.readAllStandardError();
            for (const QByteArray &line : m_log.split('\n')) {
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                if (event.value(QStringLiteral("event")).toString() == QLatin1String("server.listening")) {
                    m_port = quint16(event.value(QStringLiteral("port")).toInt());
                    m_scheme = event.value(QStringLiteral("scheme")).toString(QStringLiteral("http"));
                    return QString();
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                return QStringLiteral("server exited: %1").arg(QString::fromUtf8(m_log));
        }
        return QStringLiteral("server did not report listening: %1").arg(QString::fromUtf8(m_log));
    }

    // SIGTERM and wait: the exit code, or -1 if it did not exit in time.
    int terminate(int timeoutMs = 20'000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    void kill9()
    {
        m_process.kill(); // SIGKILL: no chance to clean up
        m_process.waitForFinished(5'000);
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(15'000)) {
                m_process.kill();
                m_process.waitForFinished(5'000);
            }
        }
    }

    QByteArray log()
    {
        m_log += m_process.readAllStandardError();
        return m_log;
    }

private:
    // The server reads every setting from CODE_REMOTE_* variables too: a developer's own (a Gemini
    // key, a config file) must not change what the tests see. The sandbox's variables stay.
    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : environment.keys()) {
            if (name.startsWith(QLatin1String("CODE_REMOTE_")) && !name.startsWith(QLatin1String("CODE_REMOTE_SANDBOX")))
                environment.remove(name);
        }
        return environment;
    }

    std::unique_ptr<QTemporaryDir> m_ownDir;
    QString m_dataDir;
    QString m_database;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
};
