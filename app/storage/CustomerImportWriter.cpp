#include "storage/CustomerImportWriter.h"

#include "domain/CardDataGuard.h"

#include "storage/CustomerKeys.h"
#include "storage/Database.h"
#include "storage/SearchTerms.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
/// As CustomerRepository stores a card: free text masked (CardDataGuard) before the sort key and the
/// search terms are made from it, tags trimmed, the country upper case.
Customer asStored(const Customer& customer)
{
    Customer c = customer;
    for (QString* text : { &c.salutation, &c.givenName, &c.familyName, &c.email, &c.address })
        *text = CardDataGuard::outbound(*text);
    for (QString& tag : c.tags)
        tag = CardDataGuard::outbound(tag.trimmed());
    c.tags.removeAll(QString());
    c.country = c.country.trimmed().toUpper();
    return c;
}

QString reversed(const QString& digits)
{
    QString out = digits;
    std::reverse(out.begin(), out.end());
    return out;
}
} // namespace

struct CustomerImportWriter::Statements
{
    explicit Statements(Database& db)
        : transaction(db)
        , customer(SqlStatement::insert(db,
              u"INSERT INTO customers (salutation, given_name, family_name, phone, phone_digits, email, address, "
              u"preferred_language, sort_key, country, tags, created_ms, updated_ms) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        , phone(db,
              u"INSERT INTO customer_phones (customer_id, position, number, e164, national, region, reversed) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s) // no contact yet: last_contact_ms 0
        , keys(db)
        , owners(db,
              u"SELECT c.given_name, c.family_name, c.phone, c.country FROM customers c "
              u"WHERE c.merged_into IS NULL AND (c.phone_digits IN (?, ?, ?, ?) OR c.id IN "
              u"(SELECT p.customer_id FROM customer_phones p WHERE p.e164 = ? AND p.position = 0))"_s)
    {
    }

    Transaction transaction;
    SqlStatement customer;
    SqlStatement phone;
    CustomerKeys::Writer keys;
    SqlStatement owners;
};

CustomerImportWriter::CustomerImportWriter(Database& db)
    : m_db(db)
{
}

CustomerImportWriter::~CustomerImportWriter() = default;

Status CustomerImportWriter::begin()
{
    m_statements = std::make_unique<Statements>(m_db);
    if (Status status = m_statements->transaction.begin(); !status)
        return status;
    SqlStatement any(m_db, u"SELECT 1 FROM customers LIMIT 1"_s);
    if (Status status = any.exec(); !status)
        return status;
    m_startedEmpty = !any.next();
    any.finish();
    return setBulkCache(true);
}

Result<qint64> CustomerImportWriter::add(const Customer& customer, const QList<ImportIdentity::Phone>& phones)
{
    const Customer stored = asStored(customer);
    SqlStatement& q = m_statements->customer;
    q.bindText(stored.salutation)
        .bindText(stored.givenName)
        .bindText(stored.familyName)
        .bindKey(stored.phone)
        .bindKey(SearchTerms::digits(stored.phone))
        .bindText(stored.email)
        .bindText(stored.address)
        .bindKey(stored.preferredLanguage)
        .bindKey(SearchTerms::sortKey(stored))
        .bindKey(stored.country)
        .bindText(stored.tags.join(u'\n'))
        .bindTime(stored.createdUtc)
        .bindTime(stored.createdUtc);
    Result<qint64> id = q.execInsert();
    if (!id)
        return id;
    const QStringList numbers = QStringList { stored.phone } + stored.otherPhones;
    for (qsizetype i = 0; i < numbers.size() && i < phones.size(); ++i) {
        if (numbers.at(i).isEmpty())
            continue;
        const ImportIdentity::Phone& keys = phones.at(i);
        const QString key = keys.e164.isEmpty() ? keys.national : keys.e164.mid(1);
        m_statements->phone.bindInt(id.value())
            .bindInt(i)
            .bindKey(numbers.at(i))
            .bindKey(keys.e164)
            .bindKey(keys.national)
            .bindKey(keys.region)
            .bindKey(reversed(key));
        if (Status status = m_statements->phone.exec(); !status)
            return status.error();
    }
    // New cards: no contact yet.
    if (Status status = m_statements->keys.addSearchKeys(id.value(), 0, stored); !status)
        return status.error();
    return id;
}

Result<QList<StoredPhoneOwner>> CustomerImportWriter::ownersOfPhone(const ImportIdentity::Phone& phone)
{
    const QString international = phone.e164.isEmpty() ? QString() : phone.e164.mid(1);
    SqlStatement& q = m_statements->owners;
    // As typed: "+91 98480 22338" -> 919848022338, "0091…", "098480 22338", "98480 22338".
    q.bindKey(international.isEmpty() ? phone.national : international)
        .bindKey(international.isEmpty() ? phone.national : u"00"_s + international)
        .bindKey(u"0"_s + phone.national)
        .bindKey(phone.national)
        .bindKey(phone.e164);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<StoredPhoneOwner> out;
    while (q.next())
        out.append({ q.text(0), q.text(1), q.text(2), q.text(3) });
    q.finish();
    return out;
}

Status CustomerImportWriter::setBulkCache(bool bulk)
{
    // A file's keys land all over the search indexes: with SQLite's default 2 MiB cache the transaction
    // spills and rereads pages for every row. The import gets 256 MiB while it runs, then the default.
    if (m_db.isPostgres())
        return {};
    if (bulk) {
        SqlStatement current(m_db, u"PRAGMA cache_size"_s);
        if (Status status = current.exec(); !status)
            return status;
        m_cacheSize = current.next() ? current.integer(0) : -2000;
        current.finish();
    }
    // PRAGMA takes no bound values; both numbers come from the program.
    return SqlStatement::run(m_db, u"PRAGMA cache_size = "_s + QString::number(bulk ? -262144 : m_cacheSize));
}

Status CustomerImportWriter::commit()
{
    if (Status status = m_statements->keys.flush(); !status)
        return status;
    if (Status status = m_statements->transaction.commit(); !status)
        return status;
    return setBulkCache(false);
}

void CustomerImportWriter::rollback()
{
    if (m_statements) {
        m_statements->keys.clear();
        m_statements->transaction.rollback();
        (void)setBulkCache(false); // the cache size matters less than what the rollback reports
    }
}
