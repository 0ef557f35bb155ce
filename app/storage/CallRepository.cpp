#include "storage/CallRepository.h"

#include "storage/CustomerKeys.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/SqlErrors.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
const QString CallColumns = u"id, customer_id, agent_id, channel, state, remote_number, script_language, started_ms, "
                            u"ended_ms, disposition, summary, uid"_s;
/// The columns a call may change after it was created (bindUpdate binds them and the id).
const QString UpdateCallSql = u"UPDATE calls SET customer_id = ?, agent_id = ?, state = ?, script_language = ?, "
                              u"ended_ms = ?, disposition = ?, summary = ? WHERE id = ?"_s;
const QString FollowUpColumns = u"id, customer_id, call_id, owner_agent_id, due_ms, reason, done, uid"_s;

/// The id of the row of `table` with `uid`, after an insert that may have found it there already.
Result<qint64> idByUid(const Database& db, const QString& table, const QString& uid)
{
    SqlStatement q(db, u"SELECT id FROM "_s % table % u" WHERE uid = ?"_s);
    q.bindKey(uid);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error { Error::Code::NotFound, SqlErrors::tr("The record no longer exists."), table };
    return q.integer(0);
}

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
    c.disposition = DispositionInfo::fromKey(q.text(9));
    c.summary = q.text(10);
    c.uid = q.text(11);
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
    f.uid = q.text(7);
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
        .bindKey(CallStateInfo::key(state))
        .bindKey(call.scriptLanguage)
        .bindTime(call.endedUtc)
        .bindKey(call.disposition ? DispositionInfo::key(*call.disposition) : QString())
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
    const QString sql = u"INSERT INTO calls (customer_id, agent_id, channel, state, remote_number, script_language, "
                        u"started_ms, ended_ms, disposition, summary, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    SqlStatement q = call.uid.isEmpty() ? SqlStatement::insert(m_db, sql)
                                        : SqlStatement(m_db, sql % u" ON CONFLICT (uid) DO NOTHING"_s);
    q.bindId(call.customerId)
        .bindId(call.agentId)
        .bindKey(ChannelInfo::key(call.channel))
        .bindKey(CallStateInfo::key(call.state))
        .bindKey(call.remoteNumber)
        .bindKey(call.scriptLanguage)
        .bindInt(msOrZero(call.startedUtc))
        .bindTime(call.endedUtc)
        .bindKey(call.disposition ? DispositionInfo::key(*call.disposition) : QString())
        .bindText(call.summary)
        .bindUid(call.uid);
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status.error();
    Result<qint64> id = call.uid.isEmpty() ? q.execInsert() : Result<qint64>(qint64(0));
    if (!id)
        return id;
    if (!call.uid.isEmpty()) {
        if (Status status = q.exec(); !status)
            return status.error();
        id = idByUid(m_db, u"calls"_s, call.uid);
        if (!id)
            return id;
    }
    // Search ranks recent customers first: the call moves the customer's recency forward.
    if (Status status = CustomerKeys::touchLastContact(m_db, call.customerId, msOrZero(call.startedUtc)); !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return id;
}

Result<std::optional<qint64>> CallRepository::idForUid(const QString& uid)
{
    Result<qint64> id = idByUid(m_db, u"calls"_s, uid);
    if (!id && id.error().code == Error::Code::NotFound)
        return std::optional<qint64>();
    if (!id)
        return id.error();
    return std::optional<qint64>(id.value());
}

Status CallRepository::recordChange(const Call& call, const QList<CallEvent>& events)
{
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status;
    if (Status status = updateCall(call); !status)
        return status;
    for (const CallEvent& event : events) {
        if (Result<qint64> id = appendEvent(event); !id)
            return id.error();
    }
    return tx.commit();
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
    q.bindKey(CallStateInfo::key(CallState::Closed));
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
    if (Status status = insertFacts(call); !status)
        return status;
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
    q.bindKey(CallStateInfo::key(CallState::Closed));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Call> calls;
    while (q.next())
        calls << readCall(q);
    return calls;
}

Result<std::optional<StoredCall>> CallRepository::load(qint64 callId)
{
    Result<std::optional<Call>> found = find(callId);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<StoredCall>();
    Result<QList<CallEvent>> log = events(callId);
    Result<QList<Note>> notes = notesForCall(callId);
    Result<std::optional<CallDraft>> capture = draft(callId);
    if (!log || !notes || !capture)
        return !log ? log.error() : !notes ? notes.error() : capture.error();
    StoredCall stored;
    stored.call = *found.value();
    stored.events = log.value();
    if (!notes.value().isEmpty())
        stored.note = notes.value().constLast();
    stored.draft = capture.value();
    return std::optional<StoredCall>(stored);
}

