#pragma once

#include "storage/CallTimelineRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

/// A call's record as the history pane expands it, with the titles of its script steps in the reader's
/// language (the step ids when the script has none).
struct CallTimelineData
{
    CallRecord record;
    QHash<QString, QString> stepTitles; ///< step id -> title
};

/// One line of a call's timeline: when, and what happened, in the reader's language.
struct TimelineLine
{
    QDateTime atUtc;
    QString text;         ///< one sentence; a note keeps its text on one line
    bool warning = false; ///< a hold of a minute or more (the text says so too)
};

/// Phrases a call's record as its timeline (F10, D3): started and answered, each hold from its start with
/// its duration (a minute or more marked), apologies, transfers (warm or cold, to whom), script steps
/// said or skipped, the payment read back (brand and last four only), the notes, the follow-ups with
/// their due times and the wrap-up's disposition, in time order. Shares nothing with the event codec but
/// the typed events.
class CallTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(CallTimeline)

public:
    static QList<TimelineLine> lines(const CallTimelineData& data);
    /// The time of a line as the reader's locale writes it, with seconds, isolated for right-to-left text.
    static QString timeOf(const QDateTime& atUtc);
};
