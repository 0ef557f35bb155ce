#include "domain/Call.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<std::pair<CallState, const char16_t*>, 6> StateKeys{{
    {CallState::Offered, u"offered"},
    {CallState::Active, u"active"},
    {CallState::OnHold, u"on_hold"},
    {CallState::Transferring, u"transferring"},
    {CallState::WrapUp, u"wrap_up"},
    {CallState::Closed, u"closed"},
}};

constexpr std::array<std::pair<CallEventType, const char16_t*>, 18> EventKeys{{
    {CallEventType::Offered, u"offered"},
    {CallEventType::Answered, u"answered"},
    {CallEventType::HoldStarted, u"hold_started"},
    {CallEventType::HoldWarning, u"hold_warning"},
    {CallEventType::HoldEnded, u"hold_ended"},
    {CallEventType::TransferStarted, u"transfer_started"},
    {CallEventType::TransferConnected, u"transfer_connected"},
    {CallEventType::TransferCancelled, u"transfer_cancelled"},
    {CallEventType::ColdTransfer, u"cold_transfer"},
    {CallEventType::AbusiveCaller, u"abusive_caller"},
    {CallEventType::ScriptStep, u"script_step"},
    {CallEventType::PaymentReadBack, u"payment_read_back"},
    {CallEventType::FollowUpScheduled, u"follow_up_scheduled"},
    {CallEventType::NoteSaved, u"note_saved"},
    {CallEventType::WrapUpStarted, u"wrap_up_started"},
    {CallEventType::Closed, u"closed"},
    {CallEventType::Recovered, u"recovered"},
    {CallEventType::ApologyGiven, u"apology_given"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [e, k] : table) {
        if (e == value)
            return QString::fromUtf16(k);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, QStringView key)
{
    for (const auto& [e, k] : table) {
        if (key == QStringView(k))
            return e;
    }
    return std::nullopt;
}
} // namespace

QString CallStateInfo::key(CallState state)
{
    return keyOf(StateKeys, state);
}

QString CallStateInfo::key(CallEventType type)
{
    return keyOf(EventKeys, type);
}

std::optional<CallState> CallStateInfo::stateFromKey(QStringView key)
{
    return valueOf(StateKeys, key);
}

std::optional<CallEventType> CallStateInfo::eventFromKey(QStringView key)
{
    return valueOf(EventKeys, key);
}
