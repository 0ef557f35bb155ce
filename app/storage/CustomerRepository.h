#pragma once

#include "common/Error.h"
#include "domain/Customer.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/// Keyset position in a customer search, ordered by tier (0: every query word is a whole name
/// word, 1: matched by prefix), then last contact (newest first), then id (highest first).
struct CustomerCursor
{
    int tier = 0;
    qint64 lastContactMs = 0;
    qint64 id = 0;
};

struct CustomerPage
{
    QList<Customer> rows;
    std::optional<CustomerCursor> next; ///< empty at the end
};

/// Customers: insert, update, look up, and search by name, phone or e-mail prefix over an index.
class CustomerRepository final
{
public:
    explicit CustomerRepository(Database& db);

    Result<qint64> insert(const Customer& customer);
    Status update(const Customer& customer);
    Result<std::optional<Customer>> find(qint64 id);
    /// The customer a number belongs to (screen pop), by the same phone keys as search: the same
    /// E.164 number first, then the search rules; the most recent contact when several share it.
    /// Merged cards are never returned.
    Result<std::optional<Customer>> findByPhone(const QString& phone);
    /// Search by words of the name (each query word begins a name word, any order), e-mail prefix
    /// or phone number (CustomerSearch); an empty text lists everyone. Exact names first, then by
    /// last contact, newest first; `limit` rows per page. Merged cards are left out.
    Result<CustomerPage> search(const QString& text, const std::optional<CustomerCursor>& after, int limit);
    Result<qint64> count();
    /// The number of customers, but no more than `cap`: a status line needs "1 000+", not a full scan.
    Result<qint64> countUpTo(qint64 cap);

    /// Tests only: force the search plans on small data (CustomerSearch::setTuning).
    static void setSearchTuningForTesting(qint64 fetchLimit, int enumerateLimit);

private:
    Database& m_db;
};
