#include "storage/Transaction.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

using namespace Qt::StringLiterals;

Transaction::Transaction(const Database& db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (m_open)
        return {};
    QString sql;
    if (m_db.m_transactionDepth > 0) {
        m_savepoint = u"cordial_sp"_s + QString::number(m_db.m_transactionDepth);
        sql = u"SAVEPOINT "_s + m_savepoint;
    } else {
        sql = m_db.isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    }
    Status status = SqlStatement::run(m_db, sql);
    if (status) {
        m_open = true;
        ++m_db.m_transactionDepth;
    }
    return status;
}

Status Transaction::commit()
{
    if (!m_open)
        return {};
    Status status
        = SqlStatement::run(m_db, m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + m_savepoint);
    if (status) {
        m_open = false;
        --m_db.m_transactionDepth;
    }
    return status;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --m_db.m_transactionDepth;
    Status status;
    if (m_savepoint.isEmpty()) {
        status = SqlStatement::run(m_db, u"ROLLBACK"_s);
    } else {
        // Undo the savepoint's work, then drop it so the outer transaction carries on.
        status = SqlStatement::run(m_db, u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
        if (status)
            status = SqlStatement::run(m_db, u"RELEASE SAVEPOINT "_s + m_savepoint);
    }
    if (!status)
        qCWarning(lcStorage) << "Rollback failed:" << status.error().detail;
}
