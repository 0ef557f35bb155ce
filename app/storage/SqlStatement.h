#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

class Database;

/// A prepared statement with positional binds, returning translated Errors. Values are always
/// bound, never spliced into SQL text. Rebinding after exec() starts again at the first placeholder.
class SqlStatement final
{
public:
    /// Prepares `sql`; a preparation failure is reported by the first exec().
    SqlStatement(const Database& db, const QString& sql);

    /// An INSERT whose new id is wanted: PostgreSQL gets "RETURNING id" appended.
    static SqlStatement insert(const Database& db, const QString& sql);
    /// Runs SQL without binds or preparation (DDL, PRAGMA, BEGIN/COMMIT).
    static Status run(const Database& db, const QString& sql);

    /// Binds free text, never NULL (an absent QString becomes ''), masked for card data on the way in
    /// (CardDataGuard): the storage layer is the choke point, so no table can hold a card number.
    SqlStatement& bindText(const QString& text);
    /// Binds free text that is a JSON document: every string value in it is masked (CardDataGuard).
    SqlStatement& bindJson(const QString& json);
    /// Binds text the program made or checked as it is, never NULL: keys and codes (uids, logins, enum
    /// keys, language codes, search keys), phone numbers. Never for text a person typed as prose.
    SqlStatement& bindKey(const QString& key);
    /// Binds each value in order: a QString as a key (bindKey), anything else as an integer.
    SqlStatement& bindKeysAndInts(const QVariantList& values);
    /// Binds an id, 0 as NULL (optional references).
    SqlStatement& bindId(qint64 id);
    /// Binds a program-made unique key, an empty one as NULL (rows written before keys existed).
    SqlStatement& bindUid(const QString& uid);
    /// Binds milliseconds since the epoch, an invalid time as NULL.
    SqlStatement& bindTime(const QDateTime& utc);
    SqlStatement& bindInt(qint64 value);
    SqlStatement& bindBool(bool value);

    Status exec();
    /// Executes an insert made with insert() and returns the new row id.
    Result<qint64> execInsert();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const;
    qint64 integer(int column) const;
    /// UTC time from a *_ms column; invalid when NULL.
    QDateTime time(int column) const;
    bool flag(int column) const;
    /// Number of rows the last UPDATE/DELETE changed.
    int rowsAffected() const { return m_query.numRowsAffected(); }
    /// Releases the result set so a transaction can commit (SQLite keeps read cursors otherwise).
    void finish() { m_query.finish(); }

    static QDateTime timeFromMs(qint64 ms);

private:
    SqlStatement(const Database& db, const QString& sql, bool returningId);
    SqlStatement& bind(const QVariant& value);

    const Database* m_db;
    QSqlQuery m_query;
    QSqlError m_prepareError;
    bool m_prepared = false;
    bool m_returningId = false;
    int m_nextBind = 0;
};
