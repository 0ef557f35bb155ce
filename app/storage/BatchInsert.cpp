#include "storage/BatchInsert.h"

#include "storage/SqlStatement.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

BatchInsert::BatchInsert(
    const Database& db, const QString& table, const QStringList& columns, int rowsPerStatement, const QString& suffix)
    : m_db(db)
    , m_head(u"INSERT INTO "_s % table % u" ("_s % columns.join(u", "_s) % u") VALUES "_s)
    , m_suffix(suffix)
    , m_columns(static_cast<int>(columns.size()))
    , m_batch(rowsPerStatement)
{
    QStringList marks;
    for (int i = 0; i < m_columns; ++i)
        marks << u"?"_s;
    m_row = u"("_s % marks.join(u", "_s) % u")"_s;
}

BatchInsert::~BatchInsert() = default;

QString BatchInsert::statementFor(int rows) const
{
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all << m_row;
    return m_head % all.join(u", "_s) % m_suffix;
}

Status BatchInsert::write(SqlStatement& q, qsizetype from, int rows)
{
    for (qsizetype r = from; r < from + rows; ++r)
        q.bindKeysAndInts(m_pending.at(r));
    return q.exec();
}

Status BatchInsert::add(const QVariantList& row)
{
    m_pending << row;
    if (m_pending.size() < m_batch)
        return {};
    if (!m_full)
        m_full = std::make_unique<SqlStatement>(m_db, statementFor(m_batch));
    Status status = write(*m_full, 0, m_batch);
    m_pending.clear();
    return status;
}

Status BatchInsert::flush()
{
    if (m_pending.isEmpty())
        return {};
    SqlStatement rest(m_db, statementFor(static_cast<int>(m_pending.size())));
    Status status = write(rest, 0, static_cast<int>(m_pending.size()));
    m_pending.clear();
    return status;
}
