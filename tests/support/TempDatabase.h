#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

/// A fresh, migrated database for one test: SQLite in a QTemporaryDir, or, when built for the
/// PostgreSQL suite, a new schema-less database on the server named by CORDIAL_TEST_PG.
class TempDatabase final
{
public:
    TempDatabase();
    ~TempDatabase();

    /// Null when the backend is unavailable; skipReason() says why (the test then GTEST_SKIPs).
    Database* db() const { return m_db.get(); }
    QString skipReason() const { return m_skipReason; }
    DatabaseConfig config() const { return m_config; }
    QString dir() const { return m_dir.path(); }

    /// True in the PostgreSQL build of the storage suite.
    static bool usesPostgres();

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    QString m_skipReason;
    QString m_pgDatabaseName;
};
