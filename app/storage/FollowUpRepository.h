#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "domain/Note.h"

#include <QList>

#include <optional>

class Database;

/// An open follow-up with its customer, read in the same query.
struct DueFollowUp
{
    FollowUp followUp;
    std::optional<Customer> customer; ///< empty when the card is gone
};

/// A customer's open follow-ups at a glance: how many, and the one due next.
struct CustomerFollowUps
{
    qint64 open = 0;
    std::optional<FollowUp> next; ///< the earliest due open one
};

/// The follow-ups pane's reads: one query with a join, not one query per customer.
class FollowUpRepository final
{
public:
    explicit FollowUpRepository(Database& db);

    /// The open follow-ups owned by `ownerAgentId`, oldest due first, at most `limit`.
    Result<QList<DueFollowUp>> due(qint64 ownerAgentId, int limit);
    /// The open follow-ups of `customerId` (whoever owns them): their number and the next one due.
    Result<CustomerFollowUps> openForCustomer(qint64 customerId);

private:
    Database& m_db;
};
