#pragma once

#include "common/Error.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

/// An open connection with the latest schema. One per thread: the connection name is unique per instance.
/// A SQLite file (one user) is migrated on open; a PostgreSQL database (a team) is only checked: an
/// administrator migrates it with `cordial migrate`. A database written by a newer schema is refused.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// What opening does with the schema.
    enum class Schema {
        Auto,      ///< SQLite: Migrate; PostgreSQL: CheckOnly
        Migrate,   ///< apply pending migrations (`cordial migrate`, test set-up)
        CheckOnly, ///< refuse a schema that is behind, empty or ahead, change nothing
        AsIs,      ///< neither (tests that build older schemas); only a newer one is refused
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating a SQLite file and its folder when absent), sets WAL, foreign keys and the busy
    /// timeout, checks the file really is a database, and migrates. Every failure is a translated Error:
    /// unwritable folder, not a database / corrupt, locked, too new, server unreachable, bad password.
    /// A damaged or too new database is never modified, and never replaced by an empty one.
    /// A SQLite file must also take a test write: a read-only file or folder, or a full disk, is refused.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig& config, Schema schema = Schema::Auto);

    const DatabaseConfig& config() const { return m_config; }
    DatabaseConfig::Backend backend() const { return m_config.backend; }
    bool isPostgres() const { return m_config.backend == DatabaseConfig::Backend::Postgres; }
    QSqlDatabase handle() const;
    /// Version recorded in the database (read once after migrating).
    int schemaVersion() const { return m_schemaVersion; }
    /// Whether this open ran `PRAGMA quick_check` (SQLite; see IntegrityMarker for when it does).
    bool integrityChecked() const { return m_integrityChecked; }
    /// Applies pending migrations (the connection must have been opened with Schema::AsIs or Migrate)
    /// and returns the version reached; schemaVersion() follows.
    Result<int> migrate();
    /// The newest schema version this program knows.
    static int latestSchemaVersion();

private:
    Database(DatabaseConfig config, QString connectionName);

    friend class Transaction;

    Status openSqlite();
    Status openPostgres();
    Status proveWritable();

    DatabaseConfig m_config;
    QString m_connectionName;
    int m_schemaVersion = 0;
    mutable int m_transactionDepth = 0; ///< nested Transactions become savepoints
    bool m_integrityChecked = false;
    QString m_sessionFile; ///< SQLite: the file this connection counts as open (IntegrityMarker), once opened
};
