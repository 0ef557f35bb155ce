#include "services/CallSession.h"

#include "services/CallHistory.h"

#include "common/Clock.h"
#include "domain/CallStateMachine.h"
#include "services/CallAutosave.h"
#include "services/CallWriteQueue.h"
#include "services/HoldTimer.h"

#include <QUuid>

using namespace std::chrono_literals;

namespace {
QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

CallSession::CallSession(CallWriteQueue& writes, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_writes(writes)
    , m_clock(clock)
    , m_holdTimer(new HoldTimer(clock, this))
    , m_autosave(new CallAutosave(writes, clock, this))
{
    m_call.state = CallState::Closed;
    connect(m_holdTimer, &HoldTimer::warningReached, this, &CallSession::onHoldWarning);
    connect(m_holdTimer, &HoldTimer::stopped, this, [this](std::chrono::milliseconds held, int warnings) {
        m_lastHold = held;
        m_lastHoldWarnings = warnings;
    });
    connect(m_autosave, &CallAutosave::notesSaved, this, &CallSession::notesSaved);
    connect(m_autosave, &CallAutosave::draftSaved, this, &CallSession::draftSaved);
}

CallSession::~CallSession() = default;

void CallSession::setAgent(const Agent& agent)
{
    m_agent = agent;
}

std::optional<CallFacts::Instant> CallSession::nowIfOpen() const
{
    return m_open ? std::optional(CallFacts::Instant {m_clock.nowUtc(), m_clock.monotonic().count()}) : std::nullopt;
}

CallFacts CallSession::facts() const
{
    return CallFacts::fold(m_log, nowIfOpen());
}

QString CallSession::notes() const
{
    return m_autosave->notes();
}

const CallDraft& CallSession::draft() const
{
    return m_autosave->draft();
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

    Call call;
    call.uid = newUid();
    call.customerId = customer.id;
    call.agentId = m_agent.id;
    call.channel = channel;
    call.state = CallStateMachine::initialState(channel, outbound);
    call.remoteNumber = remoteNumber;
    call.scriptLanguage = scriptLanguage;
    call.startedUtc = m_clock.nowUtc();
    m_call = call;
    m_open = true;
    m_followUp.reset();
    CallDraft draft;
    draft.scriptLanguage = scriptLanguage;
    m_autosave->reset(call.uid, customer.id, m_agent.id, Note {}, draft);

    QList<CallEvent> events {makeEvent(CallEvents::Offered {channel, outbound})};
    if (call.state == CallState::Active)
        events << makeEvent(CallEvents::Answered {0});
    m_log = events;
    m_writes.enqueue(CallWrite::begin(m_call, events), this, [this, uid = call.uid](const CallWrite::Outcome& outcome) {
        if (m_call.uid == uid)
            m_call.id = outcome.callId;
    });
    for (const CallEvent& event : std::as_const(events))
        Q_EMIT eventRecorded(event);
    Q_EMIT stateChanged(m_call.state);
    return {};
}

Status CallSession::answer()
{
    if (Status status = canMoveTo(CallState::Active); !status)
        return status;
    return moveTo(CallState::Active, {makeEvent(CallEvents::Answered {duration().count()})});
}

Status CallSession::hold()
{
    if (Status status = canMoveTo(CallState::OnHold); !status)
        return status;
    const Status status = moveTo(CallState::OnHold, {makeEvent(CallEvents::HoldStarted {HoldReason::Hold})});
    m_holdTimer->start();
    return status;
}

Status CallSession::resume(bool apologised)
{
    if (!hasCall())
        return noCall();
    if (m_call.state != CallState::OnHold) // Transferring -> Active is cancelTransfer()
        return Error {Error::Code::InvalidTransition, tr("The call is not on hold."), CallStateInfo::key(m_call.state)};
    return moveTo(CallState::Active, {endHold(apologised, HoldReason::Hold)});
}

Status CallSession::recordApology()
{
    if (!hasCall())
        return noCall();
    commit({makeEvent(CallEvents::ApologyGiven {})});
    return {};
}

Status CallSession::startTransfer(const TransferTarget& target, bool warm)
{
    return transferTo(target, warm, false);
}

Status CallSession::transferConnected()
{
    if (Status status = canMoveTo(CallState::WrapUp); !status)
        return status;
    QList<CallEvent> events;
    if (m_holdTimer->isOnHold())
        events << endHold(false, HoldReason::Transfer);
    events << makeEvent(CallEvents::TransferConnected {}) << makeEvent(CallEvents::WrapUpStarted {});
    return moveTo(CallState::WrapUp, events);
}

Status CallSession::cancelTransfer(bool apologised)
{
    if (!hasCall())
        return noCall();
    if (m_call.state != CallState::Transferring)
        return Error {
            Error::Code::InvalidTransition, tr("No transfer is in progress."), CallStateInfo::key(m_call.state)};
    const CallEvent cancelled = makeEvent(CallEvents::TransferCancelled {});
    return moveTo(CallState::Active, {cancelled, endHold(apologised, HoldReason::Transfer)});
}

Status CallSession::coldTransfer(const TransferTarget& target)
{
    if (Status status = transferTo(target, false, true); !status)
        return status;
    return transferConnected();
}

Status CallSession::transferTo(const TransferTarget& target, bool warm, bool cold)
{
    if (Status status = canMoveTo(CallState::Transferring); !status)
        return status;
    QList<CallEvent> events;
    if (cold)
        events << makeEvent(CallEvents::ColdTransfer {target.id, target.name, target.kind});
    else
        events << makeEvent(CallEvents::TransferStarted {target.id, target.name, target.kind, warm});
    if (!m_holdTimer->isOnHold())
        events << makeEvent(CallEvents::HoldStarted {HoldReason::Transfer});
    const Status status = moveTo(CallState::Transferring, events);
    m_holdTimer->start(); // no-op when the customer is already on hold
    return status;
}

Status CallSession::abusive(AbusiveAction action)
{
    if (!hasCall())
        return noCall();
    if (!CallStateMachine::isOpen(m_call.state))
        return CallStateMachine::check(m_call.state, CallState::OnHold);
    QList<CallEvent> events {makeEvent(CallEvents::AbusiveCaller {action})};
    if (action == AbusiveAction::Hold && m_call.state == CallState::Active) {
        events << makeEvent(CallEvents::HoldStarted {HoldReason::Hold});
        const Status status = moveTo(CallState::OnHold, events);
        m_holdTimer->start();
        return status;
    }
    commit(events);
    return {};
}

Status CallSession::recordPayment(const CardSummary& card)
{
    if (!hasCall())
        return noCall();
    PaymentReadBackRow payment {0, 0, newUid(), card, m_clock.nowUtc()};
    payment.card.last4 = card.last4.right(4);
    const CallEvent event
        = makeEvent(CallEvents::PaymentReadBack {card.brand, payment.card.last4, card.expiry, card.nameOnCard});
    m_log << event;
    m_writes.enqueue(CallWrite::paymentOf(m_call.uid, payment, event));
    Q_EMIT eventRecorded(event);
    return {};
}

Status CallSession::wrapUp()
{
    if (Status status = canMoveTo(CallState::WrapUp); !status)
        return status;
    return moveTo(CallState::WrapUp, {makeEvent(CallEvents::WrapUpStarted {})});
}

Status CallSession::close(std::optional<Disposition> disposition, const QString& summary)
{
    if (Status status = canMoveTo(CallState::Closed); !status)
        return status;
    const bool missed = m_call.state == CallState::Offered;
    m_autosave->flush();
    m_call.endedUtc = m_clock.nowUtc();
    m_call.disposition = disposition ? *disposition : missed ? Disposition::Missed : Disposition::Other;
    m_call.summary = CardMasker::maskCardNumbers(summary);
    commitClose({makeEvent(CallEvents::Closed {*m_call.disposition, missed, false})});
    return {};
}

Status CallSession::markStep(const QString& stepId, StepMark mark)
{
    if (!hasCall())
        return noCall();
    if (m_call.state == CallState::Offered)
        return CallStateMachine::check(m_call.state, CallState::OnHold); // "Answer the call first."
    commit({makeEvent(CallEvents::ScriptStep {stepId, mark})});
    return {};
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
    followUp.uid = newUid();
    followUp.reason = CardMasker::maskCardNumbers(followUp.reason);
    const CallEvent event = makeEvent(
        CallEvents::FollowUpScheduled {followUp.uid, followUp.ownerAgentId, followUp.dueUtc.toMSecsSinceEpoch()});
    m_followUp = followUp;
    m_log << event;
    m_writes.enqueue(CallWrite::followUpOf(m_call.uid, followUp, event), this, [this, stored = followUp](const CallWrite::Outcome& outcome) mutable {
        stored.id = outcome.rowId;
        stored.callId = outcome.callId;
        if (m_followUp && m_followUp->uid == stored.uid)
            m_followUp = stored;
        Q_EMIT followUpStored(stored);
    });
    Q_EMIT eventRecorded(event);
    return {};
}

Status CallSession::resumeInterrupted(const StoredCall& stored)
{
    if (Status status = loadInterrupted(stored); !status)
        return status;
    const CallState previous = m_call.state;
    if (previous == CallState::OnHold || previous == CallState::Transferring) {
        // The customer was waiting when the program died: they come back on hold, and the agent
        // sees the timer (restarted, as the time the program was down is unknown to the monotonic clock).
        m_call.state = CallState::OnHold;
        m_holdTimer->start();
    }
    commit({makeEvent(CallEvents::Recovered {true, previous, m_call.state})});
    Q_EMIT stateChanged(m_call.state);
    return {};
}

Status CallSession::abandonInterrupted(const StoredCall& stored)
{
    if (Status status = loadInterrupted(stored); !status)
        return status;
    const CallState previous = m_call.state;
    m_call.endedUtc = m_clock.nowUtc();
    m_call.disposition = Disposition::Abandoned;
    commitClose({makeEvent(CallEvents::Recovered {false, previous, CallState::Closed}),
        makeEvent(CallEvents::Closed {Disposition::Abandoned, false, true})});
    return {};
}

Status CallSession::resumeInterrupted(qint64 callId)
{
    const Result<StoredCall> stored = loadStored(callId);
    return stored ? resumeInterrupted(stored.value()) : Status {stored.error()};
}

Status CallSession::abandonInterrupted(qint64 callId)
{
    const Result<StoredCall> stored = loadStored(callId);
    return stored ? abandonInterrupted(stored.value()) : Status {stored.error()};
}

Result<StoredCall> CallSession::loadStored(qint64 callId)
{
    Result<std::optional<StoredCall>> stored = m_writes.loadCallNow(callId);
    if (!stored)
        return stored.error();
    if (!stored.value() || stored.value()->call.state == CallState::Closed)
        return Error {Error::Code::NotFound, tr("The interrupted call no longer exists or is already closed."), {}};
    return *stored.value();
}

Status CallSession::loadInterrupted(const StoredCall& stored)
{
    if (hasCall())
        return Error {Error::Code::InvalidTransition, tr("Close the current call before resuming another."), {}};
    if (stored.call.state == CallState::Closed)
        return Error {Error::Code::NotFound, tr("The interrupted call no longer exists or is already closed."), {}};
    m_call = stored.call;
    if (m_call.uid.isEmpty()) {
        // A call from before writes had uids: give it one now, stored with its next change.
        m_call.uid = newUid();
    }
    m_open = true;
    m_log = stored.events;
    m_followUp.reset();
    CallDraft draft = stored.draft.value_or(CallDraft {});
    draft.callId = m_call.id;
    if (draft.scriptLanguage.isEmpty())
        draft.scriptLanguage = m_call.scriptLanguage;
    m_autosave->reset(m_call.uid, m_call.customerId, m_agent.id, stored.note, draft);
    return {};
}

void CallSession::setNotes(const QString& text)
{
    m_autosave->setNotes(text);
}

void CallSession::setRequestCapture(const QString& request, const QString& details, const QString& address)
{
    m_autosave->setRequestCapture(request, details, address);
}

Status CallSession::setScriptLanguage(const QString& code)
{
    if (!hadCall() || code == m_call.scriptLanguage)
        return {};
    m_call.scriptLanguage = code;
    m_autosave->setScriptLanguage(code);
    if (hasCall())
        commit({});
    return {};
}

void CallSession::flushNotes()
{
    m_autosave->flush();
}

bool CallSession::waitForWrites(std::chrono::milliseconds timeout)
{
    m_autosave->flush();
    return m_writes.flush(timeout);
}

CallEvent CallSession::makeEvent(CallEventPayload payload) const
{
    CallEvent event;
    event.uid = newUid();
    event.callId = m_call.id;
    event.atUtc = m_clock.nowUtc();
    event.monotonicMs = m_clock.monotonic().count();
    event.agentId = m_agent.id;
    event.payload = std::move(payload);
    return event;
}

void CallSession::commit(const QList<CallEvent>& events)
{
    m_log << events;
    m_writes.enqueue(CallWrite::change(m_call, events));
    for (const CallEvent& event : events)
        Q_EMIT eventRecorded(event);
}

Status CallSession::moveTo(CallState to, const QList<CallEvent>& events)
{
    m_call.state = to;
    commit(events);
    Q_EMIT stateChanged(to);
    return {};
}

void CallSession::commitClose(const QList<CallEvent>& events)
{
    m_holdTimer->stop();
    m_call.state = CallState::Closed;
    m_open = false;
    m_log << events;
    const qint64 handledBy = m_call.agentId != 0 ? m_call.agentId : m_agent.id;
    const Interaction entry
        = CallHistory::entry(m_call, facts().outbound, handledBy, m_autosave->draft(), m_autosave->notes());
    m_autosave->clear();
    m_writes.enqueue(CallWrite::close(m_call, events, entry), this, [this, customerId = m_call.customerId](const CallWrite::Outcome& outcome) {
        if (outcome.historyId != 0)
            Q_EMIT callRecorded(customerId);
    });
    for (const CallEvent& event : events)
        Q_EMIT eventRecorded(event);
    Q_EMIT stateChanged(m_call.state);
}

CallEvent CallSession::endHold(bool apologised, HoldReason reason)
{
    m_lastHold = 0ms;
    m_lastHoldWarnings = 0;
    m_holdTimer->stop(); // the warnings due until now are recorded first, then `stopped` gives the figures
    const CallEvent event = makeEvent(CallEvents::HoldEnded {reason, m_lastHold.count(), m_lastHoldWarnings, apologised});
    Q_EMIT holdEnded(m_lastHold, m_lastHoldWarnings);
    return event;
}

Error CallSession::noCall() const
{
    return Error {Error::Code::InvalidTransition, tr("There is no call in progress."), {}};
}

void CallSession::onHoldWarning(int count, std::chrono::milliseconds elapsed)
{
    commit({makeEvent(CallEvents::HoldWarning {count, elapsed.count()})});
    Q_EMIT holdWarning(count, elapsed);
}
