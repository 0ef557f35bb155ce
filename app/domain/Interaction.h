#pragma once

#include "domain/Channel.h"

#include <QDateTime>
#include <QString>

/// One contact with a customer on any channel: a call, a visit, a letter, an e-mail...
struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    Channel channel = Channel::Phone;
    bool inbound = true;
    QDateTime occurredUtc;
    QString agentName; ///< who handled it; empty when not yet handled
    QString subject;   ///< one line
    QString summary;   ///< free text; card-like numbers are masked before storage
    qint64 callId = 0; ///< the call this came from, 0 when none
};

/// Keyset position in a history listing ordered newest first: (occurredUtc DESC, id DESC).
struct HistoryCursor
{
    qint64 occurredMs = 0;
    qint64 id = 0;
};
