#pragma once

#include "common/Error.h"
#include "domain/Customer.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/// Keyset position in a customer search ordered by (sortKey, id).
struct CustomerCursor
{
    QString sortKey;
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
    /// Customer whose phone has the same digits (ignoring spaces, dashes, a leading +), if any.
    Result<std::optional<Customer>> findByPhone(const QString& phone);
    /// Case-insensitive prefix search on any word of the name, the phone digits or the e-mail;
    /// an empty text lists everyone. Ordered by family then given name; `limit` rows per page.
    Result<CustomerPage> search(const QString& text, const std::optional<CustomerCursor>& after, int limit);
    Result<qint64> count();
    /// The number of customers, but no more than `cap`: a status line needs "1 000+", not a full scan.
    Result<qint64> countUpTo(qint64 cap);

    /// Tests only: force the search plans on small data. `listPlanLimit` is the number of matching
    /// terms up to which matches are fetched by id (default 5000); `walkLimit` the expected number
    /// of customers walked in order beyond which common words are intersected (default 20000).
    static void setSearchTuningForTesting(qint64 listPlanLimit, double walkLimit);

private:
    Database& m_db;
};
