#include "storage/CustomerRepository.h"

#include "domain/CardDataGuard.h"

#include "storage/Database.h"
#include "storage/SearchTerms.h"
#include "storage/SqlErrors.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
const QString Columns = u"c.id, c.salutation, c.given_name, c.family_name, c.phone, c.email, c.address, "
                        u"c.preferred_language, c.created_ms, c.sort_key, c.country, c.tags, c.last_contact_ms"_s;

Customer readCustomer(const SqlStatement& q)
{
    Customer c;
    c.id = q.integer(0);
    c.salutation = q.text(1);
    c.givenName = q.text(2);
    c.familyName = q.text(3);
    c.phone = q.text(4);
    c.email = q.text(5);
    c.address = q.text(6);
    c.preferredLanguage = q.text(7);
    c.createdUtc = q.time(8);
    c.country = q.text(10);
    c.tags = q.text(11).split(u'\n', Qt::SkipEmptyParts);
    if (const qint64 lastContact = q.integer(12); lastContact > 0)
        c.lastContactUtc = QDateTime::fromMSecsSinceEpoch(lastContact, Qt::UTC);
    return c;
}

/// The customer as stored: the free-text fields masked (CardDataGuard) before the sort key and search
/// terms are made from them, so no index can hold a card number typed into a name or address.
Customer asStored(const Customer& customer)
{
    Customer c = customer;
    for (QString* text : {&c.salutation, &c.givenName, &c.familyName, &c.email, &c.address})
        *text = CardDataGuard::outbound(*text);
    for (QString& tag : c.tags)
        tag = CardDataGuard::outbound(tag.trimmed());
    c.tags.removeAll(QString());
    c.country = c.country.trimmed().toUpper();
    return c;
}

/// Binds the columns insert and update share, in this order: salutation, given_name, family_name,
/// phone, phone_digits, email, address, preferred_language, sort_key, country, tags. Names, addresses
/// and tags are free text (masked by bindText); the phone and the derived keys are bound as they are.
SqlStatement& bindFields(SqlStatement& q, const Customer& stored)
{
    return q.bindText(stored.salutation)
        .bindText(stored.givenName)
        .bindText(stored.familyName)
        .bindKey(stored.phone)
        .bindKey(SearchTerms::digits(stored.phone))
        .bindText(stored.email)
        .bindText(stored.address)
        .bindKey(stored.preferredLanguage)
        .bindKey(SearchTerms::sortKey(stored))
        .bindKey(stored.country)
        .bindText(stored.tags.join(u'\n'));
}

Status writeTerms(Database& db, qint64 customerId, const Customer& customer)
{
    SqlStatement clear(db, u"DELETE FROM customer_search_terms WHERE customer_id = ?"_s);
    clear.bindInt(customerId);
    if (Status status = clear.exec(); !status)
        return status;
    SqlStatement add(db, u"INSERT INTO customer_search_terms (term, customer_id) VALUES (?, ?)"_s);
    for (const QString& term : SearchTerms::forCustomer(customer)) {
        add.bindKey(term).bindInt(customerId);
        if (Status status = add.exec(); !status)
            return status;
    }
    return {};
}

/// One search word as an index range, with how many terms fall in it (counted up to a cap).
struct WordRange
{
    QString lower;
    QString upper; ///< empty: no upper bound
    qint64 matches = 0;
};

/// Up to this many matching terms, a search fetches the matches by id and sorts them.
qint64 s_listPlanLimit = 5000;
/// Matching terms are counted up to this many when several common words must be combined.
constexpr qint64 CountCap = 100000;
/// Longest expected walk (customers looked at) before intersecting the words' matches is cheaper.
double s_walkLimit = 20000;

Result<qint64> countTerms(Database& db, const WordRange& range, qint64 cap)
{
    SqlStatement q(db,
        range.upper.isEmpty()
            ? u"SELECT count(*) FROM (SELECT 1 FROM customer_search_terms WHERE term >= ? LIMIT ?) x"_s
            : u"SELECT count(*) FROM (SELECT 1 FROM customer_search_terms "
              u"WHERE term >= ? AND term < ? LIMIT ?) x"_s);
    q.bindKey(range.lower);
    if (!range.upper.isEmpty())
        q.bindKey(range.upper);
    q.bindInt(cap);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : qint64(0);
}