Result<qint64> CallRepository::appendEvent(const CallEvent& event)
{
    const QString sql = u"INSERT INTO call_events (call_id, type, at_ms, monotonic_ms, agent_id, details, uid) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    SqlStatement q = event.uid.isEmpty() ? SqlStatement::insert(m_db, sql)
                                         : SqlStatement(m_db, sql % u" ON CONFLICT (uid) DO NOTHING"_s);
    q.bindInt(event.callId)
        .bindKey(CallStateInfo::key(event.type()))
        .bindInt(msOrZero(event.atUtc))
        .bindInt(event.monotonicMs)
        .bindId(event.agentId)
        .bindJson(CallEventCodec::toJson(event.payload))
        .bindUid(event.uid);
    if (event.uid.isEmpty())
        return q.execInsert();
    if (Status status = q.exec(); !status)
        return status.error();
    return idByUid(m_db, u"call_events"_s, event.uid);
}

Result<QList<CallEvent>> CallRepository::events(qint64 callId)
{
    // Insertion order is the log order, even if the wall clock jumped between two events.
    SqlStatement q(m_db,
        u"SELECT id, call_id, type, at_ms, monotonic_ms, agent_id, details, uid FROM call_events "
        u"WHERE call_id = ? ORDER BY id"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<CallEvent> events;
    while (q.next()) {
        const std::optional<CallEventType> type = CallStateInfo::eventFromKey(q.text(2));
        std::optional<CallEventPayload> payload = type ? CallEventCodec::fromJson(*type, q.text(6)) : std::nullopt;
        if (!payload) {
            qCWarning(lcStorage) << "Skipping an unreadable event" << q.integer(0) << "of call" << callId;
            continue;
        }
        CallEvent e;
        e.id = q.integer(0);
        e.callId = q.integer(1);
        e.atUtc = q.time(3);
        e.monotonicMs = q.integer(4);
        e.agentId = q.integer(5);
        e.payload = std::move(*payload);
        e.uid = q.text(7);
        events << e;
    }
    return events;
}

Result<qint64> CallRepository::saveNote(const Note& note)
{
    if (!note.uid.isEmpty()) {
        SqlStatement q(m_db,
            u"INSERT INTO notes (customer_id, call_id, agent_id, text, updated_ms, uid) VALUES (?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (uid) DO UPDATE SET text = excluded.text, updated_ms = excluded.updated_ms"_s);
        q.bindId(note.customerId)
            .bindId(note.callId)
            .bindId(note.agentId)
            .bindText(note.text)
            .bindInt(msOrZero(note.updatedUtc))
            .bindUid(note.uid);
        if (Status status = q.exec(); !status)
            return status.error();
        return idByUid(m_db, u"notes"_s, note.uid);
    }
    if (note.id == 0) {
        SqlStatement q = SqlStatement::insert(
            m_db, u"INSERT INTO notes (customer_id, call_id, agent_id, text, updated_ms) VALUES (?, ?, ?, ?, ?)"_s);
        q.bindId(note.customerId)
            .bindId(note.callId)
            .bindId(note.agentId)
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
        u"SELECT id, customer_id, call_id, agent_id, text, updated_ms, uid FROM notes WHERE call_id = ? ORDER BY id"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Note> notes;
    while (q.next()) {
        Note n;
        n.id = q.integer(0);
        n.customerId = q.integer(1);
        n.callId = q.integer(2);
        n.agentId = q.integer(3);
        n.text = q.text(4);
        n.updatedUtc = q.time(5);
        n.uid = q.text(6);
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
        .bindKey(draft.scriptLanguage)
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
    const QString sql = u"INSERT INTO follow_ups (customer_id, call_id, owner_agent_id, due_ms, reason, done, uid) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    SqlStatement q = followUp.uid.isEmpty() ? SqlStatement::insert(m_db, sql)
                                            : SqlStatement(m_db, sql % u" ON CONFLICT (uid) DO NOTHING"_s);
    q.bindId(followUp.customerId)
        .bindId(followUp.callId)
        .bindId(followUp.ownerAgentId)
        .bindInt(msOrZero(followUp.dueUtc))
        .bindText(followUp.reason)
        .bindBool(followUp.done)
        .bindUid(followUp.uid);
    if (followUp.uid.isEmpty())
        return q.execInsert();
    if (Status status = q.exec(); !status)
        return status.error();
    return idByUid(m_db, u"follow_ups"_s, followUp.uid);
}

Result<qint64> CallRepository::scheduleFollowUp(const FollowUp& followUp, const CallEvent& event)
{
    Transaction tx(m_db);
    if (Status status = tx.begin(); !status)
        return status.error();
    Result<qint64> id = addFollowUp(followUp);
    if (!id)
        return id.error();
    if (Result<qint64> appended = appendEvent(event); !appended)
        return appended.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return id;
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
