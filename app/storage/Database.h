#pragma once

#include "common/Error.h"
#include "storage/DatabaseConfig.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

/// An open, migrated connection. One per thread: the connection name is unique per instance.
/// Opening applies pending migrations in a transaction; a database written by a newer schema is refused.
class Database final
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating a SQLite file and its folder when absent), sets WAL, foreign keys and the busy
    /// timeout, checks the file really is a database, and migrates. Every failure is a translated Error:
    /// unwritable folder, not a database / corrupt, locked, too new, server unreachable, bad password.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig& config);

    const DatabaseConfig& config() const { return m_config; }
    DatabaseConfig::Backend backend() const { return m_config.backend; }
    QSqlDatabase handle() const;
    int schemaVersion() const;
    /// The newest schema version this program knows.
    static int latestSchemaVersion();

private:
    Database(DatabaseConfig config, QString connectionName);

    DatabaseConfig m_config;
    QString m_connectionName;
};
