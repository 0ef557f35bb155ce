#include "storage/InteractionRepository.h"

#include "storage/CallFactsRow.h"
#include "storage/CustomerKeys.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
// The entry, its agent's name (by id; imported history keeps the name it came with) and, for a call,
// its facts (call_facts by its primary key), its latest payment read-back and its latest follow-up with
// the owner's name (each by the call's index): one row per entry.
const QString Columns = u"i.id, i.customer_id, i.channel, i.inbound, i.occurred_ms, "
                        u"COALESCE(a.name, i.agent_name), i.subject, i.summary, i.call_id, i.agent_id, i.notes, "
                        u"p.id, p.brand, p.last4, fu.id, fa.name, fu.due_ms, "
                        u"f.call_id, "_s
    % CallFactsRow::columns(u"f"_s)
    % u" FROM interactions i LEFT JOIN agents a ON a.id = i.agent_id "
      u"LEFT JOIN call_facts f ON f.call_id = i.call_id "
      u"LEFT JOIN payment_read_backs p ON p.id = "
      u"(SELECT max(pr.id) FROM payment_read_backs pr WHERE pr.call_id = i.call_id) "
      u"LEFT JOIN follow_ups fu ON fu.id = (SELECT max(fr.id) FROM follow_ups fr WHERE fr.call_id = i.call_id) "
      u"LEFT JOIN agents fa ON fa.id = fu.owner_agent_id"_s;

Interaction readInteraction(const SqlStatement& q)
{
    Interaction row;
    row.id = q.integer(0);
    row.customerId = q.integer(1);
    row.channel = ChannelInfo::fromKey(q.text(2)).value_or(Channel::Phone);
    row.inbound = q.flag(3);
    row.occurredUtc = q.time(4);
    row.agentName = q.text(5);
    row.subject = q.text(6);
    row.summary = q.text(7);
    row.callId = q.integer(8);
    row.agentId = q.integer(9);
    row.notes = q.text(10);
    if (q.integer(11) != 0)
        row.payment = CallPaymentMention {q.text(12), q.text(13)};
    if (q.integer(14) != 0)
        row.followUp = CallFollowUpMention {q.text(15), q.time(16)};
    if (q.integer(17) != 0)
        row.facts = CallFactsRow::read(q, 18);
    return row;
}
} // namespace

InteractionRepository::InteractionRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> InteractionRepository::insert(const Interaction& interaction)
{
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status.error();
    SqlStatement q = SqlStatement::insert(m_db,
        u"INSERT INTO interactions (customer_id, channel, inbound, occurred_ms, agent_name, subject, summary, call_id, "
        u"agent_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindInt(interaction.customerId)
        .bindKey(ChannelInfo::key(interaction.channel))
        .bindBool(interaction.inbound)
        .bindInt(interaction.occurredUtc.isValid() ? interaction.occurredUtc.toMSecsSinceEpoch() : 0)
        .bindText(interaction.agentId != 0 ? QString() : interaction.agentName)
        .bindText(interaction.subject)
        .bindText(interaction.summary)
        .bindId(interaction.callId)
        .bindId(interaction.agentId)
        .bindText(interaction.notes);
    Result<qint64> id = q.execInsert();
    if (!id)
        return id;
    // Search ranks recent customers first: the contact moves the customer's recency forward.
    const qint64 occurred = interaction.occurredUtc.isValid() ? interaction.occurredUtc.toMSecsSinceEpoch() : 0;
    if (Status status = CustomerKeys::touchLastContact(m_db, interaction.customerId, occurred); !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return id;
}

Result<std::optional<Interaction>> InteractionRepository::findForCall(qint64 callId)
{
    SqlStatement q(m_db, u"SELECT "_s % Columns % u" WHERE i.call_id = ? ORDER BY i.id LIMIT 1"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<Interaction>();
    return std::optional<Interaction>(readInteraction(q));
}

Result<HistoryPage> InteractionRepository::fetchPage(
    qint64 customerId, const std::optional<HistoryCursor>& after, int limit)
{
    const int pageSize = qBound(1, limit, 10000);
    // "(occurred_ms, id) < cursor" spelled so that both planners get a range on interactions_history
    // (occurred_ms <= ?) and only the rows tied with the cursor are filtered one by one.
    QString sql = u"SELECT "_s % Columns % u" WHERE i.customer_id = ?"_s;
    if (after)
        sql += u" AND i.occurred_ms <= ? AND (i.occurred_ms < ? OR i.id < ?)"_s;
    sql += u" ORDER BY i.occurred_ms DESC, i.id DESC LIMIT ?"_s;

    SqlStatement q(m_db, sql);
    q.bindInt(customerId);
    if (after)
        q.bindInt(after->occurredMs).bindInt(after->occurredMs).bindInt(after->id);
    q.bindInt(pageSize + 1);
    if (Status status = q.exec(); !status)
        return status.error();

    HistoryPage page;
    while (q.next()) {
        if (page.rows.size() == pageSize) {
            const Interaction& last = page.rows.constLast();
            page.next = HistoryCursor { last.occurredUtc.toMSecsSinceEpoch(), last.id };
            break;
        }
        page.rows << readInteraction(q);
    }
    return page;
}

Result<qint64> InteractionRepository::countForCustomer(qint64 customerId)
{
    SqlStatement q(m_db, u"SELECT count(*) FROM interactions WHERE customer_id = ?"_s);
    q.bindInt(customerId);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : qint64(0);
}
