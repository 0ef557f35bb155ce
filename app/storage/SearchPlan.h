#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

/// How CustomerSearch finds a page: the SQL pieces of a search (conditions every match meets, sources
/// that hold every match, the search list to walk) built from what is typed. Internal to storage.
namespace SearchPlan {

/// SQL text with its bound values in order (QString: a key, qint64: an integer).
struct Sql
{
    QString text;
    QVariantList binds;

    bool isEmpty() const { return text.isEmpty(); }
};

Sql operator+(const Sql& a, const Sql& b);

struct Plan
{
    QList<Sql> conditions;          ///< all must hold
    Sql exactAll;                   ///< all query words equal whole name words; empty: no tiers
    QList<Sql> sources;             ///< each a superset of the matches (customer ids)
    QList<Sql> exactConditions;     ///< the exact tier alone, for dense searches
    Sql exactSource;                ///< a superset of the exact tier
    Sql prefixSource;               ///< a superset of the prefix tier, without the exact terms
    Sql phoneSource;                ///< phone searches: every match as (customer_id, last_contact_ms)
    QString listKey;                ///< the search list holding every match; empty: none does
    QStringList words;              ///< the query words (text searches)
    /// Candidates fetched and sorted rather than walked: with a list to walk, walking wins sooner.
    qint64 fetchLimit() const;
    bool tiers() const { return !exactAll.isEmpty(); }
};


/// Tuning (tests force each path): candidates fetched up to `fetchLimit`, whole words enumerated for pair
/// sources up to `enumerateLimit`.
void setTuning(qint64 fetchLimit, int enumerateLimit);
/// Rows of `source`, counted up to `cap`.
Result<qint64> countUpTo(const Database& db, const Sql& source, qint64 cap);
/// The plan of a phone query (PhoneQuery::parse), or of a text; a text plan without conditions finds
/// nothing.
Result<Plan> planFor(const Database& db, const QString& text);

} // namespace SearchPlan
