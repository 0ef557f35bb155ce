#include "storage/SqlErrors.h"

#include "storage/DatabaseConfig.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
// SQLite primary result codes (sqlite3.h); the driver reports them as its native error code.
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

bool isSqlite(const DatabaseConfig& config)
{
    return config.backend == DatabaseConfig::Backend::Sqlite;
}

Error make(Error::Code code, const QString& message, const QString& detail)
{
    return Error { code, message, detail };
}

Error fromPostgresText(const QSqlError& error, const DatabaseConfig& config, bool opening)
{
    const QString detail = SqlErrors::detailOf(error);
    const QString state = error.nativeErrorCode();
    // libpq reports connection failures without SQLSTATE: classify by its (English) message.
    const QString text = error.databaseText() + u' ' + error.driverText();
    const bool authFailed = state.startsWith(u"28")
        || text.contains(u"password authentication failed", Qt::CaseInsensitive)
        || text.contains(u"no password supplied", Qt::CaseInsensitive)
        || text.contains(u"authentication failed", Qt::CaseInsensitive)
        || text.contains(u"no pg_hba.conf entry", Qt::CaseInsensitive);
    if (authFailed) {
        return make(Error::Code::AuthenticationFailed,
            SqlErrors::tr("The database server %1 refused the user name or password.").arg(config.displayName()),
            detail);
    }
    if (text.contains(u"does not exist", Qt::CaseInsensitive) && opening) {
        return make(Error::Code::DatabaseOpenFailed,
            SqlErrors::tr("The database %1 does not exist on the server.").arg(config.displayName()), detail);
    }
    const bool unreachable = state.startsWith(u"08") || state.startsWith(u"57P") || (opening && state.isEmpty())
        || text.contains(u"could not connect", Qt::CaseInsensitive)
        || text.contains(u"connection to server", Qt::CaseInsensitive)
        || text.contains(u"server closed the connection", Qt::CaseInsensitive)
        || text.contains(u"no connection to the server", Qt::CaseInsensitive);
    if (unreachable) {
        return make(Error::Code::ServerUnreachable,
            SqlErrors::tr("The database server %1 cannot be reached. Check the address and your network "
                          "connection, then try again.")
                .arg(config.displayName()),
            detail);
    }
    if (state == u"55P03" || state == u"40P01") {
        return make(Error::Code::DatabaseLocked,
            SqlErrors::tr("The database %1 is busy with another user's change. Try again.").arg(config.displayName()),
            detail);
    }
    if (opening) {
        return make(Error::Code::DatabaseOpenFailed,
            SqlErrors::tr("The database %1 cannot be opened.").arg(config.displayName()), detail);
    }
    return make(Error::Code::DatabaseQueryFailed,
        SqlErrors::tr("The database %1 could not carry out the request.").arg(config.displayName()), detail);
}

Error fromSqlite(const QSqlError& error, const DatabaseConfig& config, bool opening)
{
    const QString detail = SqlErrors::detailOf(error);
    const QString name = config.displayName();
    switch (SqlErrors::sqliteCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return SqlErrors::locked(config, detail);
    case SqliteCorrupt:
    case SqliteNotADb:
        return SqlErrors::notADatabase(config, detail);
    case SqliteCantOpen:
        return make(Error::Code::DatabaseOpenFailed,
            SqlErrors::tr("The database file %1 cannot be opened or created. Check that its folder exists "
                          "and that you may write to it.")
                .arg(name),
            detail);
    case SqlitePerm:
    case SqliteReadOnly:
        return make(Error::Code::DatabaseOpenFailed,
            SqlErrors::tr("The database file %1 is read-only. Check that you may write to it and to its folder.")
                .arg(name),
            detail);
    case SqliteFull:
        return make(Error::Code::DatabaseQueryFailed,
            SqlErrors::tr("The disk that holds the database file %1 is full.").arg(name), detail);
    case SqliteIoErr:
        return make(Error::Code::DatabaseQueryFailed,
            SqlErrors::tr("The database file %1 could not be read or written.").arg(name), detail);
    default:
        break;
    }
    if (opening) {
        return make(
            Error::Code::DatabaseOpenFailed, SqlErrors::tr("The database file %1 cannot be opened.").arg(name), detail);
    }
    return make(Error::Code::DatabaseQueryFailed,
        SqlErrors::tr("The database %1 could not carry out the request.").arg(name), detail);
}
} // namespace

Error SqlErrors::fromQuery(const QSqlError& error, const DatabaseConfig& config)
{
    return isSqlite(config) ? fromSqlite(error, config, false) : fromPostgresText(error, config, false);
}

Error SqlErrors::fromOpen(const QSqlError& error, const DatabaseConfig& config)
{
    return isSqlite(config) ? fromSqlite(error, config, true) : fromPostgresText(error, config, true);
}

Error SqlErrors::notADatabase(const DatabaseConfig& config, const QString& detail)
{
    return make(Error::Code::DatabaseNotADatabase,
        tr("The file %1 is not a Cordial database, or it is damaged. It was left untouched: restore it "
           "from a backup or choose another file.")
            .arg(config.displayName()),
        detail);
}

Error SqlErrors::locked(const DatabaseConfig& config, const QString& detail)
{
    const int seconds = (qMax(config.busyTimeoutMs, 0) + 999) / 1000;
    return make(Error::Code::DatabaseLocked,
        tr("The database %1 is locked by another program and stayed locked for more than %n second(s). "
           "Close the other program or try again later.",
            nullptr, seconds)
            .arg(config.displayName()),
        detail);
}

QString SqlErrors::detailOf(const QSqlError& error)
{
    QString text = error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        text += u" [" + error.nativeErrorCode() + u']';
    return text;
}

int SqlErrors::sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