Result<qint64> largestCustomerId(Database& db)
{
    SqlStatement q(db, u"SELECT max(id) FROM customers"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : qint64(0);
}

QString termRange(const WordRange& range)
{
    return range.upper.isEmpty() ? u"SELECT customer_id FROM customer_search_terms WHERE term >= ?"_s
                                 : u"SELECT customer_id FROM customer_search_terms WHERE term >= ? AND term < ?"_s;
}

QString termExists(const WordRange& range)
{
    return range.upper.isEmpty()
        ? u" AND EXISTS (SELECT 1 FROM customer_search_terms t WHERE t.customer_id = c.id AND t.term >= ?)"_s
        : u" AND EXISTS (SELECT 1 FROM customer_search_terms t WHERE t.customer_id = c.id "
          u"AND t.term >= ? AND t.term < ?)"_s;
}

Result<std::optional<Customer>> fetchOne(SqlStatement& q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<Customer>();
    return std::optional<Customer>(readCustomer(q));
}
} // namespace

CustomerRepository::CustomerRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> CustomerRepository::insert(const Customer& customer)
{
    const Customer stored = asStored(customer);
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status.error();
    SqlStatement q = SqlStatement::insert(m_db,
        u"INSERT INTO customers (salutation, given_name, family_name, phone, phone_digits, email, address, "
        u"preferred_language, sort_key, country, tags, created_ms, updated_ms) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindFields(q, stored).bindTime(stored.createdUtc).bindTime(stored.createdUtc);
    Result<qint64> id = q.execInsert();
    if (!id)
        return id;
    if (Status status = writeTerms(m_db, id.value(), stored); !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return id;
}

Status CustomerRepository::update(const Customer& customer)
{
    const Customer stored = asStored(customer);
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status;
    SqlStatement q(m_db,
        u"UPDATE customers SET salutation = ?, given_name = ?, family_name = ?, phone = ?, phone_digits = ?, "
        u"email = ?, address = ?, preferred_language = ?, sort_key = ?, country = ?, tags = ? "
        u"WHERE id = ?"_s);
    bindFields(q, stored).bindInt(stored.id);
    if (Status status = q.exec(); !status)
        return status;
    if (q.rowsAffected() == 0) {
        return Error { Error::Code::NotFound,
            SqlErrors::tr("The customer record no longer exists. Someone may have removed it."), {} };
    }
    if (Status status = writeTerms(m_db, stored.id, stored); !status)
        return status;
    return tx.commit();
}

Result<std::optional<Customer>> CustomerRepository::find(qint64 id)
{
    SqlStatement q(m_db, u"SELECT "_s % Columns % u" FROM customers c WHERE c.id = ?"_s);
    q.bindInt(id);
    return fetchOne(q);
}

Result<std::optional<Customer>> CustomerRepository::findByPhone(const QString& phone)
{
    QString digits = SearchTerms::digits(phone);
    if (digits.isEmpty())
        return std::optional<Customer>();
    {
        SqlStatement q(
            m_db, u"SELECT "_s % Columns % u" FROM customers c WHERE c.phone_digits = ? ORDER BY c.id LIMIT 1"_s);
        q.bindKey(digits);
        Result<std::optional<Customer>> found = fetchOne(q);
        if (!found || found.value())
            return found;
    }
    // "0091 98480 22338" is "+91 98480 22338"; "098480 22338" and "98480 22338" its national form.
    const bool international = phone.trimmed().startsWith(u'+') || digits.startsWith(u"00");
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.isEmpty())
        return std::optional<Customer>();
    SqlStatement q(m_db,
        international ? u"SELECT "_s % Columns % u" FROM customers c WHERE c.phone_digits = ? ORDER BY c.id LIMIT 1"_s
                      : u"SELECT "_s % Columns
                % u" FROM customers c JOIN customer_search_terms t ON t.customer_id = c.id "
                  u"WHERE t.term = ? ORDER BY c.id LIMIT 1"_s);
    q.bindKey(digits);
    return fetchOne(q);
}

Result<CustomerPage> CustomerRepository::search(
    const QString& text, const std::optional<CustomerCursor>& after, int limit)
{
    const int pageSize = qBound(1, limit, 10000);
    QList<WordRange> ranges;
    for (const QString& word : SearchTerms::queryWords(text)) {
        WordRange range { word, SearchTerms::prefixUpperBound(word), 0 };
        Result<qint64> matches = countTerms(m_db, range, s_listPlanLimit + 1);
        if (!matches)
            return matches.error();
        if (matches.value() == 0)
            return CustomerPage {}; // one word matches nobody: neither does the whole search
        range.matches = matches.value();
        ranges << range;
    }
    // Three ways to find a page, chosen by how many terms each word matches (the index does not
    // say how many customers are behind a prefix, so we count, with a cap):
    // - a rare word: fetch its customers by id, test the other words, sort (cost ~ its matches);
    // - common words: walk customers in sort order and test each (cost ~ page / selectivity);
    // - several common words whose combination is rare: intersect their matches, then sort.
    qsizetype driver = -1;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        if (ranges.at(i).matches <= s_listPlanLimit && (driver < 0 || ranges.at(i).matches < ranges.at(driver).matches))
            driver = i;
    }
    bool intersect = false;
    if (driver < 0 && ranges.size() > 1) {
        Result<qint64> customers = largestCustomerId(m_db);
        if (!customers)
            return customers.error();
        double walk = pageSize;
        for (WordRange& range : ranges) {
            Result<qint64> matches = countTerms(m_db, range, CountCap);
            if (!matches)
                return matches.error();
            range.matches = matches.value();
            walk *= double(qMax<qint64>(customers.value(), 1)) / double(qMax<qint64>(range.matches, 1));
        }
        intersect = walk > s_walkLimit;
    }

    QString sql = u"SELECT "_s % Columns % u" FROM customers c WHERE 1 = 1"_s;
    QList<const WordRange*> bindOrder;
    if (intersect) {
        QStringList parts;
        for (const WordRange& range : ranges) {
            parts << termRange(range);
            bindOrder << &range;
        }
        sql += u" AND c.id IN ("_s % parts.join(u" INTERSECT "_s) % u')';
    } else {
        if (driver >= 0) {
            sql += u" AND c.id IN ("_s % termRange(ranges.at(driver)) % u')';
            bindOrder << &ranges.at(driver);
        }
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            if (i != driver) {
                sql += termExists(ranges.at(i));
                bindOrder << &ranges.at(i);
            }
        }
    }
    // "(sort_key, id) > cursor", spelled so that both planners get a range on customers_sort.
    if (after)
        sql += u" AND c.sort_key >= ? AND (c.sort_key > ? OR c.id > ?)"_s;
    sql += u" ORDER BY c.sort_key, c.id LIMIT ?"_s;

    SqlStatement q(m_db, sql);
    for (const WordRange* range : bindOrder) {
        q.bindKey(range->lower);
        if (!range->upper.isEmpty())
            q.bindKey(range->upper);
    }
    if (after)
        q.bindKey(after->sortKey).bindKey(after->sortKey).bindInt(after->id);
    q.bindInt(pageSize + 1);
    if (Status status = q.exec(); !status)
        return status.error();

    CustomerPage page;
    QString lastKey;
    while (q.next()) {
        if (page.rows.size() == pageSize) {
            page.next = CustomerCursor { lastKey, page.rows.constLast().id };
            break;
        }
        page.rows << readCustomer(q);
        lastKey = q.text(9);
    }
    return page;
}

void CustomerRepository::setSearchTuningForTesting(qint64 listPlanLimit, double walkLimit)
{
    s_listPlanLimit = listPlanLimit;
    s_walkLimit = walkLimit;
}

Result<qint64> CustomerRepository::count()
{
    SqlStatement q(m_db, u"SELECT count(*) FROM customers"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : qint64(0);
}

Result<qint64> CustomerRepository::countUpTo(qint64 cap)
{
    SqlStatement q(m_db, u"SELECT count(*) FROM (SELECT 1 FROM customers LIMIT ?) x"_s);
    q.bindInt(qMax<qint64>(0, cap));
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : qint64(0);
}
