#pragma once

#include "common/Error.h"
#include "domain/Call.h"
#include "domain/CallEvent.h"
#include "domain/CallFacts.h"
#include "domain/CardMasker.h"
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

/// A call's payment read-back as stored (V4): never the card number.
struct PaymentReadBackRow
{
    qint64 id = 0;
    qint64 callId = 0;
    QString uid;
    CardSummary card;
    QDateTime atUtc;
};

/// A call as stored with everything recovery needs to continue it.
struct StoredCall
{
    Call call;
    QList<CallEvent> events;
    Note note; ///< the last note of the call (empty when none)
    std::optional<CallDraft> draft;
};

/// Calls, their append-only event log, their notes, follow-ups, payment read-backs and facts.
///
/// Rows written during a call carry a uid made by the program (Call::uid, CallEvent::uid, Note::uid,
/// FollowUp::uid): writing the same row twice — a write replayed from the journal after a crash or a
/// lock — stores it once.
class CallRepository final
{
public:
    explicit CallRepository(Database& db);

    /// Inserts the call, or finds the one already stored with its uid; returns its id.
    Result<qint64> createCall(const Call& call);
    /// The id of the call stored with `uid`, if any.
    Result<std::optional<qint64>> idForUid(const QString& uid);
    /// Updates the mutable columns (state, script language, ended, disposition, summary); events stay.
    Status updateCall(const Call& call);
    /// One change of a call as one transaction: `call`'s columns and the events that record it, so the
    /// log and the state never disagree.
    Status recordChange(const Call& call, const QList<CallEvent>& events);
    /// Closes a call for good, in one transaction: stores `call`'s columns with the state Closed, appends
    /// `events` in order, writes its call_facts row (folded from the whole log) and adds `history`
    /// (callId set here) to the customer's interactions, unless the call already has an entry or
    /// `history.customerId` is 0. Only an open call is closed: a call already closed (twice in a row, or by
    /// another program) or gone is NotFound and nothing is written, so each call is recorded once. On
    /// success the ids are filled in (history.id stays 0 when no entry was added).
    Status closeCall(const Call& call, QList<CallEvent>& events, Interaction& history);
    Result<std::optional<Call>> find(qint64 id);
    /// Calls not closed: what a crash left behind, newest first.
    Result<QList<Call>> openCalls();
    /// The call with its log, last note and request capture; empty when there is no such call.
    Result<std::optional<StoredCall>> load(qint64 callId);

    /// Appends to the event log (or finds the event already stored with its uid); returns its id. The
    /// log has no update or delete.
    Result<qint64> appendEvent(const CallEvent& event);
    Result<QList<CallEvent>> events(qint64 callId);
    /// The facts row of a closed call, if it has one.
    Result<std::optional<CallFacts>> facts(qint64 callId);

    /// Stores a payment read-back of a call and its event in one transaction.
    Status recordPayment(const PaymentReadBackRow& payment, const CallEvent& event);
    Result<QList<PaymentReadBackRow>> paymentReadBacks(qint64 callId);

    /// With a uid: inserts or replaces the note with that uid. Without: inserts when note.id is 0, else
    /// replaces its text and time. Returns the note's id. Text must already be masked.
    Result<qint64> saveNote(const Note& note);
    Result<QList<Note>> notesForCall(qint64 callId);

    /// Inserts or replaces the request capture of `draft.callId`.
    Status saveDraft(const CallDraft& draft);
    /// The request capture of a call, if any was saved.
    Result<std::optional<CallDraft>> draft(qint64 callId);

    /// Inserts the follow-up (or finds the one stored with its uid); returns its id.
    Result<qint64> addFollowUp(const FollowUp& followUp);
    /// Stores a follow-up of a call and its FollowUpScheduled event in one transaction; returns its id.
    Result<qint64> scheduleFollowUp(const FollowUp& followUp, const CallEvent& event);
    Status setFollowUpDone(qint64 id, bool done);
    /// Open follow-ups of an agent, oldest due first (overdue ones lead).
    Result<QList<FollowUp>> dueFollowUps(qint64 ownerAgentId, int limit);

private:
    /// Writes the facts row of `call` from its stored log (inside closeCall's transaction).
    Status insertFacts(const Call& call);

    Database& m_db;
};
