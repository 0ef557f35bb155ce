#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class Database;
class SqlStatement;

/// Rows of one table inserted many per statement (bulk writes of derived keys): the full-batch statement
/// is prepared once and reused. Values are keys (QString, bound with SqlStatement::bindKey) or integers;
/// free text never goes through here.
class BatchInsert final
{
public:
    /// `suffix` follows the VALUES list, e.g. " ON CONFLICT DO NOTHING".
    BatchInsert(const Database& db, const QString& table, const QStringList& columns, int rowsPerStatement,
        const QString& suffix = {});
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    /// Queues one row (one value per column); writes a statement when a batch is full.
    Status add(const QVariantList& row);
    /// Writes every queued row.
    Status flush();
    /// Forgets queued rows (the transaction is being rolled back).
    void clear() { m_pending.clear(); }

private:
    QString statementFor(int rows) const;
    Status write(SqlStatement& q, qsizetype from, int rows);

    const Database& m_db;
    QString m_head;
    QString m_row;
    QString m_suffix;
    int m_columns;
    int m_batch;
    std::unique_ptr<SqlStatement> m_full;
    QList<QVariantList> m_pending;
};
