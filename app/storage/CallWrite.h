#pragma once

#include "common/Error.h"
#include "domain/Call.h"
#include "domain/CallEvent.h"
#include "domain/Interaction.h"
#include "domain/Note.h"
#include "storage/CallRepository.h"

#include <QByteArray>
#include <QList>

class Database;

/// One write of a call in progress, stored as one transaction. Every write names its call by
/// `call.uid`, so writes can be queued (and journaled) before the call has a database id, and a write
/// applied twice stores its rows once (CallRepository's uids).
struct CallWrite
{
    enum class Kind {
        Begin,    ///< the call row and its first events
        Change,   ///< the call's columns and the events that record the change
        Notes,    ///< the call notes (upsert by note uid)
        Draft,    ///< the request capture
        FollowUp, ///< a follow-up and its event
        Payment,  ///< a payment read-back and its event
        Close,    ///< the closing: columns, events, facts and the history entry
    };

    Kind kind = Kind::Change;
    Call call; ///< uid always set; the columns for Begin, Change and Close
    QList<CallEvent> events;
    Note note;
    CallDraft draft;
    FollowUp followUp;
    PaymentReadBackRow payment;
    Interaction history;

    static CallWrite begin(const Call& call, const QList<CallEvent>& events);
    static CallWrite change(const Call& call, const QList<CallEvent>& events);
    static CallWrite close(const Call& call, const QList<CallEvent>& events, const Interaction& history);
    static CallWrite notes(const QString& callUid, const Note& note);
    static CallWrite draftOf(const QString& callUid, const CallDraft& draft);
    static CallWrite followUpOf(const QString& callUid, const FollowUp& followUp, const CallEvent& event);
    static CallWrite paymentOf(const QString& callUid, const PaymentReadBackRow& payment, const CallEvent& event);

    /// What applying a write found out.
    struct Outcome
    {
        Status status;
        qint64 callId = 0;
        qint64 rowId = 0;    ///< the note or follow-up id
        qint64 historyId = 0; ///< the history entry added at Close (0 when none)
    };

    /// Applies the write to `db` (on the thread that owns it). A Close of a call already closed counts
    /// as done: the write was applied before (a journal replay).
    Outcome apply(Database& db) const;

    /// One line of the write journal (compact JSON) and back; empty when the line cannot be read.
    QByteArray toJournalLine() const;
    static std::optional<CallWrite> fromJournalLine(const QByteArray& line);
};
