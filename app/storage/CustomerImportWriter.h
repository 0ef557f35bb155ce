#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "domain/ImportIdentity.h"

#include <QList>
#include <QString>

#include <memory>

class Database;

/// A customer already stored whose main phone may be the same as an imported row's.
struct StoredPhoneOwner
{
    QString givenName;
    QString familyName;
    QString phone;
    QString country;
};

/// The bulk path of a CSV import: every customer of the file in one transaction, statements prepared
/// once and reused, search terms written in batches. Each row is stored as CustomerRepository stores
/// it (free text masked for card data, then SearchTerms for the sort key and terms), plus its phones'
/// keys in customer_phones. Nothing is visible to others until commit(); rollback() (or destruction
/// without commit) leaves the database as it was.
class CustomerImportWriter final
{
public:
    explicit CustomerImportWriter(Database& db);
    ~CustomerImportWriter();
    CustomerImportWriter(const CustomerImportWriter&) = delete;
    CustomerImportWriter& operator=(const CustomerImportWriter&) = delete;

    /// Starts the transaction (SQLite: takes the write lock now) and prepares the statements.
    Status begin();
    /// Stores `customer` with the keys of its phones (main first, then the others, in order).
    Result<qint64> add(const Customer& customer, const QList<ImportIdentity::Phone>& phones);
    /// Customers whose main phone has these keys (E.164, or national digits as typed with or without
    /// the trunk 0), for the duplicate check against the database.
    Result<QList<StoredPhoneOwner>> ownersOfPhone(const ImportIdentity::Phone& phone);
    /// True when the database had no customer when begin() ran (nothing to compare against).
    bool startedEmpty() const { return m_startedEmpty; }
    Status commit();
    void rollback();

private:
    struct Statements;
    Status setBulkCache(bool bulk);

    Database& m_db;
    std::unique_ptr<Statements> m_statements;
    bool m_startedEmpty = true;
    qint64 m_cacheSize = -2000; ///< the connection's PRAGMA cache_size before the import
};
