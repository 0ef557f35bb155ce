#pragma once

#include "common/Error.h"
#include "domain/Agent.h"
#include "domain/Call.h"
#include "domain/CallEvent.h"
#include "domain/CallFacts.h"
#include "domain/CardMasker.h"
#include "domain/Customer.h"
#include "domain/Disposition.h"
#include "domain/Note.h"
#include "storage/CallRepository.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class CallAutosave;
class CallWriteQueue;
class Clock;
class HoldTimer;

/// One conversation from the first ring to close (F2, F5–F8, F20). Applies CallStateMachine, drives the
/// hold timer, and records every change as typed events at the moment it happens.
///
/// Every change is one write of the call's write queue: its events and the call's new state in one
/// transaction, stored in order. The session shows the change at once (the phone call did change);
/// when the database cannot take it yet, the queue keeps it, journaled, and says so (backlogChanged),
/// so the screen never claims more than "done, saving". Durations come from folding the log
/// (CallFacts::fold), never from counters kept apart.
///
/// Every call that reaches Closed, however it got there, adds one entry to the customer's history and
/// one call_facts row in the same transaction as the closing; callRecorded() then tells the history views.
///
/// Each action returns Ok or a translated InvalidTransition (the state did not change).
class CallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)

public:
    /// `writes` and `clock` must outlive the session.
    CallSession(CallWriteQueue& writes, const Clock& clock, QObject* parent = nullptr);
    ~CallSession() override;

    /// The agent named in events and notes; set before start().
    void setAgent(const Agent& agent);
    const Agent& agent() const { return m_agent; }

    /// The current call, or the last one after close(). Its id is set once the database has it.
    const Call& call() const { return m_call; }
    CallState state() const { return m_call.state; }
    /// True from start() until close().
    bool hasCall() const { return m_open; }
    /// True when a call was started in this session (open or closed since).
    bool hadCall() const { return !m_call.uid.isEmpty(); }
    HoldTimer& holdTimer() const { return *m_holdTimer; }
    /// The call's log so far, in order.
    const QList<CallEvent>& log() const { return m_log; }
    /// The call's measured facts so far (an open call up to now).
    CallFacts facts() const;
    /// Time since start().
    std::chrono::milliseconds duration() const { return std::chrono::milliseconds(facts().durationMs); }
    /// Sum and maximum of the finished holds of this call (transfer consultations included).
    std::chrono::milliseconds totalHold() const { return std::chrono::milliseconds(facts().holdTotalMs); }
    std::chrono::milliseconds longestHold() const { return std::chrono::milliseconds(facts().holdLongestMs); }
    int holdCount() const { return facts().holdCount; }
    /// After-call work so far: time since wrap-up started (0 before; frozen at close).
    std::chrono::milliseconds afterCallWork() const { return std::chrono::milliseconds(facts().afterCallWorkMs); }
    /// The notes as last set (not yet masked when unsaved).
    QString notes() const;
    /// The request capture as last set.
    const CallDraft& draft() const;
    /// The follow-up scheduled in this call, if any.
    const std::optional<FollowUp>& followUp() const { return m_followUp; }
    CallAutosave& autosave() const { return *m_autosave; }

    /// Ok when the call may move to `to` now, else the translated reason (no call, or the state machine's).
    Status canMoveTo(CallState to) const;

    Status start(const Customer& customer, Channel channel, const QString& remoteNumber = {}, bool outbound = false,
        const QString& scriptLanguage = {});
    Status answer();
    Status hold();
    /// Ends the hold; `apologised` records whether the agent thanked and apologised (D3).
    Status resume(bool apologised);
    /// The agent apologised for the last hold after resuming it (D3).
    Status recordApology();
    /// Consults a transfer target while the customer waits on hold (a warm transfer when `warm`).
    Status startTransfer(const TransferTarget& target, bool warm);
    /// The customer is connected to the target: the agent leaves the call, which goes to wrap-up (D3).
    Status transferConnected();
    /// Takes the customer back from a transfer that did not work out.
    Status cancelTransfer(bool apologised = false);
    /// Transfers without consulting and leaves at once; recorded as a cold transfer.
    Status coldTransfer(const TransferTarget& target);
    Status abusive(AbusiveAction action);
    /// Records the payment read-back (V4); only what CardSummary holds is stored.
    Status recordPayment(const CardSummary& card);
    Status wrapUp();
    /// Closes from wrap-up, or a call that was never answered (missed when no disposition is given).
    /// The summary is masked. The call's history entry and facts are written with the closing.
    Status close(std::optional<Disposition> disposition, const QString& summary);
    Status markStep(const QString& stepId, StepMark mark);
    /// Stores a follow-up for this call's customer (V5): fills customerId, the owner (this agent when
    /// unset) and its uid, and records FollowUpScheduled. A time not in the future is refused.
    Status scheduleFollowUp(FollowUp& followUp);

    /// Takes up a call a crash left open (F20): restores notes, request capture and hold totals,
    /// records Recovered. A call that was on hold or transferring comes back on hold, its timer
    /// restarted from now.
    Status resumeInterrupted(const StoredCall& stored);
    /// Closes a call a crash left open with disposition "abandoned", recording Recovered and Closed and
    /// its history entry.
    Status abandonInterrupted(const StoredCall& stored);
    /// The same for a call id, reading it first (waits on the database: tests and tools).
    Status resumeInterrupted(qint64 callId);
    Status abandonInterrupted(qint64 callId);

    /// Replaces the call's notes. They are masked for card data and saved within CallAutosave::SaveDelay.
    void setNotes(const QString& text);
    /// Replaces the request capture (F4); masked and saved like the notes.
    void setRequestCapture(const QString& request, const QString& details, const QString& address);
    /// The script language chosen for this call; stored with the call and its request capture.
    Status setScriptLanguage(const QString& code);
    /// Queues pending notes and request capture now (before close, or when the window is closing).
    void flushNotes();
    /// Waits until every write of the session is stored (tests and tools): true when they are.
    bool waitForWrites(std::chrono::milliseconds timeout = std::chrono::seconds(10));

