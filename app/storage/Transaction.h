#pragma once

#include "common/Error.h"

#include <QString>

class Database;

/// A write transaction that rolls back unless committed. On SQLite it takes the write lock at
/// begin() (BEGIN IMMEDIATE), so a locked database fails there, not half-way through. Inside
/// another Transaction on the same Database it becomes a savepoint.
class Transaction final
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    const Database& m_db;
    QString m_savepoint; ///< set when nested
    bool m_open = false;
};
