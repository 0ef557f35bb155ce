#include "domain/CallEvent.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace {
// Field names of the stored JSON: part of the database format, so they never change.
const QString Channel_ = u"channel"_s;
const QString Outbound = u"outbound"_s;
const QString RingMs = u"ring_ms"_s;
const QString Reason = u"reason"_s;
const QString Count = u"count"_s;
const QString ElapsedMs = u"elapsed_ms"_s;
const QString DurationMs = u"duration_ms"_s;
const QString Warnings = u"warnings"_s;
const QString Apologised = u"apologised"_s;
const QString TargetId = u"target_id"_s;
const QString Target = u"target"_s;
const QString Kind = u"kind"_s;
const QString Warm = u"warm"_s;
const QString Action = u"action"_s;
const QString Step = u"step"_s;
const QString StatusKey = u"status"_s;
const QString Brand = u"brand"_s;
const QString Last4 = u"last4"_s;
const QString Expiry = u"expiry"_s;
const QString NameOnCard = u"name_on_card"_s;
const QString FollowUpUid = u"follow_up_uid"_s;
const QString OwnerAgentId = u"owner_agent_id"_s;
const QString DueMs = u"due_ms"_s;
const QString DispositionKey = u"disposition"_s;
const QString Missed = u"missed"_s;
const QString Interrupted = u"interrupted"_s;
const QString Resumed = u"resumed"_s;
const QString PreviousState = u"previous_state"_s;
const QString State = u"state"_s;

QString holdReasonKey(HoldReason reason)
{
    return reason == HoldReason::Transfer ? u"transfer"_s : u"hold"_s;
}

HoldReason holdReason(const QJsonObject& o)
{
    return o.value(Reason).toString() == u"transfer" ? HoldReason::Transfer : HoldReason::Hold;
}

QJsonObject encode(const CallEvents::Offered& e)
{
    return {{Channel_, ChannelInfo::key(e.channel)}, {Outbound, e.outbound}};
}
QJsonObject encode(const CallEvents::Answered& e)
{
    return {{RingMs, e.ringMs}};
}
QJsonObject encode(const CallEvents::HoldStarted& e)
{
    return {{Reason, holdReasonKey(e.reason)}};
}
QJsonObject encode(const CallEvents::HoldWarning& e)
{
    return {{Count, e.count}, {ElapsedMs, e.elapsedMs}};
}
QJsonObject encode(const CallEvents::HoldEnded& e)
{
    return {{Reason, holdReasonKey(e.reason)}, {DurationMs, e.durationMs}, {Warnings, e.warnings},
        {Apologised, e.apologised}};
}
QJsonObject encode(const CallEvents::TransferStarted& e)
{
    return {{TargetId, e.targetId}, {Target, e.targetName}, {Kind, e.kind}, {Warm, e.warm}};
}
QJsonObject encode(const CallEvents::ColdTransfer& e)
{
    return {{TargetId, e.targetId}, {Target, e.targetName}, {Kind, e.kind}, {Warm, false}};
}
QJsonObject encode(const CallEvents::AbusiveCaller& e)
{
    return {{Action, e.action == AbusiveAction::Hold ? u"hold"_s : u"supervisor"_s}};
}
QJsonObject encode(const CallEvents::ScriptStep& e)
{
    return {{Step, e.stepId}, {StatusKey, e.mark == StepMark::Done ? u"done"_s : u"skipped"_s}};
}
QJsonObject encode(const CallEvents::PaymentReadBack& e)
{
    return {{Brand, CardMasker::brandKey(e.brand)}, {Last4, e.last4.right(4)}, {Expiry, e.expiry},
        {NameOnCard, e.nameOnCard}};
}
QJsonObject encode(const CallEvents::FollowUpScheduled& e)
{
    return {{FollowUpUid, e.followUpUid}, {OwnerAgentId, e.ownerAgentId}, {DueMs, e.dueMs}};
}
QJsonObject encode(const CallEvents::Closed& e)
{
    return {{DispositionKey, DispositionInfo::key(e.disposition)}, {Missed, e.missed}, {Interrupted, e.interrupted}};
}
QJsonObject encode(const CallEvents::Recovered& e)
{
    return {{Resumed, e.resumed}, {PreviousState, CallStateInfo::key(e.previousState)},
        {State, CallStateInfo::key(e.state)}};
}
template <typename Empty>
QJsonObject encode(const Empty&)
{
    static_assert(std::is_empty_v<Empty>, "every event with fields has its own encode()");
    return {};
}

