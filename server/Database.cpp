#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace server {

namespace {
// While it lives, files are created without any access for group and others. The schema's first
// statements create the -wal and -shm files, so it spans the whole of open().
struct PrivateFiles
{
    PrivateFiles() : previous(::umask(0077)) {}
    ~PrivateFiles() { ::umask(previous); }
    mode_t previous;
};

// Creates `directory` (and missing parents) 0700, or tightens an existing one of ours to 0700.
QString makePrivateDirectory(const QString &directory)
{
    const QByteArray native = QFile::encodeName(directory);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        if (errno != ENOENT || !QDir().mkpath(QFileInfo(directory).absolutePath())
            || (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST))
            return QStringLiteral("cannot create the data directory %1: %2")
                .arg(directory, QString::fromLocal8Bit(std::strerror(errno)));
    }
    struct stat status = {};
    if (::stat(native.constData(), &status) != 0 || !S_ISDIR(status.st_mode))
        return QStringLiteral("the data directory %1 is not a directory").arg(directory);
    if (status.st_uid == ::geteuid() && (status.st_mode & 0077) != 0 && ::chmod(native.constData(), 0700) != 0)
        return QStringLiteral("cannot make the data directory %1 private: %2")
            .arg(directory, QString::fromLocal8Bit(std::strerror(errno)));
    return QString();
}

const char *const kSchema[] = {
    "PRAGMA journal_mode=WAL",
    // NORMAL in WAL mode loses at most the last transactions on power loss, never consistency; a
    // process crash (kill -9) loses nothing.
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
    "CREATE TABLE IF NOT EXISTS tokens ("
    " name TEXT PRIMARY KEY,"
    " hash TEXT NOT NULL UNIQUE,"
    " created_at INTEGER NOT NULL,"
    " revoked_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS jobs ("
    " id TEXT PRIMARY KEY,"
    " owner TEXT NOT NULL,"
    " state TEXT NOT NULL," // queued | running | finished
    " request TEXT NOT NULL," // the submission as JSON, enough to run it again after a restart
    " result TEXT," // the RunResult JSON once finished
    " created_at INTEGER NOT NULL,"
    " started_at INTEGER,"
    " finished_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs(state)",
    "CREATE INDEX IF NOT EXISTS jobs_by_finished ON jobs(finished_at)",
};
} // namespace

QString Database::open(const QString &path, const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName))
        return QString();
    // Jobs hold other users' code, input and output, and the tokens table their hashes: nothing of
    // it is ever readable by another local user, not even for the moment between creating a file and
    // changing its mode. The directory is private, and files are created private (SQLite gives its
    // -wal, -shm and -journal files the mode of the database file).
    const QString directory = QFileInfo(path).absolutePath();
    if (const QString error = makePrivateDirectory(directory); !error.isEmpty())
        return error;
    const PrivateFiles privateFiles;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600); // a database left by an older version
        ::close(fd);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    const QString openError = fd < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QString();
    if (fd < 0 || !db.open()) {
        const QString error = fd < 0 ? openError : db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return QStringLiteral("cannot open %1: %2").arg(path, error);
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        ::chmod(QFile::encodeName(path + QLatin1String(suffix)).constData(), 0600);
    QSqlQuery query(db);
    for (const char *statement : kSchema) {
        if (!query.exec(QString::fromLatin1(statement)))
            return QStringLiteral("cannot prepare %1: %2").arg(path, query.lastError().text());
    }
    return QString();
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QSqlDatabase Database::connection(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

} // namespace server
