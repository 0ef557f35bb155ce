#include "storage/SqlErrors.h"

#include "storage/DatabaseConfig.h"

#include "i18n/BidiText.h"

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

/// The database's file or address as a message shows it: kept left-to-right inside right-to-left text.
QString shownName(const DatabaseConfig& config)
{
    return BidiText::leftToRight(config.displayName());
}

Error make(Error::Code code, const QString& message, const QString& detail)
{
    return Error { code, message, detail };
}

// PostgreSQL errors by SQLSTATE (Appendix A of its manual), never by message text.
Error fromPostgresState(const QString& state, const QString& detail, const DatabaseConfig& config, bool opening)
{
    // 28000 without a password problem: the role may not log in (NOLOGIN, revoked, or not allowed from here).
    if (state == u"28000") {
        return make(Error::Code::AuthenticationFailed,
            SqlErrors::tr("The database server %1 does not let %2 sign in: the account may be disabled or not "
                          "allowed from this computer. Ask your administrator.")
                .arg(shownName(config), BidiText::leftToRight(config.user)),
            detail);
    }
    if (state.startsWith(u"28")) {
        return make(Error::Code::AuthenticationFailed,
            SqlErrors::tr("The database server %1 refused the user name or password.").arg(shownName(config)), detail);
    }
    if (state == u"3D000" && opening) {
        return make(Error::Code::DatabaseOpenFailed,
            SqlErrors::tr("The database %1 does not exist on the server.").arg(shownName(config)), detail);
    }
    // No SQLSTATE at all: the server never answered (refused, timed out, connection lost).
    if (state.isEmpty() || state.startsWith(u"08") || state.startsWith(u"57P")) {
        return make(Error::Code::ServerUnreachable,
            SqlErrors::tr("The database server %1 cannot be reached. Check the address and your network "
                          "connection, then try again.")
                .arg(shownName(config)),
            detail);
    }
    if (state == u"55P03" || state == u"40P01") {
        return make(Error::Code::DatabaseLocked,
            SqlErrors::tr("The database %1 is busy with another user's change. Try again.").arg(shownName(config)),
            detail);
    }
    // Refused by the grants or row-level security of a team database (docs/team-mode.md).
    if (state == u"42501") {
        return make(Error::Code::DatabaseQueryFailed,
            SqlErrors::tr("Your account on the database %1 may not do this. Ask a supervisor or an administrator.")
                .arg(shownName(config)),
            detail);
    }
    if (opening) {
        return make(Error::Code::DatabaseOpenFailed,
            SqlErrors::tr("The database %1 cannot be opened.").arg(shownName(config)), detail);
    }
    return make(Error::Code::DatabaseQueryFailed,
        SqlErrors::tr("The database %1 could not carry out the request.").arg(shownName(config)), detail);
}

Error fromPostgres(const QSqlError& error, const DatabaseConfig& config, bool opening)
{
    return fromPostgresState(error.nativeErrorCode(), SqlErrors::detailOf(error), config, opening);
}

Error fromSqlite(const QSqlError& error, const DatabaseConfig& config, bool opening)
{
    const QString detail = SqlErrors::detailOf(error);
    const QString name = shownName(config);
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
    return isSqlite(config) ? fromSqlite(error, config, false) : fromPostgres(error, config, false);
}

Error SqlErrors::fromOpen(const QSqlError& error, const DatabaseConfig& config)
{
    return isSqlite(config) ? fromSqlite(error, config, true) : fromPostgres(error, config, true);
}

Error SqlErrors::fromPostgresConnect(const QString& sqlState, bool needsPassword, const QString& detail,
    const DatabaseConfig& config)
{
    // A server that wants a password we do not have is a refused login, like a wrong one.
    return fromPostgresState(needsPassword ? u"28P01"_s : sqlState, detail, config, true);
}

Error SqlErrors::notADatabase(const DatabaseConfig& config, const QString& detail)
{
    return make(Error::Code::DatabaseNotADatabase,
        tr("The file %1 is not a Cordial database, or it is damaged. It was left untouched: restore it "
           "from a backup or choose another file.")
            .arg(shownName(config)),
        detail);
}

Error SqlErrors::locked(const DatabaseConfig& config, const QString& detail)
{
    // Whole seconds only: a wait shorter than one second is not worth stating (and "more than 1
    // second" would be false).
    const int seconds = qMax(config.busyTimeoutMs, 0) / 1000;
    const QString message = seconds < 1
        ? tr("The database %1 is locked by another program. Close the other program or try again later.")
              .arg(shownName(config))
        : tr("The database %1 is locked by another program and stayed locked for more than %n second(s). "
             "Close the other program or try again later.",
            nullptr, seconds)
              .arg(shownName(config));
    return make(Error::Code::DatabaseLocked, message, detail);
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
