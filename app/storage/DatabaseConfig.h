#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringView>

/// Where the data lives: an embedded SQLite file (default) or a team PostgreSQL server.
struct DatabaseConfig
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath; ///< absolute path of the SQLite file
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password; ///< never persisted in settings: comes from the keychain or the URL
    int connectTimeoutSeconds = 5;

    /// Parses "--db" values: a file path, "sqlite:PATH", or "postgresql://user[:pw]@host[:port]/db".
    static Result<DatabaseConfig> parse(QStringView spec);
    /// SQLite file in the user's data directory (QStandardPaths::AppDataLocation), "cordial.sqlite".
    static DatabaseConfig defaultSqlite();
    /// For messages and the status bar: path or postgresql://user@host:port/db, never the password.
    QString displayName() const;
    /// Key under which the keychain stores this server's password ("postgresql://user@host:port/db").
    QString secretKey() const;
};
