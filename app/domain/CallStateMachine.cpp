#include "domain/CallStateMachine.h"

#include <QStringBuilder>

#include <array>

using namespace Qt::StringLiterals;

namespace {
using Transition = std::pair<CallState, CallState>;

// Transferring -> Active: the transfer was cancelled and the agent takes the customer back.
// Transferring -> WrapUp: the customer is connected to the target and the agent leaves (D3).
// Offered -> Closed: a missed call.
constexpr std::array<Transition, 10> Allowed {{
    {CallState::Offered, CallState::Active},
    {CallState::Offered, CallState::Closed},
    {CallState::Active, CallState::OnHold},
    {CallState::Active, CallState::Transferring},
    {CallState::Active, CallState::WrapUp},
    {CallState::OnHold, CallState::Active},
    {CallState::OnHold, CallState::Transferring},
    {CallState::Transferring, CallState::Active},
    {CallState::Transferring, CallState::WrapUp},
    {CallState::WrapUp, CallState::Closed},
}};
} // namespace

CallState CallStateMachine::initialState(Channel channel, bool outbound)
{
    if (outbound || channel == Channel::InPerson)
        return CallState::Active;
    return CallState::Offered;
}

bool CallStateMachine::canTransition(CallState from, CallState to)
{
    for (const Transition& t : Allowed) {
        if (t.first == from && t.second == to)
            return true;
    }
    return false;
}

Status CallStateMachine::check(CallState from, CallState to)
{
    if (canTransition(from, to))
        return {};
    return Error {
        Error::Code::InvalidTransition, reason(from, to), CallStateInfo::key(from) % u" -> " % CallStateInfo::key(to)};
}

QList<std::pair<CallState, CallState>> CallStateMachine::validTransitions()
{
    return QList<Transition>(Allowed.begin(), Allowed.end());
}

bool CallStateMachine::isOpen(CallState state)
{
    return state == CallState::Active || state == CallState::OnHold || state == CallState::Transferring;
}

QString CallStateMachine::reason(CallState from, CallState to)
{
    if (from == to) {
        switch (from) {
        case CallState::Offered:
            return tr("The call is already ringing.");
        case CallState::Active:
            return tr("The call is already in progress.");
        case CallState::OnHold:
            return tr("The call is already on hold.");
        case CallState::Transferring:
            return tr("A transfer is already in progress.");
        case CallState::WrapUp:
            return tr("The call is already in wrap-up.");
        case CallState::Closed:
            return tr("The call is already closed.");
        }
    }
    if (from == CallState::Closed)
        return tr("The call is closed and can no longer change.");
    if (to == CallState::Offered)
        return tr("A call that has been answered cannot ring again.");
    if (from == CallState::Offered)
        return tr("Answer the call first.");
    if (from == CallState::WrapUp)
        return tr("The conversation has ended; finish the wrap-up and close the call.");

    switch (to) {
    case CallState::Closed:
        if (from == CallState::OnHold)
            return tr("End the hold before closing the call.");
        if (from == CallState::Transferring)
            return tr("Complete or cancel the transfer before closing the call.");
        return tr("Wrap up the call before closing it.");
    case CallState::WrapUp:
        if (from == CallState::OnHold)
            return tr("End the hold before wrapping up the call.");
        break;
    case CallState::OnHold:
        if (from == CallState::Transferring)
            return tr("The customer is already waiting while the transfer is in progress.");
        break;
    default:
        break;
    }
    return tr("This change to the call is not allowed.");
}
