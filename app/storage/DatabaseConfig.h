#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

class Clock;

/// Where the data lives: an embedded SQLite file (default) or a team PostgreSQL server.
struct DatabaseConfig
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConfig)

public:
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath; ///< absolute path of the SQLite file
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password; ///< never persisted in settings: comes from the keychain or the URL
    int connectTimeoutSeconds = 5;
    /// libpq's sslmode: "prefer" (TLS when the server offers it) unless the address says otherwise
    /// ("?sslmode=verify-full", with "sslrootcert=PATH" for the server's certificate authority).
    QString sslMode = QStringLiteral("prefer");
    QString sslRootCert;
    /// SQLite only: how long a statement waits for another process's lock before failing as locked.
    int busyTimeoutMs = 3000;
    /// SQLite only: run `PRAGMA quick_check` when opening if there is reason to doubt the file (no clean
    /// close recorded, changed outside Cordial, last check a week old: IntegrityMarker), so a damaged file is
    /// refused up front without reading the whole file on every start. Benchmarks turn it off.
    bool checkIntegrityOnOpen = true;
    /// The time used to age the last integrity check; null = the system clock. Tests inject a FakeClock.
    const Clock* clock = nullptr;
    /// SQLite only: page cache per connection in KiB; 0 keeps SQLite's default (2 MiB). Bulk loads
    /// into large databases run much faster with a bigger cache.
    int sqliteCacheKiB = 0;

    /// Parses "--db" values: a file path, "sqlite:PATH", or "postgresql://user[:pw]@host[:port]/db"
    /// (also "postgres://"; query items "connect_timeout" in seconds, "sslmode", "sslrootcert").
    static Result<DatabaseConfig> parse(QStringView spec);
    /// SQLite file in the user's data directory (QStandardPaths::AppDataLocation), "cordial.sqlite".
    static DatabaseConfig defaultSqlite();
    /// For messages, the status bar and the settings: path or postgresql://user@host:port/db, never the
    /// password; a TLS mode other than "prefer" and a root certificate are kept as query items.
    QString displayName() const;
    /// Key under which the keychain stores this server's password ("postgresql://user@host:port/db").
    QString secretKey() const;
    /// libpq connection options beyond host, port, database and user: "connect_timeout=5;sslmode=prefer".
    QString postgresOptions() const;
};