CallState stateOf(const QJsonObject& o, const QString& key, CallState fallback)
{
    return CallStateInfo::stateFromKey(o.value(key).toString()).value_or(fallback);
}

CallEventPayload decode(CallEventType type, const QJsonObject& o)
{
    switch (type) {
    case CallEventType::Offered:
        return CallEvents::Offered {
            ChannelInfo::fromKey(o.value(Channel_).toString()).value_or(Channel::Phone), o.value(Outbound).toBool()};
    case CallEventType::Answered:
        return CallEvents::Answered {o.value(RingMs).toInteger()};
    case CallEventType::HoldStarted:
        return CallEvents::HoldStarted {holdReason(o)};
    case CallEventType::HoldWarning:
        return CallEvents::HoldWarning {o.value(Count).toInt(), o.value(ElapsedMs).toInteger()};
    case CallEventType::HoldEnded:
        return CallEvents::HoldEnded {holdReason(o), o.value(DurationMs).toInteger(), o.value(Warnings).toInt(),
            o.value(Apologised).toBool()};
    case CallEventType::TransferStarted:
        return CallEvents::TransferStarted {o.value(TargetId).toInteger(), o.value(Target).toString(),
            o.value(Kind).toString(), o.value(Warm).toBool(true)};
    case CallEventType::TransferConnected:
        return CallEvents::TransferConnected {};
    case CallEventType::TransferCancelled:
        return CallEvents::TransferCancelled {};
    case CallEventType::ColdTransfer:
        return CallEvents::ColdTransfer {
            o.value(TargetId).toInteger(), o.value(Target).toString(), o.value(Kind).toString()};
    case CallEventType::AbusiveCaller:
        return CallEvents::AbusiveCaller {
            o.value(Action).toString() == u"supervisor" ? AbusiveAction::Supervisor : AbusiveAction::Hold};
    case CallEventType::ScriptStep:
        return CallEvents::ScriptStep {
            o.value(Step).toString(), o.value(StatusKey).toString() == u"skipped" ? StepMark::Skipped : StepMark::Done};
    case CallEventType::PaymentReadBack:
        return CallEvents::PaymentReadBack {CardMasker::brandFromKey(o.value(Brand).toString()),
            o.value(Last4).toString(), o.value(Expiry).toString(), o.value(NameOnCard).toString()};
    case CallEventType::FollowUpScheduled:
        return CallEvents::FollowUpScheduled {
            o.value(FollowUpUid).toString(), o.value(OwnerAgentId).toInteger(), o.value(DueMs).toInteger()};
    case CallEventType::NoteSaved:
        return CallEvents::NoteSaved {};
    case CallEventType::WrapUpStarted:
        return CallEvents::WrapUpStarted {};
    case CallEventType::Closed:
        return CallEvents::Closed {
            DispositionInfo::fromKey(o.value(DispositionKey).toString()).value_or(Disposition::Other),
            o.value(Missed).toBool(), o.value(Interrupted).toBool()};
    case CallEventType::Recovered:
        return CallEvents::Recovered {o.value(Resumed).toBool(true),
            stateOf(o, PreviousState, CallState::Active), stateOf(o, State, CallState::Active)};
    case CallEventType::ApologyGiven:
        return CallEvents::ApologyGiven {};
    }
    return CallEvents::NoteSaved {};
}
} // namespace

QString CallEventCodec::toJson(const CallEventPayload& payload)
{
    const QJsonObject object = std::visit([](const auto& e) { return encode(e); }, payload);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<CallEventPayload> CallEventCodec::fromJson(CallEventType type, QStringView json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.isEmpty() ? QByteArray("{}") : json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return decode(type, doc.object());
}
