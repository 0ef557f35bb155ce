#include "storage/CustomerSearch.h"

#include "domain/PhoneKeys.h"
#include "storage/CustomerRow.h"
#include "storage/Database.h"
#include "storage/SearchTerms.h"
#include "storage/SqlStatement.h"

#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
qint64 s_fetchLimit = 2000;
int s_enumerateLimit = 8;

/// SQL text with its bound values in order (QString: a key, qint64: an integer).
struct Sql
{
    QString text;
    QVariantList binds;

    bool isEmpty() const { return text.isEmpty(); }
};

Sql operator+(const Sql& a, const Sql& b)
{
    return { a.text + b.text, a.binds + b.binds };
}

Sql joined(const QList<Sql>& parts, const QString& separator)
{
    Sql out;
    for (const Sql& part : parts) {
        if (!out.text.isEmpty())
            out.text += separator;
        out.text += part.text;
        out.binds += part.binds;
    }
    return out;
}

void bindAll(SqlStatement& q, const QVariantList& binds)
{
    for (const QVariant& value : binds) {
        if (value.typeId() == QMetaType::QString)
            q.bindKey(value.toString());
        else
            q.bindInt(value.toLongLong());
    }
}

struct Range
{
    QString lower;
    QString upper;
};

Range prefixRange(const QString& prefix)
{
    QString upper = SearchTerms::prefixUpperBound(prefix);
    if (upper.isEmpty())
        upper = prefix + QChar(0xFFFF);
    return { prefix, upper };
}

Sql termExists(const Range& r)
{
    return { u"EXISTS (SELECT 1 FROM customer_search_terms t WHERE t.customer_id = c.id AND t.term >= ? AND t.term < ?)"_s,
        { r.lower, r.upper } };
}

Sql termEquals(const QString& term)
{
    return { u"EXISTS (SELECT 1 FROM customer_search_terms t WHERE t.customer_id = c.id AND t.term = ?)"_s, { term } };
}

Sql termSourceAbove(const Range& r)
{
    return { u"SELECT customer_id FROM customer_search_terms WHERE term > ? AND term < ?"_s, { r.lower, r.upper } };
}

Sql termSource(const Range& r)
{
    return { u"SELECT customer_id FROM customer_search_terms WHERE term >= ? AND term < ?"_s, { r.lower, r.upper } };
}

Sql termEqualSource(const QString& term)
{
    return { u"SELECT customer_id FROM customer_search_terms WHERE term = ?"_s, { term } };
}

Sql unionAll(const QList<Sql>& sources)
{
    return joined(sources, u" UNION ALL "_s);
}

/// What a page must satisfy and where its candidates may come from.
struct Plan
{
    QList<Sql> conditions;          ///< all must hold
    Sql exactAll;                   ///< all query words equal whole name words; empty: no tiers
    QList<Sql> sources;             ///< each a superset of the matches (customer ids)
    QList<Sql> exactConditions;     ///< the exact tier alone, for dense searches
    Sql exactSource;                ///< a superset of the exact tier
    Sql prefixSource;               ///< a superset of the prefix tier, without the exact terms
    QString listKey;                ///< the search list holding every match; empty: none does
    bool tiers() const { return !exactAll.isEmpty(); }
};

