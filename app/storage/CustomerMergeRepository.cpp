#include "storage/CustomerMergeRepository.h"

#include "domain/CustomerFields.h"
#include "domain/PhoneNumber.h"

#include "storage/CustomerAuditRepository.h"
#include "storage/CustomerKeys.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

/// Every table with a customer's rows, and the column naming the customer. Payment read-backs, call
/// drafts and call events hang on their call and move with it.
const QString MovedRows[] = {
    u"UPDATE calls SET customer_id = ? WHERE customer_id = ?"_s,
    u"UPDATE call_facts SET customer_id = ? WHERE customer_id = ?"_s,
    u"UPDATE interactions SET customer_id = ? WHERE customer_id = ?"_s,
    u"UPDATE notes SET customer_id = ? WHERE customer_id = ?"_s,
    u"UPDATE follow_ups SET customer_id = ? WHERE customer_id = ?"_s,
    // A card merged into the merged one earlier now points at the kept card.
    u"UPDATE customers SET merged_into = ? WHERE merged_into = ?"_s,
};

Error refused(const QString& message)
{
    return Error {Error::Code::InvalidInput, message, {}};
}

Result<Customer> liveCard(Database& db, qint64 id)
{
    SqlStatement q(db, u"SELECT merged_into FROM customers WHERE id = ?"_s);
    q.bindInt(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next()) {
        return Error {Error::Code::NotFound,
            SqlErrors::tr("The customer record no longer exists. Someone may have removed it."), {}};
    }
    if (q.integer(0) != 0)
        return refused(SqlErrors::tr("One of these cards was already merged into another card."));
    q.finish();
    Result<std::optional<Customer>> found = CustomerRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error {Error::Code::NotFound,
            SqlErrors::tr("The customer record no longer exists. Someone may have removed it."), {}};
    }
    return *found.value();
}

/// The number's key for "the same number": its normalized digits, or the text when it has none.
QString numberKey(const QString& number)
{
    const Result<QString> normalized = PhoneNumber::normalize(number, true);
    return normalized ? normalized.value() : number.trimmed();
}

/// Every number of both cards, once, the chosen main number first: the rest become other phones.
QStringList otherPhones(const QString& main, const Customer& a, const Customer& b)
{
    QSet<QString> seen;
    if (!main.trimmed().isEmpty())
        seen.insert(numberKey(main));
    QStringList others;
    for (const Customer* card : {&a, &b}) {
        QStringList numbers {card->phone};
        numbers << card->otherPhones;
        for (const QString& number : numbers) {
            if (number.trimmed().isEmpty())
                continue;
            const QString key = numberKey(number);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            others << number.trimmed();
        }
    }
    return others;
}

QStringList bothTags(const QStringList& chosen, const Customer& a, const Customer& b)
{
    QStringList tags;
    for (const QStringList* list : {&chosen, &a.tags, &b.tags}) {
        for (const QString& tag : *list) {
            if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed(), Qt::CaseInsensitive))
                tags << tag.trimmed();
        }
    }
    return tags;
}

Status exec(Database& db, const QString& sql, qint64 first, qint64 second)
{
    SqlStatement q(db, sql);
    q.bindInt(first).bindInt(second);
    return q.exec();
}

} // namespace

CustomerMergeRepository::CustomerMergeRepository(Database& db)
    : m_db(db)
{
}

Result<Customer> CustomerMergeRepository::merge(const Customer& kept, qint64 mergedId, qint64 agentId, const QDateTime& at)
{
    if (kept.id == mergedId || kept.id == 0 || mergedId == 0)
        return refused(SqlErrors::tr("Choose two different customer cards to merge."));
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status.error();
    const Result<Customer> before = liveCard(m_db, kept.id);
    if (!before)
        return before;
    const Result<Customer> merged = liveCard(m_db, mergedId);
    if (!merged)
        return merged;

    Customer after = kept;
    after.createdUtc = before.value().createdUtc;
    after.lastContactUtc = before.value().lastContactUtc;
    after.otherPhones = otherPhones(after.phone, before.value(), merged.value());
    after.tags = bothTags(kept.tags, before.value(), merged.value());
    const QList<CustomerChange> changes = CustomerFields::between(before.value(), after);
    if (!changes.isEmpty()) {
        if (Status status = CustomerRepository(m_db).update(after); !status)
            return status.error();
    }
    for (const QString& sql : MovedRows) {
        if (Status status = exec(m_db, sql, kept.id, mergedId); !status)
            return status.error();
    }
    // The merged card leaves search: merged_into set, its terms and phone rows gone (its numbers live on
    // as the kept card's other phones).
    SqlStatement retire(m_db, u"UPDATE customers SET merged_into = ?, updated_ms = ? WHERE id = ?"_s);
    retire.bindInt(kept.id).bindTime(at).bindInt(mergedId);
    if (Status status = retire.exec(); !status)
        return status.error();
    if (Status status = CustomerKeys::remove(m_db, mergedId); !status)
        return status.error();
    // The kept card was last in touch when either card was.
    qint64 lastContact = 0;
    for (const QDateTime& t : {before.value().lastContactUtc, merged.value().lastContactUtc}) {
        if (t.isValid())
            lastContact = qMax(lastContact, t.toMSecsSinceEpoch());
    }
    SqlStatement touch(m_db, u"UPDATE customers SET updated_ms = ? WHERE id = ?"_s);
    touch.bindTime(at).bindInt(kept.id);
    if (Status status = touch.exec(); !status)
        return status.error();
    if (Status status = CustomerKeys::touchLastContact(m_db, kept.id, lastContact); !status)
        return status.error();

    CustomerAuditRepository audit(m_db);
    CustomerAuditEntry entry;
    entry.agentId = agentId;
    entry.changedUtc = at;
    entry.action = CustomerAuditEntry::Action::Merge;
    for (const auto& [card, other] : {std::pair {kept.id, mergedId}, std::pair {mergedId, kept.id}}) {
        entry.customerId = card;
        entry.otherCustomerId = other;
        if (Status status = audit.append(entry); !status)
            return status.error();
    }
    entry.customerId = kept.id;
    entry.otherCustomerId = mergedId;
    for (const CustomerChange& change : changes) {
        entry.field = CustomerFields::key(change.field);
        entry.oldValue = change.oldValue;
        entry.newValue = change.newValue;
        if (Status status = audit.append(entry); !status)
            return status.error();
    }
    Result<Customer> stored = liveCard(m_db, kept.id);
    if (!stored)
        return stored;
    if (Status status = tx.commit(); !status)
        return status.error();
    return stored;
}
