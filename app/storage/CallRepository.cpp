#include "storage/CallRepository.h"

#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/SqlErrors.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
const QString CallColumns = u"id, customer_id, agent_id, channel, state, remote_number, script_language, started_ms, "
                            u"ended_ms, disposition, summary"_s;
/// The columns a call may change after it was created (bindUpdate binds them and the id).
const QString UpdateCallSql = u"UPDATE calls SET customer_id = ?, agent_id = ?, state = ?, script_language = ?, "
                              u"ended_ms = ?, disposition = ?, summary = ? WHERE id = ?"_s;
const QString FollowUpColumns = u"id, customer_id, call_id, owner_agent_id, due_ms, reason, done"_s;

Call readCall(const SqlStatement& q)
{
    Call c;
    c.id = q.integer(0);
    c.customerId = q.integer(1);
    c.agentId = q.integer(2);
    c.channel = ChannelInfo::fromKey(q.text(3)).value_or(Channel::Phone);
    c.state = CallStateInfo::stateFromKey(q.text(4)).value_or(CallState::Closed);
    c.remoteNumber = q.text(5);
    c.scriptLanguage = q.text(6);
    c.startedUtc = q.time(7);
    c.endedUtc = q.time(8);
    c.disposition = q.text(9);
    c.summary = q.text(10);
    return c;
}

FollowUp readFollowUp(const SqlStatement& q)
{
    FollowUp f;
    f.id = q.integer(0);
    f.customerId = q.integer(1);
    f.callId = q.integer(2);
    f.ownerAgentId = q.integer(3);
    f.dueUtc = q.time(4);
    f.reason = q.text(5);
    f.done = q.flag(6);
    return f;
}

qint64 msOrZero(const QDateTime& utc)
{
    return utc.isValid() ? utc.toMSecsSinceEpoch() : 0;
}

Error notFound(const QString& message)
{
    return Error { Error::Code::NotFound, message, {} };
}

void bindUpdate(SqlStatement& q, const Call& call, CallState state)
{
    q.bindId(call.customerId)
        .bindId(call.agentId)
        .bindText(CallStateInfo::key(state))
        .bindText(call.scriptLanguage)
        .bindTime(call.endedUtc)
        .bindText(call.disposition)
        .bindText(call.summary)
        .bindInt(call.id);
}
} // namespace

