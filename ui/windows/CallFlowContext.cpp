#include "windows/CallFlowContext.h"

#include "domain/CallStateMachine.h"
#include "panels/ScriptPanel.h"
#include "services/CallSession.h"

bool CallFlowContext::report(const Status& status) const
{
    if (status)
        return true;
    say(status.error().message);
    using Code = Error::Code;
    const Code code = status.error().code;
    if (notice && code != Code::InvalidTransition && code != Code::InvalidInput && code != Code::InvalidArgument)
        notice(status.error());
    return false;
}

void CallFlowContext::setVariable(const QString& name, const QString& value)
{
    extraVariables.insert(name, value);
    script.setExtraVariables(extraVariables);
}

void CallFlowContext::resetCall()
{
    transferred = false;
    extraVariables.clear();
}

Status CallFlowContext::requireConversation() const
{
    if (!session.hasCall())
        return session.canMoveTo(CallState::Active);
    switch (session.state()) {
    case CallState::Active:
        return {};
    case CallState::OnHold:
    case CallState::Transferring:
        return Error {Error::Code::InvalidTransition, tr("Take the customer off hold first."), {}};
    default:
        return CallStateMachine::check(session.state(), CallState::OnHold);
    }
}
