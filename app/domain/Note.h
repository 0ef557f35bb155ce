#pragma once

#include <QDateTime>
#include <QString>

/// Free text an agent writes about a customer or a call; masked for card numbers before storage.
struct Note
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 callId = 0; ///< 0 when not tied to a call
    QString agentName;
    QString text;
    QDateTime updatedUtc;
};

/// Who will contact the customer, when and why (V5).
struct FollowUp
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 callId = 0;
    qint64 ownerAgentId = 0;
    QDateTime dueUtc;
    QString reason;
    bool done = false;
};
