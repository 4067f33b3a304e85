#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace server {

// The server's job store: a SQLite file (the default, one process) or a PostgreSQL database shared by
// several replicas (`postgresql://user:password@host:port/name?sslmode=require`). Opened once per
// process (connection name below); the schema is migrated on open (Schema.h).
class Database
{
public:
    enum class Dialect { SQLite, PostgreSQL };

    // `location`: a file path, or a postgresql:// (postgres://) URL. Opens (for SQLite creating the
    // directory and the file privately) and migrates the schema. Empty string: success.
    static QString open(const QString &location, const QString &connectionName = defaultConnectionName());
    static void close(const QString &connectionName = defaultConnectionName());
    static QSqlDatabase connection(const QString &connectionName = defaultConnectionName());
    static QString defaultConnectionName() { return QStringLiteral("code-remote-server"); }

    static bool isPostgresUrl(const QString &location);
    static Dialect dialect(const QString &connectionName = defaultConnectionName());
    // Several processes may share the database (PostgreSQL): leases, shared limits and stored output.
    static bool isShared(const QString &connectionName = defaultConnectionName())
    {
        return dialect(connectionName) == Dialect::PostgreSQL;
    }
    // An SQL expression for the database's clock in milliseconds since the epoch. Replicas compare
    // leases against one clock, the database's, so that their own clocks' skew does not matter.
    static QString nowMsExpression(const QString &connectionName = defaultConnectionName());
    // The location with any password removed, for logs.
    static QString redacted(const QString &location);
    // Closes and opens the connection again (a database restarted, a connection cut); the kept
    // statements are prepared anew. Empty string: success.
    static QString reconnect(const QString &connectionName = defaultConnectionName());
    // `sql` prepared once per connection and kept (see PreparedQuery).
    static QSqlQuery &preparedStatement(const QString &sql, const QString &connectionName = defaultConnectionName());

private:
    static QString openSqlite(const QString &path, const QString &connectionName);
    static QString openPostgres(const QString &url, const QString &connectionName);
};

// A statement of the hot path, prepared once per connection and kept: PostgreSQL's driver prepares,
// executes and deallocates a statement made per call, three round trips where a kept one takes one
// (SQLite saves its compilation). Finished when this goes out of scope, so that no statement keeps a
// read transaction open (SQLite would then not see what other processes commit).
class PreparedQuery
{
public:
    explicit PreparedQuery(const QString &sql, const QString &connectionName = Database::defaultConnectionName())
        : m_query(Database::preparedStatement(sql, connectionName))
    {
    }
    ~PreparedQuery() { m_query.finish(); }
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;
    QSqlQuery &get() { return m_query; }

private:
    QSqlQuery &m_query;
};

} // namespace server
