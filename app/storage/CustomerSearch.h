#pragma once

#include "common/Error.h"
#include "storage/CustomerRepository.h"

class Database;

/// The customer search of CustomerRepository: reads a search text as a phone query or as name
/// words and an e-mail prefix, and picks a plan per page from capped counts of index ranges:
/// - fetch: a source of candidate ids small enough (a rare word, a pair term of two words, a phone
///   range) is fetched, tested, ranked and sorted;
/// - walk: when every source is large, the matches are dense: customers are walked in recency order
///   (customers_recent) and tested, exact-name matches first, then the others.
/// Order: exact name before prefix (tier 0, 1), then the last contact, newest first, then id.
class CustomerSearch final
{
public:
    explicit CustomerSearch(const Database& db);

    Result<CustomerPage> page(const QString& text, const std::optional<CustomerCursor>& after, int pageSize);

    /// Tests only: the most candidates a fetch plan takes (default 6000) and the most words a
    /// prefix may stand for in a pair plan (default 8).
    static void setTuning(qint64 fetchLimit, int enumerateLimit);

private:
    const Database& m_db;
};
