#include "storage/CustomerAuditRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

using namespace Qt::StringLiterals;

QString CustomerAuditEntry::actionKey(Action action)
{
    switch (action) {
    case Action::Create:
        return u"create"_s;
    case Action::Edit:
        return u"edit"_s;
    case Action::Merge:
        return u"merge"_s;
    }
    return {};
}

CustomerAuditEntry::Action CustomerAuditEntry::actionFromKey(const QString& key)
{
    if (key == u"create")
        return Action::Create;
    if (key == u"merge")
        return Action::Merge;
    return Action::Edit;
}

CustomerAuditRepository::CustomerAuditRepository(Database& db)
    : m_db(db)
{
}

Status CustomerAuditRepository::append(const CustomerAuditEntry& e)
{
    SqlStatement q(m_db,
        u"INSERT INTO customer_audit (customer_id, agent_id, changed_ms, action, field, old_value, new_value, "
        u"other_customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // Old and new values are what people typed: free text, masked like the card itself.
    q.bindInt(e.customerId)
        .bindId(e.agentId)
        .bindTime(e.changedUtc)
        .bindKey(CustomerAuditEntry::actionKey(e.action))
        .bindKey(e.field)
        .bindText(e.oldValue)
        .bindText(e.newValue)
        .bindId(e.otherCustomerId);
    return q.exec();
}

Result<QList<CustomerAuditEntry>> CustomerAuditRepository::forCustomer(qint64 customerId, int limit)
{
    SqlStatement q(m_db,
        u"SELECT ca.id, ca.customer_id, ca.agent_id, a.name, ca.changed_ms, ca.action, ca.field, ca.old_value, "
        u"ca.new_value, ca.other_customer_id, o.given_name, o.family_name "
        u"FROM customer_audit ca LEFT JOIN agents a ON a.id = ca.agent_id "
        u"LEFT JOIN customers o ON o.id = ca.other_customer_id "
        u"WHERE ca.customer_id = ? ORDER BY ca.changed_ms DESC, ca.id DESC LIMIT ?"_s);
    q.bindInt(customerId).bindInt(qBound(1, limit, 10000));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<CustomerAuditEntry> list;
    while (q.next()) {
        CustomerAuditEntry e;
        e.id = q.integer(0);
        e.customerId = q.integer(1);
        e.agentId = q.integer(2);
        e.agentName = q.text(3);
        e.changedUtc = q.time(4);
        e.action = CustomerAuditEntry::actionFromKey(q.text(5));
        e.field = q.text(6);
        e.oldValue = q.text(7);
        e.newValue = q.text(8);
        e.otherCustomerId = q.integer(9);
        e.otherCustomerName = QString(q.text(10) + u' ' + q.text(11)).trimmed();
        list << e;
    }
    return list;
}
