#pragma once

#include "domain/Customer.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

/// A fresh, migrated database for one test: SQLite in a QTemporaryDir, or, in the PostgreSQL suite,
/// a new database (unique name) on the server named by CORDIAL_TEST_PG, dropped afterwards.
class TempDatabase final
{
public:
    /// `schema`: Migrate gives the latest schema; AsIs an empty database (tests of older versions).
    explicit TempDatabase(Database::Schema schema = Database::Schema::Migrate);
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    /// Null when the backend is unavailable or opening failed; skipReason() / openError() say why.
    Database* db() const { return m_db.get(); }
    QString skipReason() const { return m_skipReason; }
    /// Set when the backend is available but Database::open failed (a real test failure).
    QString openError() const { return m_openError; }
    DatabaseConfig config() const { return m_config; }
    QString dir() const { return m_dir.path(); }

    /// Closes the connection (e.g. to inspect or damage the file); the database itself stays.
    void close() { m_db.reset(); }
    /// Opens the same database again with `config()`.
    Result<std::unique_ptr<Database>> reopen() const { return Database::open(m_config); }

    /// True in the PostgreSQL build of the storage suite. Chosen at run time so one support
    /// library serves both executables: the PostgreSQL suite calls setUsePostgres(true) first.
    static bool usesPostgres();
    static void setUsePostgres(bool usePostgres);
    /// The admin URL from CORDIAL_TEST_PG parsed, or an error when unset or invalid.
    static Result<DatabaseConfig> serverConfig();

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    QString m_skipReason;
    QString m_openError;
    QString m_pgDatabaseName;
};

/// Inserts a customer into `db` and returns it with its new id (or the storage error).
Result<Customer> addTestCustomer(Database& db, const QString& salutation, const QString& givenName,
                                 const QString& familyName, const QString& phone, const QString& language);