CallRepository::CallRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> CallRepository::createCall(const Call& call)
{
    SqlStatement q = SqlStatement::insert(m_db,
        u"INSERT INTO calls (customer_id, agent_id, channel, state, remote_number, script_language, started_ms, "
        u"ended_ms, disposition, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindId(call.customerId)
        .bindId(call.agentId)
        .bindText(ChannelInfo::key(call.channel))
        .bindText(CallStateInfo::key(call.state))
        .bindText(call.remoteNumber)
        .bindText(call.scriptLanguage)
        .bindInt(msOrZero(call.startedUtc))
        .bindTime(call.endedUtc)
        .bindText(call.disposition)
        .bindText(call.summary);
    return q.execInsert();
}

Status CallRepository::updateCall(const Call& call)
{
    SqlStatement q(m_db, UpdateCallSql);
    bindUpdate(q, call, call.state);
    if (Status status = q.exec(); !status)
        return status;
    if (q.rowsAffected() == 0)
        return notFound(SqlErrors::tr("The call record no longer exists."));
    return {};
}

Status CallRepository::closeCall(const Call& call, QList<CallEvent>& events, Interaction& history)
{
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status;
    // Only an open call is closed. The guard is also the lock: a second closing (on PostgreSQL, one
    // waiting for the first to commit) finds the call closed and writes nothing.
    SqlStatement q(m_db, UpdateCallSql + u" AND state <> ?"_s);
    bindUpdate(q, call, CallState::Closed);
    q.bindText(CallStateInfo::key(CallState::Closed));
    if (Status status = q.exec(); !status)
        return status;
    if (q.rowsAffected() == 0)
        return notFound(SqlErrors::tr("The call is already closed or no longer exists."));

    QList<CallEvent> appended = events;
    for (CallEvent& event : appended) {
        event.callId = call.id;
        Result<qint64> id = appendEvent(event);
        if (!id)
            return id.error();
        event.id = id.value();
    }
    Interaction entry = history;
    entry.id = 0;
    entry.callId = call.id;
    if (entry.customerId != 0) {
        InteractionRepository interactions(m_db);
        Result<std::optional<Interaction>> existing = interactions.findForCall(call.id);
        if (!existing)
            return existing.error();
        if (!existing.value()) {
            Result<qint64> id = interactions.insert(entry);
            if (!id)
                return id.error();
            entry.id = id.value();
        }
    }
    if (Status status = tx.commit(); !status)
        return status;
    events = appended;
    history = entry;
    return {};
}

Result<std::optional<Call>> CallRepository::find(qint64 id)
{
    SqlStatement q(m_db, u"SELECT "_s % CallColumns % u" FROM calls WHERE id = ?"_s);
    q.bindInt(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<Call>();
    return std::optional<Call>(readCall(q));
}

Result<QList<Call>> CallRepository::openCalls()
{
    SqlStatement q(
        m_db, u"SELECT "_s % CallColumns % u" FROM calls WHERE state <> ? ORDER BY started_ms DESC, id DESC"_s);
    q.bindText(CallStateInfo::key(CallState::Closed));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Call> calls;
    while (q.next())
        calls << readCall(q);
    return calls;
}

Result<qint64> CallRepository::appendEvent(const CallEvent& event)
{
    SqlStatement q = SqlStatement::insert(m_db,
        u"INSERT INTO call_events (call_id, type, at_ms, monotonic_ms, agent_name, details) "
        u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bindInt(event.callId)
        .bindText(CallStateInfo::key(event.type))
        .bindInt(msOrZero(event.atUtc))
        .bindInt(event.monotonicMs)
        .bindText(event.agentName)
        .bindText(event.detailsJson.isEmpty() ? u"{}"_s : event.detailsJson);
    return q.execInsert();
}

Result<QList<CallEvent>> CallRepository::events(qint64 callId)
{
    // Insertion order is the log order, even if the wall clock jumped between two events.
    SqlStatement q(m_db,
        u"SELECT id, call_id, type, at_ms, monotonic_ms, agent_name, details FROM call_events "
        u"WHERE call_id = ? ORDER BY id"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<CallEvent> events;
    while (q.next()) {
        CallEvent e;
        e.id = q.integer(0);
        e.callId = q.integer(1);
        e.type = CallStateInfo::eventFromKey(q.text(2)).value_or(CallEventType::Offered);
        e.atUtc = q.time(3);
        e.monotonicMs = q.integer(4);
        e.agentName = q.text(5);
        e.detailsJson = q.text(6);
        events << e;
    }
    return events;
}

Result<qint64> CallRepository::saveNote(const Note& note)
{
    if (note.id == 0) {
        SqlStatement q = SqlStatement::insert(
            m_db, u"INSERT INTO notes (customer_id, call_id, agent_name, text, updated_ms) VALUES (?, ?, ?, ?, ?)"_s);
        q.bindId(note.customerId)
            .bindId(note.callId)
            .bindText(note.agentName)
            .bindText(note.text)
            .bindInt(msOrZero(note.updatedUtc));
        return q.execInsert();
    }
    SqlStatement q(m_db, u"UPDATE notes SET text = ?, updated_ms = ? WHERE id = ?"_s);
    q.bindText(note.text).bindInt(msOrZero(note.updatedUtc)).bindInt(note.id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (q.rowsAffected() == 0)
        return notFound(SqlErrors::tr("The note no longer exists."));
    return note.id;
}

Result<QList<Note>> CallRepository::notesForCall(qint64 callId)
{
    SqlStatement q(m_db,
        u"SELECT id, customer_id, call_id, agent_name, text, updated_ms FROM notes WHERE call_id = ? ORDER BY id"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Note> notes;
    while (q.next()) {
        Note n;
        n.id = q.integer(0);
        n.customerId = q.integer(1);
        n.callId = q.integer(2);
        n.agentName = q.text(3);
        n.text = q.text(4);
        n.updatedUtc = q.time(5);
        notes << n;
    }
    return notes;
}

Status CallRepository::saveDraft(const CallDraft& draft)
{
    SqlStatement q(m_db,
        u"INSERT INTO call_drafts (call_id, request, details, address, script_language, updated_ms) "
        u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (call_id) DO UPDATE SET request = excluded.request, "
        u"details = excluded.details, address = excluded.address, script_language = excluded.script_language, "
        u"updated_ms = excluded.updated_ms"_s);
    q.bindInt(draft.callId)
        .bindText(draft.request)
        .bindText(draft.details)
        .bindText(draft.address)
        .bindText(draft.scriptLanguage)
        .bindInt(msOrZero(draft.updatedUtc));
    return q.exec();
}

Result<std::optional<CallDraft>> CallRepository::draft(qint64 callId)
{
    SqlStatement q(m_db,
        u"SELECT call_id, request, details, address, script_language, updated_ms FROM call_drafts "
        u"WHERE call_id = ?"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<CallDraft>();
    CallDraft d;
    d.callId = q.integer(0);
    d.request = q.text(1);
    d.details = q.text(2);
    d.address = q.text(3);
    d.scriptLanguage = q.text(4);
    d.updatedUtc = q.time(5);
    return std::optional<CallDraft>(d);
}

Result<qint64> CallRepository::addFollowUp(const FollowUp& followUp)
{
    SqlStatement q = SqlStatement::insert(m_db,
        u"INSERT INTO follow_ups (customer_id, call_id, owner_agent_id, due_ms, reason, done) "
        u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bindId(followUp.customerId)
        .bindId(followUp.callId)
        .bindId(followUp.ownerAgentId)
        .bindInt(msOrZero(followUp.dueUtc))
        .bindText(followUp.reason)
        .bindBool(followUp.done);
    return q.execInsert();
}

Status CallRepository::setFollowUpDone(qint64 id, bool done)
{
    SqlStatement q(m_db, u"UPDATE follow_ups SET done = ? WHERE id = ?"_s);
    q.bindBool(done).bindInt(id);
    if (Status status = q.exec(); !status)
        return status;
    if (q.rowsAffected() == 0)
        return notFound(SqlErrors::tr("The follow-up no longer exists."));
    return {};
}

Result<QList<FollowUp>> CallRepository::dueFollowUps(qint64 ownerAgentId, int limit)
{
    SqlStatement q(m_db,
        u"SELECT "_s % FollowUpColumns
            % u" FROM follow_ups WHERE owner_agent_id = ? AND done = ? ORDER BY due_ms, id LIMIT ?"_s);
    q.bindInt(ownerAgentId).bindBool(false).bindInt(qBound(1, limit, 10000));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<FollowUp> list;
    while (q.next())
        list << readFollowUp(q);
    return list;
}
