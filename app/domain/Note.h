#pragma once

#include <QDateTime>
#include <QString>

/// Free text an agent writes about a customer or a call; masked for card numbers before storage.
struct Note
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 callId = 0; ///< 0 when not tied to a call
    qint64 agentId = 0;
    QString uid; ///< made by the program that wrote it: the same note is never stored twice
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
    QString uid;
    QDateTime dueUtc;
    QString reason;
    bool done = false;
};
