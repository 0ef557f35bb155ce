#pragma once

#include "domain/Call.h"
#include "domain/CallFacts.h"
#include "domain/Interaction.h"
#include "storage/CallRepository.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

/// What a closed call leaves in the customer's history (F2), and how an entry reads.
///
/// The stored entry holds facts and the agent's own words only: the first line of the wrap-up summary
/// (or the request) as subject, that text as summary, the call notes; the outcome and durations are in
/// the call's facts. Sentences around them ("Resolved: …", "Talk time 3:05…") are made when the entry
/// is shown, in the reader's language. Texts share CallSession's translation context.
class CallHistory final
{
    Q_DECLARE_TR_FUNCTIONS(CallSession)

public:
    /// The longest history subject (characters, before the ellipsis).
    static constexpr qsizetype SubjectMaxLength = 80;

    /// The history entry of `call`, closed, as agent `agentId` handled it. `draft` is its request capture
    /// (the summary when the wrap-up has none), `notes` its call notes. Every text is masked.
    static Interaction entry(const Call& call, bool outbound, qint64 agentId, const CallDraft& draft,
        const QString& notes);

    /// The subject line to show: for a call, its outcome and the first line of its summary.
    static QString subject(const Interaction& entry);
    /// The text to show: the summary, the call notes, the payment read back and the follow-up promised
    /// (once each, when there were any) and the line of facts.
    static QString details(const Interaction& entry);
    /// The facts line of a call: "Not answered; closed after 0:25." for a missed call, the
    /// interrupted sentence for an abandoned one, else the talk time and, when there were holds, their
    /// total, longest and count.
    static QString factsLine(const CallFacts& facts);
    /// "Payment card read back: Visa ending in 4242." in the reader's language.
    static QString paymentLine(const CallPaymentMention& payment);
    /// "Follow-up: Núria Puig, due 12/7/26 10:00 AM." with the reader's locale's date and time.
    static QString followUpLine(const CallFollowUpMention& followUp);
};
