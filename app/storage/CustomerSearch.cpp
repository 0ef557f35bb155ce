#include "storage/CustomerSearch.h"

#include "storage/CustomerRow.h"
#include "storage/Database.h"
#include "storage/SearchPlan.h"
#include "storage/SqlStatement.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;
using namespace SearchPlan;

namespace {
/// Phone matches sorted from the index up to this many; above it, customers are walked in recency order.
constexpr qint64 PhoneSortLimit = 10000;

struct Row
{
    Customer customer;
    int tier = 0;
    qint64 lastContactMs = 0;
};

Status readRows(SqlStatement& q, QList<Row>& rows)
{
    if (Status status = q.exec(); !status)
        return status;
    while (q.next()) {
        rows << Row { CustomerRow::read(q), static_cast<int>(q.integer(CustomerRow::ColumnCount)),
            q.integer(CustomerRow::LastContactColumn) };
    }
    return {};
}

/// Candidates from `source`, tested, ranked and sorted: cost ~ the size of the source.
Status fetch(const Database& db, const Sql& source, const QList<Sql>& conditions, const Sql& tier,
    const std::optional<CustomerCursor>& after, int limit, QList<Row>& rows)
{
    Sql sql { u"SELECT * FROM (SELECT "_s % CustomerRow::columns() % u", "_s, {} };
    sql = sql + tier + Sql { u" AS tier FROM customers c WHERE c.id IN ("_s, {} } + source
        + Sql { u") AND c.merged_into IS NULL"_s, {} };
    for (const Sql& condition : conditions)
        sql = sql + Sql { u" AND "_s, {} } + condition;
    sql.text += u") x"_s;
    if (after) {
        sql = sql
            + Sql { u" WHERE x.tier > ? OR (x.tier = ? AND (x.last_contact_ms < ? OR (x.last_contact_ms = ? AND x.id < ?)))"_s,
                { qint64(after->tier), qint64(after->tier), after->lastContactMs, after->lastContactMs, after->id } };
    }
    sql = sql + Sql { u" ORDER BY x.tier, x.last_contact_ms DESC, x.id DESC LIMIT ?"_s, { qint64(limit) } };
    SqlStatement q(db, sql.text);
    q.bindKeysAndInts(sql.binds);
    return readRows(q, rows);
}

/// A phone search, ranked from the phone keys' indexes alone: cost ~ the number of matching numbers. The
/// best `rawLimit` numbers are taken, then one row per customer (a customer may have two matching numbers);
/// rawLimit 0 takes every number.
Status phoneRows(const Database& db, const Sql& source, const std::optional<CustomerCursor>& after, int limit,
    int rawLimit, QList<Row>& rows)
{
    Sql inner = Sql { u"SELECT customer_id AS id, last_contact_ms AS contact FROM ("_s, {} } + source + Sql { u") s"_s, {} };
    if (after) {
        inner = inner
            + Sql { u" WHERE last_contact_ms < ? OR (last_contact_ms = ? AND customer_id < ?)"_s,
                { after->lastContactMs, after->lastContactMs, after->id } };
    }
    if (rawLimit > 0)
        inner = inner + Sql { u" ORDER BY contact DESC, id DESC LIMIT ?"_s, { qint64(rawLimit) } };
    const Sql sql = Sql { u"SELECT "_s % CustomerRow::columns() % u", 0 AS tier FROM ("_s, {} } + inner
        + Sql { u") m JOIN customers c ON c.id = m.id WHERE c.merged_into IS NULL GROUP BY c.id ORDER BY c.last_contact_ms DESC, c.id DESC LIMIT ?"_s,
            { qint64(limit) } };
    SqlStatement q(db, sql.text);
    q.bindKeysAndInts(sql.binds);
    if (Status status = readRows(q, rows); !status || rawLimit == 0 || rows.size() >= limit)
        return status;
    // Fewer customers than numbers read: some had several; read them all (a short list, or a rare case).
    rows.clear();
    return phoneRows(db, source, after, limit, 0, rows);
}

/// Customers in recency order, each tested: cost ~ limit / share of matches. With a list key, the
/// customers of that search list (customer_search_prefixes), else every customer (customers_recent).
Status walk(const Database& db, const QString& listKey, const QList<Sql>& conditions, int tier,
    const std::optional<CustomerCursor>& after, int limit, QList<Row>& rows)
{
    if (after && after->tier > tier)
        return {};
    const bool list = !listKey.isEmpty();
    // k's columns order the walk: its primary key is (prefix, last_contact_ms, customer_id).
    const QString last = list ? u"k.last_contact_ms"_s : u"c.last_contact_ms"_s;
    const QString id = list ? u"k.customer_id"_s : u"c.id"_s;
    Sql sql { u"SELECT "_s % CustomerRow::columns() % u", "_s % QString::number(tier) % u" AS tier FROM "_s
            % (list ? u"customer_search_prefixes k JOIN customers c ON c.id = k.customer_id WHERE k.prefix = ? AND "_s
                    : u"customers c WHERE "_s)
            % u"c.merged_into IS NULL"_s,
        {} };
    if (list)
        sql.binds << listKey;
    for (const Sql& condition : conditions)
        sql = sql + Sql { u" AND "_s, {} } + condition;
    if (after && after->tier == tier) {
        sql = sql
            + Sql { u" AND "_s % last % u" <= ? AND ("_s % last % u" < ? OR "_s % id % u" < ?)"_s,
                { after->lastContactMs, after->lastContactMs, after->id } };
    }
    sql = sql + Sql { u" ORDER BY "_s % last % u" DESC, "_s % id % u" DESC LIMIT ?"_s, { qint64(limit) } };
    SqlStatement q(db, sql.text);
    q.bindKeysAndInts(sql.binds);
    return readRows(q, rows);
}

/// The plan of a text search: words of the name (prefixes) and an e-mail prefix.
} // namespace

