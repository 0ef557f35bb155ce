#pragma once

#include "common/Error.h"
#include "domain/CallEvent.h"
#include "domain/Note.h"

#include <QList>
#include <QString>

class Database;

/// A follow-up promised during a call, with the name of the agent who owns it.
struct CallFollowUpRow
{
    FollowUp followUp;
    QString ownerName; ///< empty when the agent is unknown
};

/// What a call's timeline in the history is made of: its event log, its notes and its follow-ups.
struct CallRecord
{
    qint64 callId = 0;
    QList<CallEvent> events; ///< in log order
    QList<Note> notes;
    QList<CallFollowUpRow> followUps; ///< in the order they were promised
};

/// Reads one call's record for the history pane when the agent expands its entry: three reads by the
/// call's indexes, never one per history row.
class CallTimelineRepository final
{
public:
    explicit CallTimelineRepository(Database& db);

    /// The record of `callId`; empty lists when the call has none (or is gone).
    Result<CallRecord> read(qint64 callId);

private:
    Database& m_db;
};
