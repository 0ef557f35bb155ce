#pragma once

#include "common/Error.h"
#include "domain/Customer.h"

#include <QDateTime>

class Database;

/// Two cards of one customer made one, in one transaction: the kept card takes the chosen values,
/// every row of the merged card (calls, call facts, interactions, notes, follow-ups; payment read-backs
/// and call drafts follow their calls) moves to it, the merged card's numbers that the kept card lacks
/// become other phones of the kept card, and the merged card leaves search (merged_into set, its search
/// terms and phone rows removed). Both cards get a "merge" audit row naming the other; each field the
/// merge changed on the kept card gets its own row with the old and new value.
class CustomerMergeRepository final
{
public:
    explicit CustomerMergeRepository(Database& db);

    /// `kept` holds the values chosen for the kept card (its id names it); tags of both cards are kept.
    /// Refused with nothing written when the ids are equal or either card is gone or already merged.
    /// Returns the kept card as stored after the merge.
    Result<Customer> merge(const Customer& kept, qint64 mergedId, qint64 agentId, const QDateTime& at);

private:
    Database& m_db;
};
