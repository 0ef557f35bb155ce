#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/// Applies the schema history (SchemaHistory): numbered, forward-only migrations, each in its own
/// transaction that records its number in `schema_meta` (key 'schema_version').
class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    /// The version recorded in the database, 0 when it has no schema yet. Reads only.
    static Result<int> readVersion(const Database& db);
    /// Applies every pending migration. Takes the write lock even when none is pending, so a
    /// database locked by another program is reported at open. Refuses a newer schema.
    static Result<int> apply(const Database& db);
    /// Applies pending migrations up to `target` only (tests build databases of older versions).
    static Result<int> apply(const Database& db, int target);
    /// Reads the version and refuses anything but the latest without changing the database: a
    /// shared (PostgreSQL) database is migrated by an administrator with `cordial migrate`.
    static Result<int> check(const Database& db);
    /// The statements of migration `version` for the database's dialect (tests, documentation).
    static QStringList statements(const Database& db, int version);

    static Error tooNew(const Database& db, int found);
    static Error needsMigration(const Database& db, int found);
};
