#include "storage/CustomerEditRepository.h"

#include "domain/CustomerFields.h"

#include "storage/CustomerAuditRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace {

Error cardGone()
{
    return Error {Error::Code::NotFound,
        SqlErrors::tr("The customer record no longer exists. Someone may have removed it."), {}};
}

Error cardMerged()
{
    return Error {Error::Code::NotFound,
        SqlErrors::tr("This customer card was merged into another card. Open that card to change it."), {}};
}

/// The card as stored, refusing one that is gone or merged into another.
Result<Customer> liveCard(Database& db, qint64 id)
{
    SqlStatement merged(db, u"SELECT merged_into FROM customers WHERE id = ?"_s);
    merged.bindInt(id);
    if (Status status = merged.exec(); !status)
        return status.error();
    if (!merged.next())
        return cardGone();
    if (merged.integer(0) != 0)
        return cardMerged();
    merged.finish();
    Result<std::optional<Customer>> found = CustomerRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return cardGone();
    return *found.value();
}

Status touch(Database& db, qint64 id, const QDateTime& at)
{
    SqlStatement q(db, u"UPDATE customers SET updated_ms = ? WHERE id = ?"_s);
    q.bindTime(at).bindInt(id);
    return q.exec();
}

} // namespace

CustomerEditRepository::CustomerEditRepository(Database& db)
    : m_db(db)
{
}

Result<Customer> CustomerEditRepository::create(const Customer& customer, qint64 agentId, const QDateTime& at)
{
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status.error();
    Customer card = customer;
    if (!card.createdUtc.isValid())
        card.createdUtc = at;
    const Result<qint64> id = CustomerRepository(m_db).insert(card);
    if (!id)
        return id.error();
    CustomerAuditEntry entry;
    entry.customerId = id.value();
    entry.agentId = agentId;
    entry.changedUtc = at;
    entry.action = CustomerAuditEntry::Action::Create;
    if (Status status = CustomerAuditRepository(m_db).append(entry); !status)
        return status.error();
    Result<Customer> stored = liveCard(m_db, id.value());
    if (!stored)
        return stored;
    if (Status status = tx.commit(); !status)
        return status.error();
    return stored;
}

Result<Customer> CustomerEditRepository::update(const Customer& customer, qint64 agentId, const QDateTime& at)
{
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status.error();
    const Result<Customer> before = liveCard(m_db, customer.id);
    if (!before)
        return before;
    // Compared as the database would hold the new values, so a field typed the same is no change.
    Customer wanted = customer;
    wanted.createdUtc = before.value().createdUtc;
    wanted.lastContactUtc = before.value().lastContactUtc;
    const QList<CustomerChange> changes = CustomerFields::between(before.value(), wanted);
    if (changes.isEmpty()) {
        if (Status status = tx.commit(); !status)
            return status.error();
        return before;
    }
    if (Status status = CustomerRepository(m_db).update(wanted); !status)
        return status.error();
    if (Status status = touch(m_db, wanted.id, at); !status)
        return status.error();
    CustomerAuditRepository audit(m_db);
    for (const CustomerChange& change : changes) {
        CustomerAuditEntry entry;
        entry.customerId = wanted.id;
        entry.agentId = agentId;
        entry.changedUtc = at;
        entry.action = CustomerAuditEntry::Action::Edit;
        entry.field = CustomerFields::key(change.field);
        entry.oldValue = change.oldValue;
        entry.newValue = change.newValue;
        if (Status status = audit.append(entry); !status)
            return status.error();
    }
    Result<Customer> after = liveCard(m_db, wanted.id);
    if (!after)
        return after;
    if (Status status = tx.commit(); !status)
        return status.error();
    return after;
}
