#include "storage/CallRepository.h"

#include "storage/CallFactsRow.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QStringBuilder>

// The parts of CallRepository that store what a call measured and the payment read-backs (V4).

using namespace Qt::StringLiterals;

namespace {
qint64 msOrZero(const QDateTime& utc)
{
    return utc.isValid() ? utc.toMSecsSinceEpoch() : 0;
}
} // namespace

Status CallRepository::recordPayment(const PaymentReadBackRow& payment, const CallEvent& event)
{
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status;
    const QString sql = u"INSERT INTO payment_read_backs (call_id, brand, last4, expiry, name_on_card, confirmed, at_ms, "
                        u"uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
    SqlStatement q(m_db, payment.uid.isEmpty() ? sql : sql % u" ON CONFLICT (uid) DO NOTHING"_s);
    q.bindInt(payment.callId)
        .bindKey(CardMasker::brandKey(payment.card.brand))
        .bindKey(payment.card.last4.right(4))
        .bindKey(payment.card.expiry)
        .bindText(payment.card.nameOnCard)
        .bindBool(true)
        .bindInt(msOrZero(payment.atUtc))
        .bindUid(payment.uid);
    if (Status status = q.exec(); !status)
        return status;
    if (Result<qint64> appended = appendEvent(event); !appended)
        return appended.error();
    return tx.commit();
}

Result<QList<PaymentReadBackRow>> CallRepository::paymentReadBacks(qint64 callId)
{
    SqlStatement q(m_db,
        u"SELECT id, call_id, uid, brand, last4, expiry, name_on_card, at_ms FROM payment_read_backs "
        u"WHERE call_id = ? ORDER BY id"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<PaymentReadBackRow> rows;
    while (q.next()) {
        PaymentReadBackRow row;
        row.id = q.integer(0);
        row.callId = q.integer(1);
        row.uid = q.text(2);
        row.card.brand = CardMasker::brandFromKey(q.text(3));
        row.card.last4 = q.text(4);
        row.card.expiry = q.text(5);
        row.card.nameOnCard = q.text(6);
        row.atUtc = q.time(7);
        rows << row;
    }
    return rows;
}

Status CallRepository::insertFacts(const Call& call)
{
    Result<QList<CallEvent>> log = events(call.id);
    if (!log)
        return log.error();
    const CallFacts f = CallFacts::fold(log.value());
    SqlStatement q(m_db,
        u"INSERT INTO call_facts (call_id, customer_id, agent_id, team, channel, outbound, started_ms, ended_ms, "
        u"disposition, missed, interrupted, ring_ms, talk_ms, hold_total_ms, hold_longest_ms, hold_count, "
        u"holds_over_limit, apologies_after_holds, hold_warnings, transfer, transfer_target_id, after_call_work_ms, "
        u"duration_ms, steps_done, steps_skipped) "
        u"SELECT ?, ?, ?, COALESCE((SELECT department FROM agents WHERE id = ?), ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        u"?, ?, ?, ?, ?, ?, (SELECT id FROM transfer_targets WHERE id = ?), ?, ?, ?, ? "
        u"ON CONFLICT (call_id) DO NOTHING"_s);
    const Disposition disposition = f.disposition.value_or(call.disposition.value_or(Disposition::Other));
    q.bindInt(call.id)
        .bindId(call.customerId)
        .bindId(call.agentId)
        .bindInt(call.agentId)
        .bindKey(ChannelInfo::key(call.channel))
        .bindBool(f.outbound)
        .bindInt(msOrZero(call.startedUtc))
        .bindInt(msOrZero(call.endedUtc))
        .bindKey(DispositionInfo::key(disposition))
        .bindBool(f.missed)
        .bindBool(f.interrupted)
        .bindInt(f.ringMs)
        .bindInt(f.talkMs)
        .bindInt(f.holdTotalMs)
        .bindInt(f.holdLongestMs)
        .bindInt(f.holdCount)
        .bindInt(f.holdsOverLimit)
        .bindInt(f.apologiesAfterHolds)
        .bindInt(f.holdWarnings)
        .bindKey(CallFacts::transferKey(f.transfer))
        .bindInt(f.transferTargetId)
        .bindInt(f.afterCallWorkMs)
        .bindInt(f.durationMs)
        .bindInt(f.stepsDone)
        .bindInt(f.stepsSkipped);
    return q.exec();
}

Result<std::optional<CallFacts>> CallRepository::facts(qint64 callId)
{
    SqlStatement q(m_db, u"SELECT "_s % CallFactsRow::columns(u"f"_s) % u", f.steps_skipped FROM call_facts f "
                                                                          u"WHERE f.call_id = ?"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<CallFacts>();
    CallFacts f = CallFactsRow::read(q, 0);
    f.stepsSkipped = static_cast<int>(q.integer(CallFactsRow::ColumnCount));
    return std::optional<CallFacts>(f);
}

