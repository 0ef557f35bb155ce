#include "storage/SqlStatement.h"

#include "common/Log.h"
#include "domain/CardDataGuard.h"
#include "i18n/BidiText.h"
#include "storage/Database.h"
#include "storage/QueryWatch.h"
#include "storage/SqlErrors.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

SqlStatement::SqlStatement(const Database& db, const QString& sql)
    : SqlStatement(db, sql, false)
{
}

SqlStatement::SqlStatement(const Database& db, const QString& sql, bool returningId)
    : m_db(&db)
    , m_query(db.handle())
    , m_returningId(returningId && db.isPostgres())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(m_returningId ? sql + u" RETURNING id"_s : sql);
    if (!m_prepared) {
        m_prepareError = m_query.lastError();
        qCWarning(lcStorage) << "Cannot prepare statement:" << m_prepareError.text();
    }
}

SqlStatement SqlStatement::insert(const Database& db, const QString& sql)
{
    return SqlStatement(db, sql, true);
}

Status SqlStatement::run(const Database& db, const QString& sql)
{
    QueryWatch::check(sql);
    QSqlQuery query(db.handle());
    if (!query.exec(sql))
        return SqlErrors::fromQuery(query.lastError(), db.config());
    return {};
}

SqlStatement& SqlStatement::bind(const QVariant& value)
{
    m_query.bindValue(m_nextBind++, value);
    return *this;
}

SqlStatement& SqlStatement::bindText(const QString& text)
{
    return bindKey(CardDataGuard::outbound(text));
}

SqlStatement& SqlStatement::bindJson(const QString& json)
{
    return bindKey(CardDataGuard::outboundJson(json));
}

SqlStatement& SqlStatement::bindKey(const QString& key)
{
    return bind(key.isNull() ? u""_s : key);
}

SqlStatement& SqlStatement::bindKeysAndInts(const QVariantList& values)
{
    for (const QVariant& value : values) {
        if (value.typeId() == QMetaType::QString)
            bindKey(value.toString());
        else
            bindInt(value.toLongLong());
    }
    return *this;
}

SqlStatement& SqlStatement::bindUid(const QString& uid)
{
    return uid.isEmpty() ? bind(QVariant(QMetaType::fromType<QString>())) : bindKey(uid);
}

SqlStatement& SqlStatement::bindId(qint64 id)
{
    return bind(id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(id)));
}

SqlStatement& SqlStatement::bindTime(const QDateTime& utc)
{
    return bind(
        utc.isValid() ? QVariant(qlonglong(utc.toMSecsSinceEpoch())) : QVariant(QMetaType::fromType<qlonglong>()));
}

SqlStatement& SqlStatement::bindInt(qint64 value)
{
    return bind(QVariant(qlonglong(value)));
}

SqlStatement& SqlStatement::bindBool(bool value)
{
    return bind(QVariant(value));
}

Status SqlStatement::exec()
{
    m_nextBind = 0;
    if (!m_prepared)
        return SqlErrors::fromQuery(m_prepareError, m_db->config());
    QueryWatch::check(m_query.lastQuery());
    if (!m_query.exec())
        return SqlErrors::fromQuery(m_query.lastError(), m_db->config());
    return {};
}

Result<qint64> SqlStatement::execInsert()
{
    if (const Status status = exec(); !status)
        return status.error();
    qint64 id = 0;
    if (m_returningId) {
        if (m_query.next())
            id = m_query.value(0).toLongLong();
        m_query.finish();
    } else {
        id = m_query.lastInsertId().toLongLong();
    }
    if (id <= 0) {
        return Error { Error::Code::DatabaseQueryFailed,
            SqlErrors::tr("The database %1 did not report the new record's number.")
                .arg(BidiText::leftToRight(m_db->config().displayName())),
            {} };
    }
    return id;
}

QString SqlStatement::text(int column) const
{
    return m_query.value(column).toString();
}

qint64 SqlStatement::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

QDateTime SqlStatement::time(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QDateTime() : timeFromMs(v.toLongLong());
}

bool SqlStatement::flag(int column) const
{
    const QVariant v = m_query.value(column);
    // PostgreSQL BOOLEAN comes back as bool, SQLite's INTEGER as 0/1.
    return v.typeId() == QMetaType::Bool ? v.toBool() : v.toLongLong() != 0;
}

QDateTime SqlStatement::timeFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}
