#include "Database.h"

#include "Log.h"
#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <memory>
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

// Kept statements per connection name (PreparedQuery).
QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> &statementCache()
{
    static QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> cache;
    return cache;
}

const char *const kSqlitePragmas[] = {
    "PRAGMA journal_mode=WAL",
    // NORMAL in WAL mode loses at most the last transactions on power loss, never consistency; a
    // process crash (kill -9) loses nothing.
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
};
} // namespace

QString Database::open(const QString &location, const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName))
        return QString();
    const QString error = isPostgresUrl(location) ? openPostgres(location, connectionName)
                                                   : openSqlite(location, connectionName);
    if (!error.isEmpty()) {
        close(connectionName);
        return error;
    }
    const Schema::Outcome schema = Schema::migrate(connection(connectionName), dialect(connectionName));
    if (!schema.error.isEmpty()) {
        close(connectionName);
        return QStringLiteral("cannot prepare %1: %2").arg(redacted(location), schema.error);
    }
    if (schema.migrated())
        Log::info(QStringLiteral("db.migrated"), {{QStringLiteral("from"), schema.from}, {QStringLiteral("to"), schema.to}});
    return QString();
}

QString Database::openSqlite(const QString &path, const QString &connectionName)
{
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
        return QStringLiteral("cannot open %1: %2").arg(path, error);
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        ::chmod(QFile::encodeName(path + QLatin1String(suffix)).constData(), 0600);
    QSqlQuery query(db);
    for (const char *statement : kSqlitePragmas) {
        if (!query.exec(QString::fromLatin1(statement)))
            return QStringLiteral("cannot prepare %1: %2").arg(path, query.lastError().text());
    }
    return QString();
}

QString Database::openPostgres(const QString &location, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("PostgreSQL needs Qt's QPSQL driver (Debian: libqt6sql6-psql)");
    const QUrl url(location);
    if (!url.isValid() || url.path().size() < 2)
        return QStringLiteral("not a database URL (postgresql://user:password@host:port/name): %1").arg(redacted(location));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    // ?host=/run/postgresql selects a Unix socket directory, as libpq's own URLs do.
    const QUrlQuery options(url);
    db.setHostName(options.hasQueryItem(QStringLiteral("host")) ? options.queryItemValue(QStringLiteral("host")) : url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    QStringList connectOptions{QStringLiteral("connect_timeout=10")};
    for (const QString &key : {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("application_name")}) {
        if (options.hasQueryItem(key))
            connectOptions.append(key + QLatin1Char('=') + options.queryItemValue(key));
    }
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open())
        return QStringLiteral("cannot connect to %1: %2").arg(redacted(location), db.lastError().text());
    // The guarantee of the SQLite store (WAL, synchronous=NORMAL): a crash of the server loses nothing
    // (PostgreSQL is another process), a crash of the database's machine may lose the last
    // transactions, never consistency. A commit then does not wait for its WAL flush, which would
    // otherwise hold the replica's event loop several times per job. ?synchronous_commit=on waits.
    if (options.queryItemValue(QStringLiteral("synchronous_commit")) != QLatin1String("on")) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SET synchronous_commit = off"));
    }
    return QString();
}

bool Database::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Database::Dialect Database::dialect(const QString &connectionName)
{
    return connection(connectionName).driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

QString Database::nowMsExpression(const QString &connectionName)
{
    return dialect(connectionName) == Dialect::PostgreSQL
        ? QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
        : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

QString Database::redacted(const QString &location)
{
    if (!isPostgresUrl(location))
        return location;
    QUrl url(location);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.toString();
}

QSqlQuery &Database::preparedStatement(const QString &sql, const QString &connectionName)
{
    std::shared_ptr<QSqlQuery> &query = statementCache()[connectionName][sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(connection(connectionName));
        query->prepare(sql); // a failure is reported by exec(), and the next use prepares again
    } else if (query->lastQuery().isEmpty()) {
        query->prepare(sql);
    }
    return *query;
}

QString Database::reconnect(const QString &connectionName)
{
    statementCache().remove(connectionName);
    QSqlDatabase db = connection(connectionName);
    db.close();
    return db.open() ? QString() : db.lastError().text();
}

void Database::close(const QString &connectionName)
{
    statementCache().remove(connectionName);
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
