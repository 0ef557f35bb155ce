#pragma once

#include "domain/Channel.h"
#include "domain/Disposition.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

/// States of one conversation (F2).
enum class CallState {
    Offered,  ///< ringing / waiting to be picked up
    Active,
    OnHold,
    Transferring, ///< consulting a transfer target while the customer waits on hold
    WrapUp,
    Closed,
};

/// What happened in a call; the event log is append-only.
enum class CallEventType {
    Offered,
    Answered,
    HoldStarted,
    HoldWarning,
    HoldEnded,
    TransferStarted,
    TransferConnected,
    TransferCancelled,
    ColdTransfer,
    AbusiveCaller,
    ScriptStep,
    PaymentReadBack,
    FollowUpScheduled,
    NoteSaved,
    WrapUpStarted,
    Closed,
    Recovered,
    ApologyGiven,
};

/// A call or in-person conversation with one customer.
struct Call
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 agentId = 0;
    Channel channel = Channel::Phone;
    CallState state = CallState::Offered;
    QString remoteNumber;
    QString scriptLanguage;
    QDateTime startedUtc;
    QDateTime endedUtc; ///< invalid while open
    std::optional<Disposition> disposition; ///< empty while open
    QString summary;
    QString uid; ///< made by the program that started the call: its key in the write journal
};

class CallStateInfo
{
public:
    static QString key(CallState state);
    static QString key(CallEventType type);
    static std::optional<CallState> stateFromKey(QStringView key);
    static std::optional<CallEventType> eventFromKey(QStringView key);
};
