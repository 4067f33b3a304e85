#pragma once

#include "Database.h"

#include <QString>

namespace server {

// Schema migrations. Each version is a list of statements applied in one transaction, and the version
// reached is recorded in the database (`schema_version`), so a replica started against an older
// database brings it up to date. Replicas starting at once take turns: PostgreSQL's advisory lock
// (SQLite: a write transaction) is held from reading the version to recording the new one, so exactly
// one of them migrates and the others find the schema current.
class Schema
{
public:
    static constexpr int kCurrentVersion = 3;

    struct Outcome
    {
        QString error;   // empty: success
        int from = 0;    // the version found (0: an empty database, or one from before versioning)
        int to = 0;      // the version now recorded
        bool migrated() const { return from != to; }
    };
    // Migrates up to `target` (tests stop at an older version to build an old database).
    static Outcome migrate(QSqlDatabase db, Database::Dialect dialect, int target = kCurrentVersion);
};

} // namespace server
