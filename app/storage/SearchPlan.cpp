#include "storage/SearchPlan.h"

#include "domain/PhoneKeys.h"
#include "storage/SearchTerms.h"
#include "storage/SqlStatement.h"

#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SearchPlan {
namespace {
qint64 s_fetchLimit = 2000;
int s_enumerateLimit = 24;
/// Lists longer than this are not told apart when choosing which one a search of several words walks.
constexpr qint64 ListCountCap = 20000;

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
        source = { u"SELECT customer_id, last_contact_ms FROM customer_phones WHERE e164 >= ? AND e164 < ?"_s, { e164.lower, e164.upper } };
        if (!query.national.isEmpty()) {
            const Range national = prefixRange(query.national);
            condition = condition
                + Sql { u" OR (p.e164 = '' AND p.national >= ? AND p.national < ?)"_s, { national.lower, national.upper } };
            source = source
                + Sql { u" UNION ALL SELECT customer_id, last_contact_ms FROM customer_phones WHERE e164 = '' "
                        u"AND national >= ? AND national < ?"_s,
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
        source = { u"SELECT customer_id, last_contact_ms FROM customer_phones WHERE national >= ? AND national < ? UNION ALL "
                   u"SELECT customer_id, last_contact_ms FROM customer_phones WHERE reversed >= ? AND reversed < ?"_s,
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
        source = Sql { u"SELECT customer_id, last_contact_ms FROM customer_phones WHERE reversed >= ? AND reversed < ?"_s,
                     { suffix.lower, suffix.upper } }
            + Sql { u" UNION ALL SELECT customer_id, last_contact_ms FROM customer_phones WHERE e164 = '' AND national IN ("_s % in % u")"_s,
                endings };
        break;
    }
    }
    plan.conditions << Sql { u"EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id AND ("_s, {} }
            + condition + Sql { u"))"_s, {} };
    plan.phoneSource = source;
    return plan;
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
    // The list walked: that of the word (one word; it holds its e-mail prefix only when they start alike),
    // else the shortest list of the words'.
    plan.listKey = SearchTerms::prefixKey(words.first());
    if (words.size() == 1 && !email.isEmpty() && SearchTerms::prefixKey(email) != plan.listKey)
        plan.listKey.clear();
    qint64 shortest = ListCountCap + 1;
    for (qsizetype i = 0; words.size() > 1 && i < words.size(); ++i) {
        const QString key = SearchTerms::prefixKey(words.at(i));
        Result<qint64> size = countUpTo(db,
            Sql { u"SELECT customer_id FROM customer_search_prefixes WHERE prefix = ?"_s, { key } }, shortest);
        if (!size)
            return size.error();
        if (size.value() < shortest) {
            shortest = size.value();
            plan.listKey = key;
        }
    }
    plan.words = words;
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

Sql operator+(const Sql& a, const Sql& b)
{
    return { a.text + b.text, a.binds + b.binds };
}

qint64 Plan::fetchLimit() const
{
    return listKey.isEmpty() ? s_fetchLimit : s_fetchLimit * 3 / 20;
}

void setTuning(qint64 fetchLimit, int enumerateLimit)
{
    s_fetchLimit = fetchLimit;
    s_enumerateLimit = enumerateLimit;
}

Result<qint64> countUpTo(const Database& db, const Sql& source, qint64 cap)
{
    SqlStatement q(db, u"SELECT count(*) FROM (SELECT 1 FROM ("_s % source.text % u") s LIMIT ?) x"_s);
    q.bindKeysAndInts(source.binds);
    q.bindInt(cap);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : qint64(0);
}

Result<Plan> planFor(const Database& db, const QString& text)
{
    if (const std::optional<PhoneQuery> phone = PhoneQuery::parse(text))
        return phonePlan(*phone);
    if (text.trimmed().isEmpty())
        return Plan {};
    return textPlan(db, text);
}

} // namespace SearchPlan
