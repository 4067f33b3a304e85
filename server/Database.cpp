#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace server {

namespace {
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
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("cannot create the data directory %1").arg(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return QStringLiteral("cannot open %1: %2").arg(path, error);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