QString inList(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

Plan phonePlan(const PhoneQuery& query)
{
    Plan plan;
    Sql condition;
    Sql source;
    switch (query.kind) {
    case PhoneQuery::Kind::International: {
        const Range e164 = prefixRange(query.e164);
        condition = { u"(p.e164 >= ? AND p.e164 < ?)"_s, { e164.lower, e164.upper } };
        source = { u"SELECT customer_id FROM customer_phones WHERE e164 >= ? AND e164 < ?"_s, { e164.lower, e164.upper } };
        if (!query.national.isEmpty()) {
            const Range national = prefixRange(query.national);
            condition = condition
                + Sql { u" OR (p.e164 = '' AND p.national >= ? AND p.national < ?)"_s, { national.lower, national.upper } };
            source = source
                + Sql { u" UNION ALL SELECT customer_id FROM customer_phones WHERE national >= ? AND national < ? "
                        u"AND e164 = ''"_s,
                    { national.lower, national.upper } };
        }
        break;
    }
    case PhoneQuery::Kind::National: {
        // Also as the end of a number: the last six digits may start with a 0 ("022338").
        const Range national = prefixRange(query.national);
        QString reversed = query.digits;
        std::reverse(reversed.begin(), reversed.end());
        const Range suffix = prefixRange(reversed);
        condition = { u"(p.national >= ? AND p.national < ?) OR (p.reversed >= ? AND p.reversed < ?)"_s,
            { national.lower, national.upper, suffix.lower, suffix.upper } };
        source = { u"SELECT customer_id FROM customer_phones WHERE national >= ? AND national < ? UNION ALL "
                   u"SELECT customer_id FROM customer_phones WHERE reversed >= ? AND reversed < ?"_s,
            { national.lower, national.upper, suffix.lower, suffix.upper } };
        break;
    }
    case PhoneQuery::Kind::Digits: {
        QString reversed = query.digits;
        std::reverse(reversed.begin(), reversed.end());
        const Range suffix = prefixRange(reversed);
        QVariantList endings;
        for (qsizetype length = PhoneQuery::MinDigits; length <= query.digits.size(); ++length)
            endings << query.digits.right(length);
        const QString in = inList(static_cast<int>(endings.size()));
        condition = Sql { u"(p.reversed >= ? AND p.reversed < ?)"_s, { suffix.lower, suffix.upper } }
            + Sql { u" OR (p.e164 = '' AND p.national IN ("_s % in % u"))"_s, endings };
        source = Sql { u"SELECT customer_id FROM customer_phones WHERE reversed >= ? AND reversed < ?"_s,
                     { suffix.lower, suffix.upper } }
            + Sql { u" UNION ALL SELECT customer_id FROM customer_phones WHERE national IN ("_s % in % u") AND e164 = ''"_s,
                endings };
        break;
    }
    }
    plan.conditions << Sql { u"EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id AND ("_s, {} }
            + condition + Sql { u"))"_s, {} };
    plan.sources << source;
    return plan;
}

Result<qint64> countUpTo(const Database& db, const Sql& source, qint64 cap)
{
    SqlStatement q(db, u"SELECT count(*) FROM (SELECT 1 FROM ("_s % source.text % u") s LIMIT ?) x"_s);
    bindAll(q, source.binds);
    q.bindInt(cap);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : qint64(0);
}

/// The distinct terms starting with `prefix`, or nothing when there are more than `limit`.
Result<QStringList> termsStartingWith(const Database& db, const QString& prefix, int limit)
{
    const Range range = prefixRange(prefix);
    QStringList found;
    SqlStatement first(db,
        u"SELECT term FROM customer_search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT 1"_s);
    SqlStatement following(db,
        u"SELECT term FROM customer_search_terms WHERE term > ? AND term < ? ORDER BY term LIMIT 1"_s);
    for (;;) {
        SqlStatement& q = found.isEmpty() ? first : following;
        q.bindKey(found.isEmpty() ? range.lower : found.constLast()).bindKey(range.upper);
        if (Status status = q.exec(); !status)
            return status.error();
        if (!q.next())
            return found;
        if (found.size() == limit)
            return QStringList();
        found << q.text(0);
        q.finish();
    }
}

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
    bindAll(q, sql.binds);
    return readRows(q, rows);
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
    bindAll(q, sql.binds);
    return readRows(q, rows);
}

