#pragma once

#include "common/Error.h"
#include "domain/Call.h"
#include "domain/Channel.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

/// The rules of the call lifecycle (F2): which state may follow which, and why not otherwise.
/// Pure functions; CallSession applies them and records the events.
class CallStateMachine final
{
    Q_DECLARE_TR_FUNCTIONS(CallStateMachine)

public:
    /// The state a new conversation starts in: ringing for an incoming phone or voicemail call,
    /// Active for an in-person conversation or a call the agent places (a callback).
    static CallState initialState(Channel channel, bool outbound);

    /// True when `to` may follow `from`.
    static bool canTransition(CallState from, CallState to);
    /// Ok, or an InvalidTransition error whose translated message tells the agent what to do instead
    /// ("End the hold before closing the call.").
    static Status check(CallState from, CallState to);
    /// Every allowed (from, to) pair, for tests and documentation.
    static QList<std::pair<CallState, CallState>> validTransitions();
    /// Whether the customer is connected to the agent's line in this state (for timers and recovery).
    static bool isOpen(CallState state);

private:
    static QString reason(CallState from, CallState to);
};
