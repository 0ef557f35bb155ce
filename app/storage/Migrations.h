#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/// Numbered, forward-only schema changes shared by SQLite and PostgreSQL. Each one runs in its own
/// transaction and records its number in `schema_meta` (key 'schema_version').
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
    /// The statements of migration `version` for the database's dialect (tests, documentation).
    static QStringList statements(const Database& db, int version);

    static Error tooNew(const Database& db, int found);
};
