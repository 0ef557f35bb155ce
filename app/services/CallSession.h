#pragma once

#include "common/Error.h"
#include "domain/Agent.h"
#include "domain/Call.h"
#include "domain/CardMasker.h"
#include "domain/Customer.h"
#include "domain/Interaction.h"
#include "domain/Note.h"
#include "storage/CallRepository.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class Clock;
class HoldTimer;
class QTimer;

/// What the agent does about an abusive or profane caller (V6, F7).
enum class AbusiveAction {
    Hold,       ///< put the caller on hold
    Supervisor, ///< ask whether a supervisor or manager may be involved
};

/// How a script step was left: said, or deliberately skipped (F3 adherence).
enum class StepMark {
    Done,
    Skipped,
};

/// One conversation from the first ring to close (F2, F5–F8, F20). Applies CallStateMachine, drives the
/// hold timer, appends every transition to the call's event log at the moment it happens, and saves the
/// agent's notes and request capture, masked, at most NoteSaveDelay after each change. A call left open
/// by a crash can be taken up again (resumeInterrupted) or closed as abandoned.
///
/// Every call that reaches Closed, however it got there, adds one entry to the customer's history
/// (`interactions`) in the same transaction as the closing; callRecorded() then tells the history views.
///
/// Each action returns Ok or a translated Error: an InvalidTransition (the state did not change) or a
/// storage error (the state did change, because the phone call did; the event may be missing).
class CallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)

public:
    /// The longest time typed notes stay only in memory.
    static constexpr std::chrono::milliseconds NoteSaveDelay {750};

    /// `calls` and `clock` must outlive the session.
    CallSession(CallRepository& calls, const Clock& clock, QObject* parent = nullptr);
    ~CallSession() override;

    /// The agent named in events and notes; set before start().
    void setAgent(const Agent& agent);

    /// The current call, or the last one after close().
    const Call& call() const { return m_call; }
    CallState state() const { return m_call.state; }
    /// True from start() until close().
    bool hasCall() const;
    HoldTimer& holdTimer() const { return *m_holdTimer; }
    /// Time since start() on the monotonic clock.
    std::chrono::milliseconds duration() const;
    /// Sum and maximum of the finished holds of this call (transfer consultations included).
    std::chrono::milliseconds totalHold() const { return m_totalHold; }
    std::chrono::milliseconds longestHold() const { return m_longestHold; }
    int holdCount() const { return m_holdCount; }
    /// After-call work so far: time since wrap-up started (0 before; frozen at close).
    std::chrono::milliseconds afterCallWork() const;
    /// The notes as last set (not yet masked when unsaved).
    QString notes() const { return m_notesDirty ? m_pendingNotes : m_note.text; }
    /// The request capture as last set.
    const CallDraft& draft() const { return m_draft; }
    /// The follow-up scheduled in this call, if any.
    const std::optional<FollowUp>& followUp() const { return m_followUp; }

    /// Ok when the call may move to `to` now, else the translated reason (no call, or the state machine's).
    Status canMoveTo(CallState to) const;

    Status start(const Customer& customer, Channel channel, const QString& remoteNumber = {}, bool outbound = false,
        const QString& scriptLanguage = {});
    Status answer();
    Status hold();
    /// Ends the hold; `apologised` records whether the agent thanked and apologised (D3).
    Status resume(bool apologised);
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
    /// Closes from wrap-up, or a call that was never answered (missed). The summary is masked. The call's
    /// history entry is written with the closing. When the closing cannot be stored, none of it is: the
    /// stored call stays open (recovery offers it at the next start) while the session's call is closed.
    Status close(const QString& disposition, const QString& summary);
    Status markStep(const QString& stepId, StepMark mark);
    /// Stores a follow-up for this call's customer (V5): fills customerId and callId (and the owner
    /// with this agent when unset) and records FollowUpScheduled. A time not in the future is refused.
    Status scheduleFollowUp(FollowUp& followUp);

    /// Takes up a call a crash left open (F20): restores notes, request capture and hold totals,
    /// records Recovered. A call that was on hold or transferring comes back on hold, its timer
    /// restarted from now.
    Status resumeInterrupted(qint64 callId);
    /// Closes a call a crash left open with disposition "abandoned", recording Recovered and Closed and
    /// its history entry. NotFound when it is already closed (by another program, say).
    Status abandonInterrupted(qint64 callId);

    /// Replaces the call's notes. They are masked for card data and saved within NoteSaveDelay.
    void setNotes(const QString& text);
    /// Replaces the request capture (F4); masked and saved like the notes.
    void setRequestCapture(const QString& request, const QString& details, const QString& address);
    /// The script language chosen for this call; stored with the call and its request capture.
    Status setScriptLanguage(const QString& code);
    /// Saves pending notes and request capture now (before close, or when the window is closing).
    Status flushNotes();

Q_SIGNALS:
    void stateChanged(CallState state);
    void eventRecorded(const CallEvent& event);
    void holdWarning(int count, std::chrono::milliseconds elapsed);
    void holdEnded(std::chrono::milliseconds duration, int warnings);
    void notesSaved();
    void draftSaved();
    /// A closed call was written to the customer's history (once per call): views of that history reload.
    void callRecorded(qint64 customerId);
    /// A save that no caller waits for (a timer warning, a delayed note) failed.
    void persistenceFailed(const Error& error);

private:
    CallEvent makeEvent(CallEventType type, const QJsonObject& details = {}) const;
    Status record(CallEventType type, const QJsonObject& details = {});
    /// Stores the call as closed with `events` and its history entry in one transaction, then announces it.
    /// `facts` is the line on durations for the entry's summary.
    Status commitClose(QList<CallEvent> events, const QString& facts);
    /// Talk time so far: from answer to wrap-up (or now), holds excluded.
    std::chrono::milliseconds talkTime() const;
    Status moveTo(CallState to, CallEventType type, const QJsonObject& details = {});
    Status startHold(const QString& reason);
    /// Stops the hold timer and records HoldEnded; the caller sets the next state.
    Status endHold(bool apologised, const QString& reason);
    /// Stores and announces a state whose event the caller has recorded.
    Status setState(CallState state);
    Status transferTo(const TransferTarget& target, bool warm, CallEventType type);
    Error noCall() const;
    void onHoldWarning(int count, std::chrono::milliseconds elapsed);
    void onHoldStopped(std::chrono::milliseconds duration, int warnings);
    void saveNotesLater();
    void scheduleSave();
    /// Loads a stored call into the session (recovery); Ok when it exists and is still open.
    Status loadInterrupted(qint64 callId);
    void restoreHoldTotals(const QList<CallEvent>& events);

    CallRepository& m_calls;
    const Clock& m_clock;
    HoldTimer* m_holdTimer;
    QTimer* m_noteTimer;
    Agent m_agent;
    Call m_call;
    bool m_outbound = false;
    QString m_callAgentName; ///< who took the call (from its log when recovered)
    std::chrono::milliseconds m_startedMonotonic {0};
    std::chrono::milliseconds m_answeredMonotonic {-1};
    std::chrono::milliseconds m_totalHold {0};
    std::chrono::milliseconds m_longestHold {0};
    std::chrono::milliseconds m_lastHoldDuration {0};
    std::chrono::milliseconds m_wrapUpMonotonic {-1};
    std::chrono::milliseconds m_afterCallWork {0};
    int m_lastHoldWarnings = 0;
    int m_holdCount = 0;
    Note m_note;
    QString m_pendingNotes;
    bool m_notesDirty = false;
    CallDraft m_draft;
    bool m_draftDirty = false;
    std::optional<FollowUp> m_followUp;
};