/// The plan of a text search: words of the name (prefixes) and an e-mail prefix.
Result<Plan> textPlan(const Database& db, const QString& text)
{
    Plan plan;
    QStringList words = SearchTerms::queryWords(text);
    const QString email = SearchTerms::emailPrefix(text);
    if (text.contains(u'@'))
        words.clear();
    const Sql emailCondition = email.isEmpty() ? Sql {} : termExists(prefixRange(SearchTerms::EmailMark + email));
    const Sql emailSource = email.isEmpty() ? Sql {} : termSource(prefixRange(SearchTerms::EmailMark + email));
    if (words.isEmpty()) {
        if (!email.isEmpty()) {
            plan.conditions << emailCondition;
            plan.sources << emailSource;
            plan.listKey = SearchTerms::prefixKey(email);
        }
        return plan;
    }
    // The list of the longest word: every name starting with it (and every e-mail address), in order.
    const QString longest = *std::max_element(words.cbegin(), words.cend(),
        [](const QString& a, const QString& b) { return a.size() < b.size(); });
    plan.listKey = SearchTerms::prefixKey(longest);
    // One word may also be an e-mail prefix: its list holds those addresses only when they start alike.
    if (words.size() == 1 && !email.isEmpty() && SearchTerms::prefixKey(email) != plan.listKey)
        plan.listKey.clear();
    QList<Sql> exact;
    for (const QString& word : words) {
        plan.conditions << termExists(prefixRange(word));
        plan.sources << termSource(prefixRange(word));
        exact << termEquals(word);
    }
    plan.exactAll = joined(exact, u" AND "_s);
    plan.exactConditions = exact;
    if (words.size() == 1) {
        plan.exactSource = termEqualSource(words.first());
        plan.prefixSource = termSourceAbove(prefixRange(words.first()));
        if (!email.isEmpty())
            plan.prefixSource = unionAll({ plan.prefixSource, emailSource });
        if (!email.isEmpty()) {
            plan.conditions.first() = Sql { u"("_s, {} } + plan.conditions.first() + Sql { u" OR "_s, {} }
                + emailCondition + Sql { u")"_s, {} };
            plan.sources.first() = unionAll({ plan.sources.first(), emailSource });
        }
        return plan;
    }
    const Sql longNames = termEqualSource(QString(SearchTerms::LongNameMark));
    plan.exactSource = unionAll({ termEqualSource(SearchTerms::pair(words.at(0), words.at(1))), longNames });
    // Pairs: a word that stands for few whole words, paired with the longest other word.
    QStringList byLength = words;
    std::stable_sort(byLength.begin(), byLength.end(),
        [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& word : byLength) {
        Result<QStringList> whole = termsStartingWith(db, word, s_enumerateLimit);
        if (!whole)
            return whole.error();
        if (whole.value().isEmpty())
            continue;
        const QString& other = byLength.first() == word ? byLength.at(1) : byLength.first();
        QList<Sql> pairs { longNames };
        QList<Sql> inexact { longNames };
        for (const QString& first : whole.value()) {
            const Range range { SearchTerms::pair(first, other),
                SearchTerms::pair(first, SearchTerms::prefixUpperBound(other)) };
            pairs << termSource(range);
            // The pair of the two words as typed is the exact tier, not the prefix one.
            inexact << (first == word ? termSourceAbove(range) : termSource(range));
        }
        plan.sources.prepend(unionAll(pairs));
        plan.prefixSource = unionAll(inexact);
        break;
    }
    return plan;
}
} // namespace

CustomerSearch::CustomerSearch(const Database& db)
    : m_db(db)
{
}

void CustomerSearch::setTuning(qint64 fetchLimit, int enumerateLimit)
{
    s_fetchLimit = fetchLimit;
    s_enumerateLimit = enumerateLimit;
}

Result<CustomerPage> CustomerSearch::page(
    const QString& text, const std::optional<CustomerCursor>& after, int pageSize)
{
    Plan plan;
    if (const std::optional<PhoneQuery> phone = PhoneQuery::parse(text)) {
        plan = phonePlan(*phone);
    } else if (!text.trimmed().isEmpty()) {
        Result<Plan> built = textPlan(m_db, text);
        if (!built)
            return built.error();
        plan = built.take();
        if (plan.conditions.isEmpty())
            return CustomerPage {}; // nothing searchable in the text (only separators)
    }

    // The smallest source, counted up to the fetch limit (the index does not say how many
    // customers are behind a prefix).
    qsizetype best = -1;
    qint64 bestCount = s_fetchLimit + 1;
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
    if (best >= 0) {
        const Sql tier = plan.tiers() ? Sql { u"CASE WHEN "_s, {} } + plan.exactAll + Sql { u" THEN 0 ELSE 1 END"_s, {} }
                                      : Sql { u"0"_s, {} };
        if (Status status = fetch(m_db, plan.sources.at(best), plan.conditions, tier, after, limit, rows); !status)
            return status.error();
    } else if (!plan.tiers()) {
        if (Status status = walk(m_db, plan.listKey, plan.conditions, 0, after, limit, rows); !status)
            return status.error();
    } else {
        // Dense words: the exact tier first (fetched when rare), then the others in recency order.
        if (!after || after->tier == 0) {
            Result<qint64> exactCount = countUpTo(m_db, plan.exactSource, s_fetchLimit + 1);
            if (!exactCount)
                return exactCount.error();
            if (exactCount.value() > 0) {
                const Status status = exactCount.value() <= s_fetchLimit
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
            qint64 prefixCount = s_fetchLimit + 1;
            if (!plan.prefixSource.isEmpty()) {
                Result<qint64> count = countUpTo(m_db, plan.prefixSource, s_fetchLimit + 1);
                if (!count)
                    return count.error();
                prefixCount = count.value();
            }
            const Status status = prefixCount == 0 ? Status {}
                : prefixCount <= s_fetchLimit
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
