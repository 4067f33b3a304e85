#pragma once

#include <QSqlDatabase>
#include <QString>

namespace server {

// The server's SQLite file, opened once per process (connection name below) with write-ahead logging
// so that `code-remote-server token ...` can change tokens while the server runs.
class Database
{
public:
    // Opens (creating the directory, the file and the schema if needed). Empty string: success.
    static QString open(const QString &path, const QString &connectionName = defaultConnectionName());
    static void close(const QString &connectionName = defaultConnectionName());
    static QSqlDatabase connection(const QString &connectionName = defaultConnectionName());
    static QString defaultConnectionName() { return QStringLiteral("code-remote-server"); }
};

} // namespace server