CustomerSearch::CustomerSearch(const Database& db)
    : m_db(db)
{
}

void CustomerSearch::setTuning(qint64 fetchLimit, int enumerateLimit)
{
    SearchPlan::setTuning(fetchLimit, enumerateLimit);
}

Result<CustomerPage> CustomerSearch::page(
    const QString& text, const std::optional<CustomerCursor>& after, int pageSize)
{
    Result<Plan> built = planFor(m_db, text);
    if (!built)
        return built.error();
    const Plan plan = built.take();
    if (plan.conditions.isEmpty() && !text.trimmed().isEmpty())
        return CustomerPage {}; // nothing searchable in the text (only separators)

    // The smallest source, counted up to the fetch limit (the index does not say how many
    // customers are behind a prefix).
    qsizetype best = -1;
    const qint64 fetchLimit = plan.fetchLimit();
    qint64 bestCount = fetchLimit + 1;
    for (qsizetype i = 0; i < plan.sources.size(); ++i) {
        Result<qint64> count = countUpTo(m_db, plan.sources.at(i), bestCount);
        if (!count)
            return count.error();
        if (count.value() == 0)
            return CustomerPage {}; // each source holds every match: there is none
        if (count.value() < bestCount) {
            bestCount = count.value();
            best = i;
        }
    }

    const int limit = pageSize + 1;
    QList<Row> rows;
    if (!plan.phoneSource.isEmpty()) {
        // A few thousand numbers sort fast from the index; more ("0092 30", every mobile of a country) are
        // common enough that the most recent customers hold a page of them.
        Result<qint64> count = countUpTo(m_db, plan.phoneSource, PhoneSortLimit + 1);
        if (!count)
            return count.error();
        const Status status = count.value() <= PhoneSortLimit
            ? phoneRows(m_db, plan.phoneSource, after, limit, 4 * limit, rows)
            : walk(m_db, {}, plan.conditions, 0, after, limit, rows);
        if (!status)
            return status.error();
    } else if (best >= 0) {
        const Sql tier = plan.tiers() ? Sql { u"CASE WHEN "_s, {} } + plan.exactAll + Sql { u" THEN 0 ELSE 1 END"_s, {} }
                                      : Sql { u"0"_s, {} };
        if (Status status = fetch(m_db, plan.sources.at(best), plan.conditions, tier, after, limit, rows); !status)
            return status.error();
    } else if (!plan.tiers()) {
        if (Status status = walk(m_db, plan.listKey, plan.conditions, 0, after, limit, rows); !status)
            return status.error();
    } else {
        // Dense words: the exact tier first (fetched when rare), then the others in recency order.
        // The word being typed is mostly no whole word of anyone's: then nobody is in the exact tier.
        bool exact = !after || after->tier == 0;
        for (qsizetype i = 0; exact && i < plan.words.size(); ++i) {
            Result<qint64> whole = countUpTo(m_db,
                Sql { u"SELECT customer_id FROM customer_search_terms WHERE term = ?"_s, { plan.words.at(i) } }, 1);
            if (!whole)
                return whole.error();
            exact = whole.value() > 0;
        }
        if (exact) {
            Result<qint64> exactCount = countUpTo(m_db, plan.exactSource, fetchLimit + 1);
            if (!exactCount)
                return exactCount.error();
            if (exactCount.value() > 0) {
                const Status status = exactCount.value() <= fetchLimit
                    ? fetch(m_db, plan.exactSource, plan.exactConditions, Sql { u"0"_s, {} }, after, limit, rows)
                    : walk(m_db, plan.listKey, plan.exactConditions, 0, after, limit, rows);
                if (!status)
                    return status.error();
            }
        }
        if (rows.size() < limit) {
            QList<Sql> others = plan.conditions;
            others << Sql { u"NOT ("_s, {} } + plan.exactAll + Sql { u")"_s, {} };
            const int rest = limit - static_cast<int>(rows.size());
            // Words that are mostly typed whole ("nuria") leave few prefix matches: fetch those.
            qint64 prefixCount = fetchLimit + 1;
            if (!plan.prefixSource.isEmpty()) {
                Result<qint64> count = countUpTo(m_db, plan.prefixSource, fetchLimit + 1);
                if (!count)
                    return count.error();
                prefixCount = count.value();
            }
            const Status status = prefixCount == 0 ? Status {}
                : prefixCount <= fetchLimit
                ? fetch(m_db, plan.prefixSource, others, Sql { u"1"_s, {} }, after, rest, rows)
                : walk(m_db, plan.listKey, others, 1, after, rest, rows);
            if (!status)
                return status.error();
        }
    }

    CustomerPage page;
    for (const Row& row : rows) {
        if (page.rows.size() == pageSize) {
            const Row& last = rows.at(pageSize - 1);
            page.next = CustomerCursor { last.tier, last.lastContactMs, last.customer.id };
            break;
        }
        page.rows << row.customer;
    }
    return page;
}

