#pragma once

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class SecretStore;
class Settings;

/// Opens the database the user asked for, taking a PostgreSQL password from the keychain and
/// remembering a new one there (never in the settings).
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    DatabaseOpener(Settings& settings, SecretStore& secrets);

    /// `spec` as given to "--db"; empty = the settings' DatabaseSpec, else the default SQLite file.
    /// A SQLite file is migrated; a PostgreSQL database must already have this version's schema.
    Result<std::unique_ptr<Database>> open(const QString& spec);

    /// What `cordial migrate` did.
    struct Migrated
    {
        QString name; ///< the database's display name (no password)
        int from = 0;
        int to = 0;
    };
    /// Brings the database `spec` names to the latest schema (`cordial migrate`). A password given in
    /// `spec` is used, not remembered.
    Result<Migrated> migrate(const QString& spec);
    /// The configuration `spec` names, with a PostgreSQL password from the keychain when the spec has
    /// none (libpq then still tries PGPASSWORD and ~/.pgpass). Used by `cordial admin`.
    Result<DatabaseConfig> resolve(const QString& spec);
    /// Problems that did not stop the opening (the keychain could not save a password).
    QStringList warnings() const { return m_warnings; }

private:
    Result<DatabaseConfig> configFor(const QString& spec);
    /// A PostgreSQL password not given in the spec comes from the keychain.
    Status fillPassword(DatabaseConfig& config);

    Settings& m_settings;
    SecretStore& m_secrets;
    QStringList m_warnings;
};