Q_SIGNALS:
    void stateChanged(CallState state);
    void eventRecorded(const CallEvent& event);
    void holdWarning(int count, std::chrono::milliseconds elapsed);
    void holdEnded(std::chrono::milliseconds duration, int warnings);
    void notesSaved();
    void draftSaved();
    /// A closed call was written to the customer's history (once per call): views of that history reload.
    void callRecorded(qint64 customerId);
    /// A follow-up scheduled in this call is stored: due lists reload.
    void followUpStored(const FollowUp& followUp);

private:
    CallEvent makeEvent(CallEventPayload payload) const;
    /// Appends `events` to the log and queues them with the call's columns as one write.
    void commit(const QList<CallEvent>& events);
    /// Moves to `to` recording `events` (one write) and announces it.
    Status moveTo(CallState to, const QList<CallEvent>& events);
    Status transferTo(const TransferTarget& target, bool warm, bool cold);
    /// Closes with `events` and the history entry (one write), and announces it.
    void commitClose(const QList<CallEvent>& events);
    /// The HoldEnded event of the hold that ends now (stops the timer).
    CallEvent endHold(bool apologised, HoldReason reason);
    Error noCall() const;
    void onHoldWarning(int count, std::chrono::milliseconds elapsed);
    /// Reads a call to recover (waits on the database); NotFound when gone or closed.
    Result<StoredCall> loadStored(qint64 callId);
    /// Loads a stored call into the session (recovery); Ok when it is still open.
    Status loadInterrupted(const StoredCall& stored);
    std::optional<CallFacts::Instant> nowIfOpen() const;

    CallWriteQueue& m_writes;
    const Clock& m_clock;
    HoldTimer* m_holdTimer;
    CallAutosave* m_autosave;
    Agent m_agent;
    Call m_call;
    bool m_open = false;
    QList<CallEvent> m_log;
    std::optional<FollowUp> m_followUp;
    std::chrono::milliseconds m_lastHold {0}; ///< of the hold HoldTimer stopped last
    int m_lastHoldWarnings = 0;
};
