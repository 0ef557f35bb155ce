#pragma once

#include "common/Error.h"
#include "domain/Customer.h"

class Database;

/// The derived keys of a customer card, written beside it in the same transaction: search terms
/// (customer_search_terms), phone keys (customer_phones: E.164, national, region, reversed digits,
/// position 0 the main number) and the sort key.
class CustomerKeys final
{
public:
    /// Replaces the terms and phone keys of customer `id` (the card as stored, already masked).
    static Status write(const Database& db, qint64 id, const Customer& stored);
    /// Recomputes terms, sort keys and phone keys of every customer, in batches (schema 6 fills
    /// them for existing rows); runs inside the caller's transaction.
    static Status rebuildAll(const Database& db);
    /// Moves customer `id`'s last contact forward to `ms` (never back); id 0 does nothing.
    static Status touchLastContact(const Database& db, qint64 id, qint64 ms);
};
