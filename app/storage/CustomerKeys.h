#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "storage/BatchInsert.h"

struct PhoneKeys;

class Database;

/// The derived keys of a customer card, written beside it in the same transaction: search terms
/// (customer_search_terms), search lists (customer_search_prefixes), phone keys (customer_phones: E.164, national, region, reversed digits,
/// position 0 the main number) and the sort key.
class CustomerKeys final
{
public:
    /// Writes the keys of many new customers in multi-row statements (generator, import, rebuild).
    class Writer final
    {
    public:
        explicit Writer(const Database& db);
        /// Queues every key of customer `id` (the card as stored): terms, search lists, phones.
        Status add(qint64 id, qint64 lastContactMs, const Customer& stored);
        /// Queues the terms and search lists only (the caller writes the phones it has read already).
        Status addSearchKeys(qint64 id, qint64 lastContactMs, const Customer& stored);
        Status addPhone(qint64 id, int position, const QString& number, const PhoneKeys& keys, qint64 lastContactMs);
        Status flush();
        void clear();

    private:
        BatchInsert m_terms;
        BatchInsert m_prefixes;
        BatchInsert m_phones;
    };

    /// Replaces the terms and phone keys of customer `id` (the card as stored, already masked).
    static Status write(const Database& db, qint64 id, const Customer& stored);
    /// Removes the terms, search lists and phone keys of customer `id` (a card merged into another).
    static Status remove(const Database& db, qint64 id);
    /// Recomputes terms, sort keys and phone keys of every customer, in batches (schema 6 fills
    /// them for existing rows); runs inside the caller's transaction.
    static Status rebuildAll(const Database& db);
    /// Moves customer `id`'s last contact forward to `ms` (never back); id 0 does nothing.
    static Status touchLastContact(const Database& db, qint64 id, qint64 ms);
};
