#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "domain/Note.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// Exports a follow-up as an iCalendar file (RFC 5545) so it lands in the agent's own calendar (F9, V5).
class FollowUpCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpCalendar)

public:
    /// Length of the calendar event, in minutes.
    static constexpr int EventMinutes = 15;
    /// The reminder fires this many minutes before the start.
    static constexpr int AlarmMinutesBefore = 10;

    /// One VCALENDAR with one VEVENT, UTF-8, CRLF line ends, built with libical. The summary names the
    /// customer as `customerName` (as the interface language names them, "Follow-up: లక్ష్మి గారు"; empty =
    /// the full name); the description gives the full name and phone. The UID depends only on the
    /// follow-up id and `organisation`, so exporting again updates the same event. The reason is run
    /// through CardMasker first: card numbers never reach the file. Fails for an unsaved follow-up
    /// (id 0) or an invalid due or stamp time.
    static Result<QByteArray> toIcs(const FollowUp& followUp, const Customer& customer, const QString& customerName,
        const QString& ownerName, const QString& organisation, const QDateTime& stampUtc);

    /// The UID toIcs() gives the event: "followup-<id>-<hash of organisation>@cordial.example.org".
    static QString uid(qint64 followUpId, const QString& organisation);

    /// Writes `bytes` atomically (QSaveFile); an error names the path when it cannot be written.
    static Status writeIcs(const QString& path, const QByteArray& bytes);
};
