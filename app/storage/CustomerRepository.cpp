#include "storage/CustomerRepository.h"

#include "domain/CardDataGuard.h"
#include "domain/PhoneKeys.h"

#include "storage/CustomerKeys.h"
#include "storage/CustomerRow.h"
#include "storage/CustomerSearch.h"
#include "storage/Database.h"
#include "storage/SearchTerms.h"
#include "storage/SqlErrors.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
/// The customer as stored: the free-text fields masked (CardDataGuard) before the sort key and search
/// terms are made from them, so no index can hold a card number typed into a name or address.
Customer asStored(const Customer& customer)
{
    Customer c = customer;
    for (QString* text : {&c.salutation, &c.givenName, &c.familyName, &c.email, &c.address})
        *text = CardDataGuard::outbound(*text);
    for (QString& phone : c.otherPhones)
        phone = phone.trimmed();
    c.otherPhones.removeAll(QString());
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

Result<std::optional<Customer>> fetchOne(SqlStatement& q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<Customer>();
    return std::optional<Customer>(CustomerRow::read(q));
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
    if (Status status = CustomerKeys::write(m_db, id.value(), stored); !status)
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
    if (Status status = CustomerKeys::write(m_db, stored.id, stored); !status)
        return status;
    return tx.commit();
}

Result<std::optional<Customer>> CustomerRepository::find(qint64 id)
{
    SqlStatement q(m_db, u"SELECT "_s % CustomerRow::columns() % u" FROM customers c WHERE c.id = ?"_s);
    q.bindInt(id);
    Result<std::optional<Customer>> found = fetchOne(q);
    if (!found || !found.value())
        return found;
    q.finish();
    SqlStatement phones(
        m_db, u"SELECT number FROM customer_phones WHERE customer_id = ? AND position > 0 ORDER BY position"_s);
    phones.bindInt(id);
    if (Status status = phones.exec(); !status)
        return status.error();
    while (phones.next())
        found.value()->otherPhones << phones.text(0);
    return found;
}

Result<std::optional<Customer>> CustomerRepository::findByPhone(const QString& phone)
{
    const PhoneKeys keys = PhoneKeys::of(phone, {});
    if (!keys.e164.isEmpty()) {
        SqlStatement q(m_db,
            u"SELECT "_s % CustomerRow::columns()
                % u" FROM customers c WHERE c.merged_into IS NULL AND c.id IN "
                  u"(SELECT customer_id FROM customer_phones WHERE e164 = ?) "
                  u"ORDER BY c.last_contact_ms DESC, c.id DESC LIMIT 1"_s);
        q.bindKey(keys.e164);
        Result<std::optional<Customer>> found = fetchOne(q);
        if (!found || found.value())
            return found;
    }
    // Not stored in that form: the search rules (national numbers, numbers without a country).
    Result<CustomerPage> page = CustomerSearch(m_db).page(phone, std::nullopt, 1);
    if (!page)
        return page.error();
    if (page.value().rows.isEmpty())
        return std::optional<Customer>();
    return find(page.value().rows.first().id);
}

Result<CustomerPage> CustomerRepository::search(
    const QString& text, const std::optional<CustomerCursor>& after, int limit)
{
    return CustomerSearch(m_db).page(text, after, qBound(1, limit, 10000));
}

void CustomerRepository::setSearchTuningForTesting(qint64 fetchLimit, int enumerateLimit)
{
    CustomerSearch::setTuning(fetchLimit, enumerateLimit);
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
