#pragma once

#include "common/Error.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

/// An open, migrated connection. One per thread: the connection name is unique per instance.
/// Opening applies pending migrations in a transaction; a database written by a newer schema is refused.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating a SQLite file and its folder when absent), sets WAL, foreign keys and the busy
    /// timeout, checks the file really is a database, and migrates. Every failure is a translated Error:
    /// unwritable folder, not a database / corrupt, locked, too new, server unreachable, bad password.
    /// A damaged or too new database is never modified, and never replaced by an empty one.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig& config);

    const DatabaseConfig& config() const { return m_config; }
    DatabaseConfig::Backend backend() const { return m_config.backend; }
    bool isPostgres() const { return m_config.backend == DatabaseConfig::Backend::Postgres; }
    QSqlDatabase handle() const;
    /// Version recorded in the database (read once after migrating).
    int schemaVersion() const { return m_schemaVersion; }
    /// The newest schema version this program knows.
    static int latestSchemaVersion();

private:
    Database(DatabaseConfig config, QString connectionName);

    friend class Transaction;

    Status openSqlite();
    Status openPostgres();

    DatabaseConfig m_config;
    QString m_connectionName;
    int m_schemaVersion = 0;
    mutable int m_transactionDepth = 0; ///< nested Transactions become savepoints
};
