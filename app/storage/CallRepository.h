#pragma once

#include "common/Error.h"
#include "domain/Call.h"
#include "domain/Interaction.h"
#include "domain/Note.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// What the agent captured about the customer's request during a call (F4), kept apart from the
/// notes so it survives a crash (F20). Text must already be masked for card data.
struct CallDraft
{
    qint64 callId = 0;
    QString request;
    QString details;
    QString address;
    QString scriptLanguage;
    QDateTime updatedUtc;
};

/// Calls, their append-only event log, their notes and follow-ups.
class CallRepository final
{
public:
    explicit CallRepository(Database& db);

    Result<qint64> createCall(const Call& call);
    /// Updates the mutable columns (state, script language, ended, disposition, summary); events stay.
    Status updateCall(const Call& call);
    /// Closes a call for good, in one transaction: stores `call`'s columns with the state Closed, appends
    /// `events` in order and adds `history` (callId set here) to the customer's interactions, unless the
    /// call already has an entry or `history.customerId` is 0. Only an open call is closed: a call already
    /// closed (twice in a row, or by another program) or gone is NotFound and nothing is written, so each
    /// call is recorded once. On success the ids are filled in (history.id stays 0 when no entry was added).
    Status closeCall(const Call& call, QList<CallEvent>& events, Interaction& history);
    Result<std::optional<Call>> find(qint64 id);
    /// Calls not closed: what a crash left behind, newest first.
    Result<QList<Call>> openCalls();

    /// Appends to the event log; there is no update or delete for events.
    Result<qint64> appendEvent(const CallEvent& event);
    Result<QList<CallEvent>> events(qint64 callId);

    /// Insert when note.id is 0, else replace its text and time. Text must already be masked.
    Result<qint64> saveNote(const Note& note);
    Result<QList<Note>> notesForCall(qint64 callId);

    /// Inserts or replaces the request capture of `draft.callId`.
    Status saveDraft(const CallDraft& draft);
    /// The request capture of a call, if any was saved.
    Result<std::optional<CallDraft>> draft(qint64 callId);

    Result<qint64> addFollowUp(const FollowUp& followUp);
    Status setFollowUpDone(qint64 id, bool done);
    /// Open follow-ups of an agent, oldest due first (overdue ones lead).
    Result<QList<FollowUp>> dueFollowUps(qint64 ownerAgentId, int limit);

private:
    Database& m_db;
};
