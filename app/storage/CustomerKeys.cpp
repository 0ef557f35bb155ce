#include "storage/CustomerKeys.h"

#include "domain/PhoneKeys.h"
#include "storage/Database.h"
#include "storage/SearchTerms.h"
#include "storage/SqlStatement.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
/// Rows per multi-row INSERT; 2 or 7 parameters a row stay well under every driver's limit.
constexpr int RowsPerInsert = 100;
/// Customers read and rewritten per step of rebuildAll().
constexpr int RebuildBatch = 5000;

struct TermRow
{
    QString term;
    qint64 customerId;
};

struct PhoneRow
{
    qint64 customerId;
    int position;
    QString number;
    PhoneKeys keys;
};

QString valuesList(int rows, int columns)
{
    QString one = u"("_s;
    for (int c = 0; c < columns; ++c)
        one += c == 0 ? u"?"_s : u", ?"_s;
    one += u')';
    QStringList all;
    all.reserve(rows);
    for (int r = 0; r < rows; ++r)
        all << one;
    return all.join(u", "_s);
}

Status insertTerms(const Database& db, const QList<TermRow>& rows)
{
    for (qsizetype start = 0; start < rows.size(); start += RowsPerInsert) {
        const int count = static_cast<int>(qMin<qsizetype>(RowsPerInsert, rows.size() - start));
        SqlStatement q(db,
            u"INSERT INTO customer_search_terms (term, customer_id) VALUES "_s % valuesList(count, 2)
                % u" ON CONFLICT DO NOTHING"_s);
        for (int i = 0; i < count; ++i) {
            const TermRow& row = rows.at(start + i);
            q.bindKey(row.term).bindInt(row.customerId);
        }
        if (Status status = q.exec(); !status)
            return status;
    }
    return {};
}

Status insertPhones(const Database& db, const QList<PhoneRow>& rows)
{
    for (qsizetype start = 0; start < rows.size(); start += RowsPerInsert) {
        const int count = static_cast<int>(qMin<qsizetype>(RowsPerInsert, rows.size() - start));
        SqlStatement q(db,
            u"INSERT INTO customer_phones (customer_id, position, number, e164, national, region, reversed) VALUES "_s
                % valuesList(count, 7));
        for (int i = 0; i < count; ++i) {
            const PhoneRow& row = rows.at(start + i);
            q.bindInt(row.customerId)
                .bindInt(row.position)
                .bindKey(row.number)
                .bindKey(row.keys.e164)
                .bindKey(row.keys.national)
                .bindKey(row.keys.region)
                .bindKey(row.keys.reversed);
        }
        if (Status status = q.exec(); !status)
            return status;
    }
    return {};
}

void collect(qint64 id, const Customer& stored, QList<TermRow>& terms, QList<PhoneRow>& phones)
{
    for (const QString& term : SearchTerms::forCustomer(stored))
        terms << TermRow { term, id };
    QStringList numbers { stored.phone };
    numbers << stored.otherPhones;
    for (int position = 0; position < numbers.size(); ++position) {
        const QString number = numbers.at(position).trimmed();
        if (number.isEmpty() && position > 0)
            continue;
        phones << PhoneRow { id, position, number, PhoneKeys::of(number, stored.country) };
    }
}
} // namespace

Status CustomerKeys::write(const Database& db, qint64 id, const Customer& stored)
{
    for (const QString& table : { u"customer_search_terms"_s, u"customer_phones"_s }) {
        SqlStatement clear(db, u"DELETE FROM "_s % table % u" WHERE customer_id = ?"_s);
        clear.bindInt(id);
        if (Status status = clear.exec(); !status)
            return status;
    }
    QList<TermRow> terms;
    QList<PhoneRow> phones;
    collect(id, stored, terms, phones);
    if (Status status = insertTerms(db, terms); !status)
        return status;
    return insertPhones(db, phones);
}

Status CustomerKeys::rebuildAll(const Database& db)
{
    for (const QString& sql : { u"DELETE FROM customer_search_terms"_s, u"DELETE FROM customer_phones"_s }) {
        if (Status status = SqlStatement::run(db, sql); !status)
            return status;
    }
    qint64 after = 0;
    for (;;) {
        SqlStatement read(db,
            u"SELECT id, given_name, family_name, phone, email, country FROM customers WHERE id > ? "
            u"ORDER BY id LIMIT ?"_s);
        read.bindInt(after).bindInt(RebuildBatch);
        if (Status status = read.exec(); !status)
            return status;
        QList<TermRow> terms;
        QList<PhoneRow> phones;
        QList<QPair<qint64, QString>> sortKeys;
        while (read.next()) {
            Customer c;
            c.id = read.integer(0);
            c.givenName = read.text(1);
            c.familyName = read.text(2);
            c.phone = read.text(3);
            c.email = read.text(4);
            c.country = read.text(5);
            collect(c.id, c, terms, phones);
            sortKeys << qMakePair(c.id, SearchTerms::sortKey(c));
            after = c.id;
        }
        read.finish();
        if (sortKeys.isEmpty())
            return {};
        if (Status status = insertTerms(db, terms); !status)
            return status;
        if (Status status = insertPhones(db, phones); !status)
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
    SqlStatement q(db, u"UPDATE customers SET last_contact_ms = ? WHERE id = ? AND last_contact_ms < ?"_s);
    q.bindInt(ms).bindInt(id).bindInt(ms);
    return q.exec();
}
