#include "services/CallSession.h"

#include "services/CallHistory.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "domain/CallStateMachine.h"
#include "services/HoldTimer.h"
#include "storage/CallRepository.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString HoldReasonHold = u"hold"_s;
const QString HoldReasonTransfer = u"transfer"_s;

QJsonObject targetDetails(const TransferTarget& target, bool warm)
{
    return {{u"target"_s, target.name}, {u"target_id"_s, target.id}, {u"kind"_s, target.kind}, {u"warm"_s, warm}};
}

/// The first failure of two, or Ok.
Status firstError(const Status& a, const Status& b)
{
    return a ? b : a;
}

} // namespace

CallSession::CallSession(CallRepository& calls, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_calls(calls)
    , m_clock(clock)
    , m_holdTimer(new HoldTimer(clock, this))
    , m_noteTimer(new QTimer(this))
{
    m_call.state = CallState::Closed;
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(NoteSaveDelay);
    connect(m_noteTimer, &QTimer::timeout, this, &CallSession::saveNotesLater);
    connect(m_holdTimer, &HoldTimer::warningReached, this, &CallSession::onHoldWarning);
    connect(m_holdTimer, &HoldTimer::stopped, this, &CallSession::onHoldStopped);
}

CallSession::~CallSession()
{
    // F20: whatever was typed reaches the database even when the window goes away mid-call.
    if (m_notesDirty || m_draftDirty)
        flushNotes();
}

void CallSession::setAgent(const Agent& agent)
{
    m_agent = agent;
}

bool CallSession::hasCall() const
{
    return m_call.id != 0 && m_call.state != CallState::Closed;
}

std::chrono::milliseconds CallSession::duration() const
{
    if (m_call.id == 0)
        return 0ms;
    return std::max(0ms, m_clock.monotonic() - m_startedMonotonic);
}

std::chrono::milliseconds CallSession::afterCallWork() const
{
    if (m_call.state == CallState::WrapUp && m_wrapUpMonotonic >= 0ms)
        return std::max(0ms, m_clock.monotonic() - m_wrapUpMonotonic);
    return m_afterCallWork;
}

Status CallSession::canMoveTo(CallState to) const
{
    if (!hasCall())
        return noCall();
    return CallStateMachine::check(m_call.state, to);
}

Status CallSession::start(const Customer& customer, Channel channel, const QString& remoteNumber, bool outbound,
    const QString& scriptLanguage)
{
    if (hasCall())
        return Error {Error::Code::InvalidTransition, tr("Close the current call before starting another."), {}};
    if (m_notesDirty || m_draftDirty)
        flushNotes();

    Call call;
    call.customerId = customer.id;
    call.agentId = m_agent.id;
    call.channel = channel;
    call.state = CallStateMachine::initialState(channel, outbound);
    call.remoteNumber = remoteNumber;
    call.scriptLanguage = scriptLanguage;
    call.startedUtc = m_clock.nowUtc();
    Result<qint64> id = m_calls.createCall(call);
    if (!id)
        return id.error();
    call.id = id.value();

    m_call = call;
    m_outbound = outbound;
    m_callAgentName = m_agent.name;
    m_startedMonotonic = m_clock.monotonic();
    m_answeredMonotonic = call.state == CallState::Active ? m_startedMonotonic : -1ms;
    m_totalHold = m_longestHold = m_afterCallWork = 0ms;
    m_wrapUpMonotonic = -1ms;
    m_holdCount = 0;
    m_draft = CallDraft {};
    m_draft.callId = call.id;
    m_draft.scriptLanguage = scriptLanguage;
    m_draftDirty = false;
    m_followUp.reset();
    m_note = Note {};
    m_note.customerId = customer.id;
    m_note.callId = call.id;
    m_note.agentName = m_agent.name;
    m_pendingNotes.clear();
    m_notesDirty = false;

    Status status
        = record(CallEventType::Offered, {{u"channel"_s, ChannelInfo::key(channel)}, {u"outbound"_s, outbound}});
    if (call.state == CallState::Active)
        status = firstError(status, record(CallEventType::Answered, {{u"ring_ms"_s, 0}}));
    Q_EMIT stateChanged(m_call.state);
    return status;
}

Status CallSession::answer()
{
    return moveTo(CallState::Active, CallEventType::Answered, {{u"ring_ms"_s, qint64(duration().count())}});
}

Status CallSession::hold()
{
    if (!hasCall())
        return noCall();
    if (Status status = CallStateMachine::check(m_call.state, CallState::OnHold); !status)
        return status;
    return startHold(HoldReasonHold);
}

Status CallSession::resume(bool apologised)
{
    if (!hasCall())
        return noCall();
    if (m_call.state != CallState::OnHold) // Transferring -> Active is cancelTransfer()
        return Error {Error::Code::InvalidTransition, tr("The call is not on hold."), CallStateInfo::key(m_call.state)};
    const Status status = endHold(apologised, HoldReasonHold);
    return firstError(status, setState(CallState::Active));
}

Status CallSession::startTransfer(const TransferTarget& target, bool warm)
{
    return transferTo(target, warm, CallEventType::TransferStarted);
}

Status CallSession::transferConnected()
{
    if (!hasCall())
        return noCall();
    if (Status status = CallStateMachine::check(m_call.state, CallState::WrapUp); !status)
        return status;
    Status status = m_holdTimer->isOnHold() ? endHold(false, HoldReasonTransfer) : Status {};
    status = firstError(status, record(CallEventType::TransferConnected));
    return firstError(status, moveTo(CallState::WrapUp, CallEventType::WrapUpStarted));
}

Status CallSession::cancelTransfer(bool apologised)
{
    if (!hasCall())
        return noCall();
    if (m_call.state != CallState::Transferring)
        return Error {
            Error::Code::InvalidTransition, tr("No transfer is in progress."), CallStateInfo::key(m_call.state)};
    Status status = record(CallEventType::TransferCancelled);
    status = firstError(status, endHold(apologised, HoldReasonTransfer));
    return firstError(status, setState(CallState::Active));
}

Status CallSession::coldTransfer(const TransferTarget& target)
{
    if (Status status = transferTo(target, false, CallEventType::ColdTransfer); !status)
        return status;
    return transferConnected();
}

Status CallSession::abusive(AbusiveAction action)
{
    if (!hasCall())
        return noCall();
    if (!CallStateMachine::isOpen(m_call.state))
        return CallStateMachine::check(m_call.state, CallState::OnHold);
    const bool toHold = action == AbusiveAction::Hold;
    Status status = record(CallEventType::AbusiveCaller, {{u"action"_s, toHold ? u"hold"_s : u"supervisor"_s}});
    if (toHold && m_call.state == CallState::Active)
        status = firstError(status, startHold(HoldReasonHold));
    return status;
}

Status CallSession::recordPayment(const CardSummary& card)
{
    if (!hasCall())
        return noCall();
    return record(CallEventType::PaymentReadBack,
        {{u"brand"_s, CardMasker::brandKey(card.brand)}, {u"last4"_s, card.last4.right(4)}, {u"expiry"_s, card.expiry},
            {u"name_on_card"_s, card.nameOnCard}});
}

Status CallSession::wrapUp()
{
    return moveTo(CallState::WrapUp, CallEventType::WrapUpStarted);
}

Status CallSession::close(const QString& disposition, const QString& summary)
{
    if (!hasCall())
        return noCall();
    if (Status status = CallStateMachine::check(m_call.state, CallState::Closed); !status)
        return status;
    const bool missed = m_call.state == CallState::Offered;
    m_afterCallWork = afterCallWork();
    Status status = flushNotes();
    m_call.endedUtc = m_clock.nowUtc();
    m_call.disposition = missed && disposition.isEmpty() ? u"missed"_s : disposition;
    m_call.summary = CardMasker::maskCardNumbers(summary);

    const QString facts
        = CallHistory::closingFacts(missed, duration(), talkTime(), m_holdCount, m_totalHold, m_longestHold);
    const CallEvent closed = makeEvent(CallEventType::Closed,
        {{u"disposition"_s, m_call.disposition}, {u"missed"_s, missed}, {u"duration_ms"_s, qint64(duration().count())},
            {u"holds"_s, m_holdCount}, {u"total_hold_ms"_s, qint64(m_totalHold.count())},
            {u"longest_hold_ms"_s, qint64(m_longestHold.count())}, {u"acw_ms"_s, qint64(m_afterCallWork.count())}});
    return firstError(status, commitClose({closed}, facts));
}

Status CallSession::markStep(const QString& stepId, StepMark mark)
{
    if (!hasCall())
        return noCall();
    if (m_call.state == CallState::Offered)
        return CallStateMachine::check(m_call.state, CallState::OnHold); // "Answer the call first."
    return record(CallEventType::ScriptStep,
        {{u"step"_s, stepId}, {u"status"_s, mark == StepMark::Done ? u"done"_s : u"skipped"_s}});
}

Status CallSession::scheduleFollowUp(FollowUp& followUp)
{
    if (!hasCall())
        return noCall();
    if (!followUp.dueUtc.isValid() || followUp.dueUtc <= m_clock.nowUtc())
        return Error {Error::Code::InvalidInput, tr("Choose a time in the future for the follow-up."), {}};
    followUp.customerId = m_call.customerId;
    followUp.callId = m_call.id;
    if (followUp.ownerAgentId == 0)
        followUp.ownerAgentId = m_agent.id;
    followUp.reason = CardMasker::maskCardNumbers(followUp.reason);
    Result<qint64> id = m_calls.addFollowUp(followUp);
    if (!id)
        return id.error();
    followUp.id = id.value();
    m_followUp = followUp;
    return record(CallEventType::FollowUpScheduled,
        {{u"follow_up_id"_s, followUp.id}, {u"owner_agent_id"_s, followUp.ownerAgentId},
            {u"due_ms"_s, followUp.dueUtc.toMSecsSinceEpoch()}});
}

Status CallSession::resumeInterrupted(qint64 callId)
{
    if (Status status = loadInterrupted(callId); !status)
        return status;
    const CallState previous = m_call.state;
    if (previous == CallState::OnHold || previous == CallState::Transferring) {
        // The customer was waiting when the program died: they come back on hold, and the agent
        // sees the timer (restarted, as the time the program was down is unknown to the monotonic clock).
        m_call.state = CallState::OnHold;
        m_holdTimer->start();
    }
    Status status = record(CallEventType::Recovered,
        {{u"resumed"_s, true}, {u"previous_state"_s, CallStateInfo::key(previous)},
            {u"state"_s, CallStateInfo::key(m_call.state)}});
    if (m_call.state != previous)
        status = firstError(status, m_calls.updateCall(m_call));
    Q_EMIT stateChanged(m_call.state);
    return status;
}

Status CallSession::abandonInterrupted(qint64 callId)
{
    if (Status status = loadInterrupted(callId); !status)
        return status;
    const CallState previous = m_call.state;
    m_call.endedUtc = m_clock.nowUtc();
    m_call.disposition = u"abandoned"_s;
    const QList<CallEvent> events {
        makeEvent(CallEventType::Recovered, {{u"resumed"_s, false}, {u"previous_state"_s, CallStateInfo::key(previous)}}),
        makeEvent(CallEventType::Closed,
            {{u"disposition"_s, m_call.disposition}, {u"interrupted"_s, true},
                {u"previous_state"_s, CallStateInfo::key(previous)}})};
    return commitClose(events, CallHistory::interruptedFacts());
}

Status CallSession::commitClose(QList<CallEvent> events, const QString& facts)
{
    // The stored call is only closed together with its events and history entry: when that fails it
    // stays open and is offered for recovery at the next start, which records it then.
    m_call.state = CallState::Closed;
    Interaction entry = CallHistory::entry(m_call, m_outbound, m_agent.name.isEmpty() ? m_callAgentName : m_agent.name,
        m_draft, notes(), facts);
    const Status status = m_calls.closeCall(m_call, events, entry);
    if (status) {
        for (const CallEvent& event : std::as_const(events))
            Q_EMIT eventRecorded(event);
    } else {
        qCWarning(lcCall) << "Cannot record the closing of call" << m_call.id << status.error().detail;
    }
    Q_EMIT stateChanged(m_call.state);
    if (status && entry.id != 0)
        Q_EMIT callRecorded(entry.customerId);
    return status;
}

std::chrono::milliseconds CallSession::talkTime() const
{
    if (m_answeredMonotonic < 0ms)
        return 0ms;
    const std::chrono::milliseconds end = m_wrapUpMonotonic >= 0ms ? m_wrapUpMonotonic : m_clock.monotonic();
    return std::max(0ms, end - m_answeredMonotonic - m_totalHold);
}

Status CallSession::loadInterrupted(qint64 callId)
{
    if (hasCall())
        return Error {Error::Code::InvalidTransition, tr("Close the current call before resuming another."), {}};
    Result<std::optional<Call>> found = m_calls.find(callId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->state == CallState::Closed)
        return Error {Error::Code::NotFound, tr("The interrupted call no longer exists or is already closed."), {}};
    Result<QList<Note>> notes = m_calls.notesForCall(callId);
    Result<std::optional<CallDraft>> draft = m_calls.draft(callId);
    Result<QList<CallEvent>> events = m_calls.events(callId);
    if (!notes || !draft || !events)
        return !notes ? notes.error() : !draft ? draft.error() : events.error();

    m_call = *found.value();
    const QDateTime now = m_clock.nowUtc();
    const auto since = [&](const QDateTime& utc) { return std::chrono::milliseconds(std::max<qint64>(0, utc.msecsTo(now))); };
    // Durations go on from the stored wall-clock times: the monotonic clock restarted with the program.
    m_startedMonotonic = m_clock.monotonic() - since(m_call.startedUtc);
    m_note = notes.value().isEmpty() ? Note {} : notes.value().constLast();
    if (m_note.id == 0) {
        m_note.customerId = m_call.customerId;
        m_note.callId = m_call.id;
    }
    m_note.agentName = m_agent.name;
    m_pendingNotes = m_note.text;
    m_notesDirty = false;
    m_draft = draft.value().value_or(CallDraft {});
    m_draft.callId = m_call.id;
    if (m_draft.scriptLanguage.isEmpty())
        m_draft.scriptLanguage = m_call.scriptLanguage;
    m_draftDirty = false;
    m_followUp.reset();
    m_afterCallWork = 0ms;
    m_wrapUpMonotonic = -1ms;
    m_answeredMonotonic = -1ms;
    m_outbound = false;
    m_callAgentName.clear();
    restoreHoldTotals(events.value());
    for (const CallEvent& event : events.value()) {
        if (event.type == CallEventType::Offered) {
            m_outbound = QJsonDocument::fromJson(event.detailsJson.toUtf8()).object().value(u"outbound"_s).toBool();
            m_callAgentName = event.agentName;
        } else if (event.type == CallEventType::Answered) {
            m_answeredMonotonic = m_clock.monotonic() - since(event.atUtc);
        } else if (event.type == CallEventType::WrapUpStarted) {
            m_wrapUpMonotonic = m_clock.monotonic() - since(event.atUtc);
        }
    }
    return {};
}

void CallSession::restoreHoldTotals(const QList<CallEvent>& events)
{
    m_totalHold = m_longestHold = 0ms;
    m_holdCount = 0;
    for (const CallEvent& event : events) {
        if (event.type != CallEventType::HoldEnded)
            continue;
        const QJsonObject details = QJsonDocument::fromJson(event.detailsJson.toUtf8()).object();
        const std::chrono::milliseconds held(details.value(u"duration_ms"_s).toInteger());
        m_totalHold += held;
        m_longestHold = std::max(m_longestHold, held);
        ++m_holdCount;
    }
}

void CallSession::setNotes(const QString& text)
{
    if (m_call.id == 0)
        return;
    m_pendingNotes = text;
    m_notesDirty = true;
    scheduleSave();
}

void CallSession::setRequestCapture(const QString& request, const QString& details, const QString& address)
{
    if (m_call.id == 0)
        return;
    m_draft.request = request;
    m_draft.details = details;
    m_draft.address = address;
    m_draftDirty = true;
    scheduleSave();
}

Status CallSession::setScriptLanguage(const QString& code)
{
    if (m_call.id == 0 || code == m_call.scriptLanguage)
        return {};
    m_call.scriptLanguage = code;
    m_draft.scriptLanguage = code;
    m_draftDirty = true;
    scheduleSave();
    return hasCall() ? m_calls.updateCall(m_call) : Status {};
}

void CallSession::scheduleSave()
{
    // Not restarted on each keystroke: continuous typing still reaches the disk every NoteSaveDelay.
    if (!m_noteTimer->isActive())
        m_noteTimer->start();
}

Status CallSession::flushNotes()
{
    m_noteTimer->stop();
    Status status;
    if (m_notesDirty) {
        m_note.text = CardMasker::maskCardNumbers(m_pendingNotes);
        m_note.updatedUtc = m_clock.nowUtc();
        Result<qint64> id = m_calls.saveNote(m_note);
        if (id) {
            m_note.id = id.value();
            m_notesDirty = false;
            Q_EMIT notesSaved();
        } else {
            status = id.error();
        }
    }
    if (m_draftDirty) {
        CallDraft masked = m_draft;
        masked.request = CardMasker::maskCardNumbers(m_draft.request);
        masked.details = CardMasker::maskCardNumbers(m_draft.details);
        masked.address = CardMasker::maskCardNumbers(m_draft.address);
        masked.updatedUtc = m_clock.nowUtc();
        const Status saved = m_calls.saveDraft(masked);
        if (saved) {
            m_draftDirty = false;
            Q_EMIT draftSaved();
        }
        status = firstError(status, saved);
    }
    return status;
}

CallEvent CallSession::makeEvent(CallEventType type, const QJsonObject& details) const
{
    CallEvent event;
    event.callId = m_call.id;
    event.type = type;
    event.atUtc = m_clock.nowUtc();
    event.monotonicMs = m_clock.monotonic().count();
    event.agentName = m_agent.name;
    event.detailsJson = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return event;
}

Status CallSession::record(CallEventType type, const QJsonObject& details)
{
    CallEvent event = makeEvent(type, details);
    Result<qint64> id = m_calls.appendEvent(event);
    if (!id) {
        qCWarning(lcCall) << "Cannot record call event" << CallStateInfo::key(type) << id.error().detail;
        return id.error();
    }
    event.id = id.value();
    Q_EMIT eventRecorded(event);
    return {};
}

Status CallSession::moveTo(CallState to, CallEventType type, const QJsonObject& details)
{
    if (!hasCall())
        return noCall();
    if (Status status = CallStateMachine::check(m_call.state, to); !status)
        return status;
    m_call.state = to;
    if (to == CallState::Active)
        m_answeredMonotonic = m_clock.monotonic();
    if (to == CallState::WrapUp)
        m_wrapUpMonotonic = m_clock.monotonic();
    Status status = record(type, details);
    status = firstError(status, m_calls.updateCall(m_call));
    Q_EMIT stateChanged(to);
    return status;
}

Status CallSession::startHold(const QString& reason)
{
    Status status = moveTo(CallState::OnHold, CallEventType::HoldStarted, {{u"reason"_s, reason}});
    m_holdTimer->start();
    return status;
}

Status CallSession::endHold(bool apologised, const QString& reason)
{
    m_holdTimer->stop(); // onHoldStopped() stores the duration and warnings
    Status status = record(CallEventType::HoldEnded,
        {{u"reason"_s, reason}, {u"duration_ms"_s, qint64(m_lastHoldDuration.count())},
            {u"warnings"_s, m_lastHoldWarnings}, {u"apologised"_s, apologised}});
    Q_EMIT holdEnded(m_lastHoldDuration, m_lastHoldWarnings);
    return status;
}

Status CallSession::setState(CallState state)
{
    m_call.state = state;
    Status status = m_calls.updateCall(m_call);
    Q_EMIT stateChanged(state);
    return status;
}

Status CallSession::transferTo(const TransferTarget& target, bool warm, CallEventType type)
{
    if (!hasCall())
        return noCall();
    if (Status status = CallStateMachine::check(m_call.state, CallState::Transferring); !status)
        return status;
    Status status = record(type, targetDetails(target, warm));
    if (!m_holdTimer->isOnHold())
        status = firstError(status, record(CallEventType::HoldStarted, {{u"reason"_s, HoldReasonTransfer}}));
    m_holdTimer->start(); // no-op when the customer is already on hold
    return firstError(status, setState(CallState::Transferring));
}

Error CallSession::noCall() const
{
    return Error {Error::Code::InvalidTransition, tr("There is no call in progress."), {}};
}

void CallSession::onHoldWarning(int count, std::chrono::milliseconds elapsed)
{
    if (Status status
        = record(CallEventType::HoldWarning, {{u"count"_s, count}, {u"elapsed_ms"_s, qint64(elapsed.count())}});
        !status)
        Q_EMIT persistenceFailed(status.error());
    Q_EMIT holdWarning(count, elapsed);
}

void CallSession::onHoldStopped(std::chrono::milliseconds duration, int warnings)
{
    m_lastHoldDuration = duration;
    m_lastHoldWarnings = warnings;
    m_totalHold += duration;
    m_longestHold = std::max(m_longestHold, duration);
    ++m_holdCount;
}

void CallSession::saveNotesLater()
{
    if (Status status = flushNotes(); !status)
        Q_EMIT persistenceFailed(status.error());
}
