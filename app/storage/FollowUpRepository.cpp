#include "storage/FollowUpRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

FollowUpRepository::FollowUpRepository(Database& db)
    : m_db(db)
{
}

Result<QList<DueFollowUp>> FollowUpRepository::due(qint64 ownerAgentId, int limit)
{
    SqlStatement q(m_db,
        u"SELECT f.id, f.customer_id, f.call_id, f.owner_agent_id, f.due_ms, f.reason, f.done, f.uid, "
        u"c.id, c.salutation, c.given_name, c.family_name, c.phone, c.email, c.address, c.preferred_language, "
        u"c.created_ms FROM follow_ups f LEFT JOIN customers c ON c.id = f.customer_id "
        u"WHERE f.owner_agent_id = ? AND f.done = ? ORDER BY f.due_ms, f.id LIMIT ?"_s);
    q.bindInt(ownerAgentId).bindBool(false).bindInt(qBound(1, limit, 10000));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<DueFollowUp> list;
    while (q.next()) {
        DueFollowUp row;
        FollowUp& f = row.followUp;
        f.id = q.integer(0);
        f.customerId = q.integer(1);
        f.callId = q.integer(2);
        f.ownerAgentId = q.integer(3);
        f.dueUtc = q.time(4);
        f.reason = q.text(5);
        f.done = q.flag(6);
        f.uid = q.text(7);
        if (!q.value(8).isNull()) {
            Customer c;
            c.id = q.integer(8);
            c.salutation = q.text(9);
            c.givenName = q.text(10);
            c.familyName = q.text(11);
            c.phone = q.text(12);
            c.email = q.text(13);
            c.address = q.text(14);
            c.preferredLanguage = q.text(15);
            c.createdUtc = q.time(16);
            row.customer = c;
        }
        list << row;
    }
    return list;
}

Result<CustomerFollowUps> FollowUpRepository::openForCustomer(qint64 customerId)
{
    CustomerFollowUps summary;
    SqlStatement count(m_db, u"SELECT count(*) FROM follow_ups WHERE customer_id = ? AND done = ?"_s);
    count.bindInt(customerId).bindBool(false);
    if (Status status = count.exec(); !status)
        return status.error();
    summary.open = count.next() ? count.integer(0) : 0;
    if (summary.open == 0)
        return summary;
    SqlStatement q(m_db,
        u"SELECT id, customer_id, call_id, owner_agent_id, due_ms, reason, done, uid FROM follow_ups "
        u"WHERE customer_id = ? AND done = ? ORDER BY due_ms, id LIMIT 1"_s);
    q.bindInt(customerId).bindBool(false);
    if (Status status = q.exec(); !status)
        return status.error();
    if (q.next()) {
        FollowUp f;
        f.id = q.integer(0);
        f.customerId = q.integer(1);
        f.callId = q.integer(2);
        f.ownerAgentId = q.integer(3);
        f.dueUtc = q.time(4);
        f.reason = q.text(5);
        f.done = q.flag(6);
        f.uid = q.text(7);
        summary.next = f;
    }
    return summary;
}
