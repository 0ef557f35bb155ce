#pragma once

#include "domain/CallFacts.h"
#include "domain/Channel.h"

#include <QDateTime>
#include <QString>

/// The payment read back during a call, as its history entry names it: never more than brand and last four.
struct CallPaymentMention
{
    QString brandKey; ///< CardMasker::brandKey ("visa"), named in the reader's language when shown
    QString last4;
};

/// The follow-up promised during a call: who calls back, and when.
struct CallFollowUpMention
{
    QString ownerName; ///< the agent's name as read back from agents; empty when unknown
    QDateTime dueUtc;
};

/// One contact with a customer on any channel: a call, a visit, a letter, an e-mail...
struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    Channel channel = Channel::Phone;
    bool inbound = true;
    QDateTime occurredUtc;
    qint64 agentId = 0; ///< who handled it (0 when not yet handled, or for imported history)
    QString agentName;  ///< the agent's name as read back (from agentId), or as imported
    QString subject;    ///< one line, as written (for a call: the agent's own words, not translated)
    QString summary;    ///< free text; card-like numbers are masked before storage
    qint64 callId = 0;  ///< the call this came from, 0 when none
    QString notes;      ///< a call's notes as they were at its close
    /// A call's measured facts, read with the entry; shown in the reader's language (CallHistory).
    std::optional<CallFacts> facts;
    /// The call's latest payment read-back and follow-up, read with the entry from their own tables.
    std::optional<CallPaymentMention> payment;
    std::optional<CallFollowUpMention> followUp;
};

/// Keyset position in a history listing ordered newest first: (occurredUtc DESC, id DESC).
struct HistoryCursor
{
    qint64 occurredMs = 0;
    qint64 id = 0;
};
