#include "storage/CustomerKeys.h"

#include "domain/PhoneKeys.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/SearchTerms.h"
#include "storage/SqlStatement.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
/// Rows per multi-row INSERT: Qt binds positional values by name lookups that grow with the count.
constexpr int RowsPerInsert = 16;
/// Customers read and rewritten per step of rebuildAll().
constexpr int RebuildBatch = 5000;
} // namespace

CustomerKeys::Writer::Writer(const Database& db)
    : m_terms(db, u"customer_search_terms"_s, { u"term"_s, u"customer_id"_s }, RowsPerInsert,
          u" ON CONFLICT DO NOTHING"_s)
    , m_prefixes(db, u"customer_search_prefixes"_s, { u"prefix"_s, u"last_contact_ms"_s, u"customer_id"_s },
          RowsPerInsert, u" ON CONFLICT DO NOTHING"_s)
    , m_phones(db, u"customer_phones"_s,
          { u"customer_id"_s, u"position"_s, u"number"_s, u"e164"_s, u"national"_s, u"region"_s, u"reversed"_s,
              u"last_contact_ms"_s },
          RowsPerInsert)
{
}

Status CustomerKeys::Writer::addSearchKeys(qint64 id, qint64 lastContactMs, const Customer& stored)
{
    for (const QString& term : SearchTerms::forCustomer(stored)) {
        if (Status status = m_terms.add({ term, id }); !status)
            return status;
    }
    for (const QString& prefix : SearchTerms::prefixesFor(stored)) {
        if (Status status = m_prefixes.add({ prefix, lastContactMs, id }); !status)
            return status;
    }
    return {};
}

Status CustomerKeys::Writer::addPhone(
    qint64 id, int position, const QString& number, const PhoneKeys& keys, qint64 lastContactMs)
{
    return m_phones.add({ id, position, number, keys.e164, keys.national, keys.region, keys.reversed, lastContactMs });
}

Status CustomerKeys::Writer::add(qint64 id, qint64 lastContactMs, const Customer& stored)
{
    if (Status status = addSearchKeys(id, lastContactMs, stored); !status)
        return status;
    QStringList numbers { stored.phone };
    numbers << stored.otherPhones;
    for (int position = 0; position < numbers.size(); ++position) {
        const QString number = numbers.at(position).trimmed();
        if (number.isEmpty() && position > 0)
            continue;
        if (Status status = addPhone(id, position, number, PhoneKeys::of(number, stored.country), lastContactMs); !status)
            return status;
    }
    return {};
}

Status CustomerKeys::Writer::flush()
{
    for (BatchInsert* batch : { &m_terms, &m_prefixes, &m_phones }) {
        if (Status status = batch->flush(); !status)
            return status;
    }
    return {};
}

void CustomerKeys::Writer::clear()
{
    for (BatchInsert* batch : { &m_terms, &m_prefixes, &m_phones })
        batch->clear();
}

Status CustomerKeys::write(const Database& db, qint64 id, const Customer& stored)
{
    if (Status status = remove(db, id); !status)
        return status;
    SqlStatement last(db, u"SELECT last_contact_ms FROM customers WHERE id = ?"_s);
    last.bindInt(id);
    if (Status status = last.exec(); !status)
        return status;
    const qint64 lastContactMs = last.next() ? last.integer(0) : 0;
    last.finish();
    Writer writer(db);
    if (Status status = writer.add(id, lastContactMs, stored); !status)
        return status;
    return writer.flush();
}

Status CustomerKeys::remove(const Database& db, qint64 id)
{
    for (const char16_t* table : { u"customer_search_terms", u"customer_search_prefixes", u"customer_phones" }) {
        SqlStatement clear(db, u"DELETE FROM "_s % QStringView(table) % u" WHERE customer_id = ?"_s);
        clear.bindInt(id);
        if (Status status = clear.exec(); !status)
            return status;
    }
    return {};
}

Status CustomerKeys::rebuildAll(const Database& db)
{
    for (const QString& sql : { u"DELETE FROM customer_search_terms"_s, u"DELETE FROM customer_search_prefixes"_s,
             u"DELETE FROM customer_phones"_s }) {
        if (Status status = SqlStatement::run(db, sql); !status)
            return status;
    }
    qint64 after = 0;
    for (;;) {
        SqlStatement read(db,
            u"SELECT id, given_name, family_name, phone, email, country, last_contact_ms FROM customers "
            u"WHERE id > ? ORDER BY id LIMIT ?"_s);
        read.bindInt(after).bindInt(RebuildBatch);
        if (Status status = read.exec(); !status)
            return status;
        QList<std::pair<Customer, qint64>> batch; // with its last contact
        while (read.next()) {
            Customer c;
            c.id = read.integer(0);
            c.givenName = read.text(1);
            c.familyName = read.text(2);
            c.phone = read.text(3);
            c.email = read.text(4);
            c.country = read.text(5);
            batch.append({ c, read.integer(6) });
            after = c.id;
        }
        read.finish();
        Writer writer(db);
        QList<QPair<qint64, QString>> sortKeys;
        for (const auto& [c, lastContactMs] : std::as_const(batch)) {
            if (Status status = writer.add(c.id, lastContactMs, c); !status)
                return status;
            sortKeys << qMakePair(c.id, SearchTerms::sortKey(c));
        }
        if (sortKeys.isEmpty())
            return {};
        if (Status status = writer.flush(); !status)
            return status;
        SqlStatement update(db, u"UPDATE customers SET sort_key = ? WHERE id = ?"_s);
        for (const auto& [id, key] : sortKeys) {
            update.bindKey(key).bindInt(id);
            if (Status status = update.exec(); !status)
                return status;
        }
    }
}

Status CustomerKeys::touchLastContact(const Database& db, qint64 id, qint64 ms)
{
    if (id <= 0 || ms <= 0)
        return {};
    // The search lists carry the last contact too: a customer moves to the front of each list.
    for (const QString& sql : { u"UPDATE customers SET last_contact_ms = ? WHERE id = ? AND last_contact_ms < ?"_s,
             u"UPDATE customer_search_prefixes SET last_contact_ms = ? WHERE customer_id = ? AND last_contact_ms < ?"_s,
             u"UPDATE customer_phones SET last_contact_ms = ? WHERE customer_id = ? AND last_contact_ms < ?"_s }) {
        SqlStatement q(db, sql);
        q.bindInt(ms).bindInt(id).bindInt(ms);
        if (Status status = q.exec(); !status)
            return status;
    }
    return {};
}
