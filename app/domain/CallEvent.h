#pragma once

#include "domain/Call.h"
#include "domain/CardMasker.h"
#include "domain/Channel.h"
#include "domain/Disposition.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

/// Why the customer waits: the agent's hold, or a transfer consultation.
enum class HoldReason {
    Hold,
    Transfer,
};

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

/// The payload of each kind of call event: one struct per CallEventType, in the same order.
namespace CallEvents {
struct Offered
{
    Channel channel = Channel::Phone;
    bool outbound = false;
};
struct Answered
{
    qint64 ringMs = 0;
};
struct HoldStarted
{
    HoldReason reason = HoldReason::Hold;
};
struct HoldWarning
{
    int count = 0;
    qint64 elapsedMs = 0;
};
struct HoldEnded
{
    HoldReason reason = HoldReason::Hold;
    qint64 durationMs = 0;
    int warnings = 0;
    bool apologised = false;
};
struct TransferStarted
{
    qint64 targetId = 0;
    QString targetName;
    QString kind; ///< "department" or "manager"
    bool warm = true;
};
struct TransferConnected
{
};
struct TransferCancelled
{
};
/// A transfer without consulting; always followed by TransferConnected.
struct ColdTransfer
{
    qint64 targetId = 0;
    QString targetName;
    QString kind;
};
struct AbusiveCaller
{
    AbusiveAction action = AbusiveAction::Hold;
};
struct ScriptStep
{
    QString stepId;
    StepMark mark = StepMark::Done;
};
/// Only what CardSummary may hold (V4, F8): never the number.
struct PaymentReadBack
{
    CardBrand brand = CardBrand::Unknown;
    QString last4;
    QString expiry;
    QString nameOnCard;
};
struct FollowUpScheduled
{
    QString followUpUid;
    qint64 ownerAgentId = 0;
    qint64 dueMs = 0;
};
struct NoteSaved
{
};
struct WrapUpStarted
{
};
struct Closed
{
    Disposition disposition = Disposition::Resolved;
    bool missed = false;
    bool interrupted = false; ///< closed as abandoned after a crash
};
struct Recovered
{
    bool resumed = true; ///< false: closed as abandoned
    CallState previousState = CallState::Active;
    CallState state = CallState::Active;
};
/// The agent apologised for a hold after taking the customer back (HoldEnded said not yet).
struct ApologyGiven
{
};
} // namespace CallEvents

/// Variant index == CallEventType value.
using CallEventPayload = std::variant<CallEvents::Offered, CallEvents::Answered, CallEvents::HoldStarted,
    CallEvents::HoldWarning, CallEvents::HoldEnded, CallEvents::TransferStarted, CallEvents::TransferConnected,
    CallEvents::TransferCancelled, CallEvents::ColdTransfer, CallEvents::AbusiveCaller, CallEvents::ScriptStep,
    CallEvents::PaymentReadBack, CallEvents::FollowUpScheduled, CallEvents::NoteSaved, CallEvents::WrapUpStarted,
    CallEvents::Closed, CallEvents::Recovered, CallEvents::ApologyGiven>;

/// One row of a call's append-only event log.
struct CallEvent
{
    qint64 id = 0;
    qint64 callId = 0;
    QString uid; ///< made by the program that recorded it: the same event is never stored twice
    QDateTime atUtc;
    qint64 monotonicMs = 0; ///< reading of Clock::monotonic() at the event, for durations
    qint64 agentId = 0;     ///< who recorded it; 0 when unknown
    CallEventPayload payload;

    CallEventType type() const { return static_cast<CallEventType>(payload.index()); }
    /// The payload when it is a `T`, else nullptr.
    template <typename T>
    const T* as() const
    {
        return std::get_if<T>(&payload);
    }
};

/// The one serialisation of event payloads (the `details` column and the write journal).
class CallEventCodec final
{
public:
    /// Compact JSON object of the payload's fields.
    static QString toJson(const CallEventPayload& payload);
    /// The payload of a `type` event from its JSON; missing fields take their defaults. Empty when
    /// the text is not a JSON object.
    static std::optional<CallEventPayload> fromJson(CallEventType type, QStringView json);
};
