#include "storage/CallTimelineRepository.h"

#include "storage/CallRepository.h"
#include "storage/SqlStatement.h"

using namespace Qt::StringLiterals;

CallTimelineRepository::CallTimelineRepository(Database& db)
    : m_db(db)
{
}

Result<CallRecord> CallTimelineRepository::read(qint64 callId)
{
    CallRepository calls(m_db);
    Result<QList<CallEvent>> events = calls.events(callId);
    if (!events)
        return events.error();
    Result<QList<Note>> notes = calls.notesForCall(callId);
    if (!notes)
        return notes.error();

    SqlStatement q(m_db,
        u"SELECT f.id, f.customer_id, f.call_id, f.owner_agent_id, f.uid, f.due_ms, f.reason, f.done, a.name "
        u"FROM follow_ups f LEFT JOIN agents a ON a.id = f.owner_agent_id WHERE f.call_id = ? ORDER BY f.id"_s);
    q.bindInt(callId);
    if (Status status = q.exec(); !status)
        return status.error();
    CallRecord record;
    record.callId = callId;
    record.events = std::move(events.value());
    record.notes = std::move(notes.value());
    while (q.next()) {
        CallFollowUpRow row;
        row.followUp.id = q.integer(0);
        row.followUp.customerId = q.integer(1);
        row.followUp.callId = q.integer(2);
        row.followUp.ownerAgentId = q.integer(3);
        row.followUp.uid = q.text(4);
        row.followUp.dueUtc = q.time(5);
        row.followUp.reason = q.text(6);
        row.followUp.done = q.flag(7);
        row.ownerName = q.text(8);
        record.followUps << row;
    }
    return record;
}
