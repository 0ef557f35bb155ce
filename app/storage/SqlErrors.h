#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>

class Database;
struct DatabaseConfig;

/// Turns driver errors into translated Errors with the right code (locked, damaged, unreachable...).
class SqlErrors final
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)

public:
    /// Error of a statement that failed on an open connection.
    static Error fromQuery(const QSqlError& error, const DatabaseConfig& config);
    /// Error of a connection attempt that failed.
    static Error fromOpen(const QSqlError& error, const DatabaseConfig& config);

    /// Error of a PostgreSQL connection attempt, from the SQLSTATE the server sent (empty when it sent
    /// none) and whether it asked for a password that was not given.
    static Error fromPostgresConnect(const QString& sqlState, bool needsPassword, const QString& detail,
        const DatabaseConfig& config);

    static Error notADatabase(const DatabaseConfig& config, const QString& detail);
    static Error locked(const DatabaseConfig& config, const QString& detail);

    /// Technical text for logs and Error::detail: driver text plus native code.
    static QString detailOf(const QSqlError& error);
    /// SQLite primary result code of a failed statement (SQLITE_BUSY = 5...), or -1.
    static int sqliteCode(const QSqlError& error);
};
