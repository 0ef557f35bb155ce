#include "domain/CallStateMachine.h"

#include "support/QStringPrinter.h"

#include <gtest/gtest.h>

#include <set>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<CallState, 6> AllStates {CallState::Offered, CallState::Active, CallState::OnHold,
    CallState::Transferring, CallState::WrapUp, CallState::Closed};

std::string name(CallState from, CallState to)
{
    return QString(CallStateInfo::key(from) + u" -> "_s + CallStateInfo::key(to)).toStdString();
}
} // namespace

TEST(CallStateMachine, AllowsExactlyTheLifecycleTransitions)
{
    const std::set<std::pair<CallState, CallState>> expected {
        {CallState::Offered, CallState::Active},
        {CallState::Offered, CallState::Closed},
        {CallState::Active, CallState::OnHold},
        {CallState::OnHold, CallState::Active},
        {CallState::Active, CallState::Transferring},
        {CallState::OnHold, CallState::Transferring},
        {CallState::Transferring, CallState::Active},
        {CallState::Transferring, CallState::WrapUp},
        {CallState::Active, CallState::WrapUp},
        {CallState::WrapUp, CallState::Closed},
    };
    for (const CallState from : AllStates) {
        for (const CallState to : AllStates) {
            const bool allowed = expected.count({from, to}) > 0;
            EXPECT_EQ(CallStateMachine::canTransition(from, to), allowed) << name(from, to);
            const Status status = CallStateMachine::check(from, to);
            EXPECT_EQ(status.ok(), allowed) << name(from, to);
            if (!allowed) {
                EXPECT_EQ(status.error().code, Error::Code::InvalidTransition) << name(from, to);
                EXPECT_FALSE(status.error().message.isEmpty()) << name(from, to);
                EXPECT_TRUE(status.error().message.endsWith(u'.')) << name(from, to);
                EXPECT_EQ(status.error().detail, QString::fromStdString(name(from, to)));
            }
        }
    }
    EXPECT_EQ(CallStateMachine::validTransitions().size(), static_cast<qsizetype>(expected.size()));
}

TEST(CallStateMachine, ExplainsWhyAHoldCannotBeClosed)
{
    EXPECT_EQ(CallStateMachine::check(CallState::OnHold, CallState::Closed).error().message,
        u"End the hold before closing the call."_s);
    EXPECT_EQ(CallStateMachine::check(CallState::OnHold, CallState::WrapUp).error().message,
        u"End the hold before wrapping up the call."_s);
}

TEST(CallStateMachine, ExplainsRepeatedActions)
{
    EXPECT_EQ(CallStateMachine::check(CallState::OnHold, CallState::OnHold).error().message,
        u"The call is already on hold."_s);
    EXPECT_EQ(CallStateMachine::check(CallState::Transferring, CallState::Transferring).error().message,
        u"A transfer is already in progress."_s);
    EXPECT_EQ(CallStateMachine::check(CallState::Closed, CallState::Closed).error().message,
        u"The call is already closed."_s);
}

TEST(CallStateMachine, ExplainsOtherInvalidTransitions)
{
    EXPECT_EQ(CallStateMachine::check(CallState::Active, CallState::Closed).error().message,
        u"Wrap up the call before closing it."_s);
    EXPECT_EQ(
        CallStateMachine::check(CallState::Offered, CallState::OnHold).error().message, u"Answer the call first."_s);
    EXPECT_EQ(CallStateMachine::check(CallState::Transferring, CallState::Closed).error().message,
        u"Complete or cancel the transfer before closing the call."_s);
    EXPECT_EQ(CallStateMachine::check(CallState::Closed, CallState::Active).error().message,
        u"The call is closed and can no longer change."_s);
}

TEST(CallStateMachine, PhoneCallsStartRingingInPersonAndCallbacksStartActive)
{
    EXPECT_EQ(CallStateMachine::initialState(Channel::Phone, false), CallState::Offered);
    EXPECT_EQ(CallStateMachine::initialState(Channel::Voicemail, false), CallState::Offered);
    EXPECT_EQ(CallStateMachine::initialState(Channel::InPerson, false), CallState::Active);
    EXPECT_EQ(CallStateMachine::initialState(Channel::Phone, true), CallState::Active);
    EXPECT_EQ(CallStateMachine::initialState(Channel::Voicemail, true), CallState::Active);
}

TEST(CallStateMachine, OpenStatesAreThoseWithTheCustomerConnected)
{
    EXPECT_FALSE(CallStateMachine::isOpen(CallState::Offered));
    EXPECT_TRUE(CallStateMachine::isOpen(CallState::Active));
    EXPECT_TRUE(CallStateMachine::isOpen(CallState::OnHold));
    EXPECT_TRUE(CallStateMachine::isOpen(CallState::Transferring));
    EXPECT_FALSE(CallStateMachine::isOpen(CallState::WrapUp));
    EXPECT_FALSE(CallStateMachine::isOpen(CallState::Closed));
}
