#pragma once

#include "common/Error.h"
#include "storage/Database.h"

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
    Result<std::unique_ptr<Database>> open(const QString& spec);
    /// Problems that did not stop the opening (the keychain could not save a password).
    QStringList warnings() const { return m_warnings; }

private:
    Settings& m_settings;
    SecretStore& m_secrets;
    QStringList m_warnings;
};
