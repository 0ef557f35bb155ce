#include "storage/InteractionRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
const QString Columns = u"id, customer_id, channel, inbound, occurred_ms, agent_name, subject, summary, call_id"_s;

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
    return row;
}
} // namespace

InteractionRepository::InteractionRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> InteractionRepository::insert(const Interaction& interaction)
{
    SqlStatement q = SqlStatement::insert(m_db,
        u"INSERT INTO interactions (customer_id, channel, inbound, occurred_ms, agent_name, subject, summary, call_id) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindInt(interaction.customerId)
        .bindText(ChannelInfo::key(interaction.channel))
        .bindBool(interaction.inbound)
        .bindInt(interaction.occurredUtc.isValid() ? interaction.occurredUtc.toMSecsSinceEpoch() : 0)
        .bindText(interaction.agentName)
        .bindText(interaction.subject)
        .bindText(interaction.summary)
        .bindId(interaction.callId);
    return q.execInsert();
}

Result<std::optional<Interaction>> InteractionRepository::findForCall(qint64 callId)
{
    SqlStatement q(m_db, u"SELECT "_s % Columns % u" FROM interactions WHERE call_id = ? ORDER BY id LIMIT 1"_s);
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
    QString sql = u"SELECT "_s % Columns % u" FROM interactions WHERE customer_id = ?"_s;
    if (after)
        sql += u" AND occurred_ms <= ? AND (occurred_ms < ? OR id < ?)"_s;
    sql += u" ORDER BY occurred_ms DESC, id DESC LIMIT ?"_s;

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
