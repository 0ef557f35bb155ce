#pragma once

#include "domain/Call.h"
#include "domain/Interaction.h"
#include "storage/CallRepository.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

/// What a closed call leaves in the customer's history (F2): one Interaction with the outcome, the
/// summary (or the request), the call notes and a line of facts on durations, every text masked for
/// card numbers. Its texts share CallSession's translation context.
class CallHistory final
{
    Q_DECLARE_TR_FUNCTIONS(CallSession)

public:
    /// The longest history subject (characters, before the ellipsis).
    static constexpr qsizetype SubjectMaxLength = 80;

    /// Display name of a disposition key ("resolved", "missed", "abandoned"...); an unknown key as it is.
    static QString dispositionName(const QString& key);

    /// The facts line of a call closed by the agent: "Not answered; closed after 0:25." for a missed
    /// call, else the talk time and, when there were holds, their total, longest and count.
    static QString closingFacts(bool missed, std::chrono::milliseconds duration, std::chrono::milliseconds talkTime,
        int holds, std::chrono::milliseconds totalHold, std::chrono::milliseconds longestHold);
    /// The facts line of a call the program died in and the agent did not take up again.
    static QString interruptedFacts();

    /// The history entry of `call`, closed, as `agentName` handled it. `draft` is its request capture
    /// (the summary when the wrap-up has none), `notes` its call notes.
    static Interaction entry(const Call& call, bool outbound, const QString& agentName, const CallDraft& draft,
        const QString& notes, const QString& facts);
};
