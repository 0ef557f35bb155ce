#include "services/CallTimeline.h"

#include "domain/CallFacts.h"
#include "i18n/BidiText.h"
#include "i18n/DurationFormat.h"
#include "services/CallHistory.h"

#include <QLocale>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString compact(qint64 ms)
{
    return formatDuration(std::chrono::milliseconds(ms), QLocale(), DurationStyle::Compact);
}

/// Builds the lines of one record; holds are written at their start once their end says how long.
class Phrasing
{
    Q_DECLARE_TR_FUNCTIONS(CallTimeline)

public:
    explicit Phrasing(const CallTimelineData& data)
        : m_data(data)
    {
    }

    QList<TimelineLine> run()
    {
        for (const CallEvent& event : m_data.record.events)
            add(event);
        for (const Note& note : m_data.record.notes) {
            if (const QString text = note.text.simplified(); !text.isEmpty())
                //: A line of a call's timeline in the history. %1 is the agent's note, on one line.
                m_lines << TimelineLine {note.updatedUtc, tr("Note: %1").arg(BidiText::isolated(text)), false};
        }
        // Follow-ups without their event (written before the events named them) come at their promise.
        for (const CallFollowUpRow& row : m_data.record.followUps) {
            if (!m_followUpsShown.contains(row.followUp.id))
                m_lines << followUp(row, m_lastTime);
        }
        std::stable_sort(m_lines.begin(), m_lines.end(),
            [](const TimelineLine& a, const TimelineLine& b) { return a.atUtc < b.atUtc; });
        return m_lines;
    }

private:
    void line(const CallEvent& event, const QString& text, bool warning = false)
    {
        m_lines << TimelineLine {event.atUtc, text, warning};
    }

    TimelineLine followUp(const CallFollowUpRow& row, const QDateTime& at)
    {
        m_followUpsShown << row.followUp.id;
        return {at, CallHistory::followUpLine({row.ownerName, row.followUp.dueUtc}), false};
    }

    void add(const CallEvent& event)
    {
        m_lastTime = event.atUtc;
        if (const auto* offered = event.as<CallEvents::Offered>()) {
            line(event, offered->outbound ? tr("Outgoing call started") : tr("Incoming call"));
        } else if (const auto* answered = event.as<CallEvents::Answered>()) {
            //: A line of a call's timeline. %1 is how long it rang, as 0:12.
            line(event, tr("Answered after %1").arg(compact(answered->ringMs)));
        } else if (const auto* started = event.as<CallEvents::HoldStarted>()) {
            m_openHold = m_lines.size();
            line(event, started->reason == HoldReason::Transfer ? tr("On hold for the transfer consultation")
                                                                : tr("On hold"));
        } else if (const auto* ended = event.as<CallEvents::HoldEnded>()) {
            holdEnded(event, *ended);
        } else if (event.as<CallEvents::ApologyGiven>()) {
            line(event, tr("Apologised for the wait"));
        } else if (const auto* transfer = event.as<CallEvents::TransferStarted>()) {
            const QString target = BidiText::isolated(transfer->targetName);
            //: A line of a call's timeline. %1 is a department or a manager.
            line(event, transfer->warm ? tr("Warm transfer to %1: consulting first").arg(target)
                                       : tr("Transfer to %1").arg(target));
        } else if (event.as<CallEvents::TransferConnected>()) {
            line(event, tr("Transfer connected"));
        } else if (event.as<CallEvents::TransferCancelled>()) {
            line(event, tr("Transfer cancelled; back with the caller"));
        } else if (const auto* cold = event.as<CallEvents::ColdTransfer>()) {
            //: A line of a call's timeline. %1 is a department or a manager.
            line(event, tr("Cold transfer to %1").arg(BidiText::isolated(cold->targetName)));
        } else if (const auto* abusive = event.as<CallEvents::AbusiveCaller>()) {
            line(event, abusive->action == AbusiveAction::Hold ? tr("Abusive language: the caller was put on hold")
                                                               : tr("Abusive language: a supervisor was offered"));
        } else if (const auto* step = event.as<CallEvents::ScriptStep>()) {
            const QString title = BidiText::isolated(m_data.stepTitles.value(step->stepId, step->stepId));
            //: A line of a call's timeline. %1 is the title of a step of the call script.
            line(event, step->mark == StepMark::Done ? tr("Script step said: %1").arg(title)
                                                     : tr("Script step skipped: %1").arg(title));
        } else if (const auto* payment = event.as<CallEvents::PaymentReadBack>()) {
            // Brand and last four only, as everywhere else: never the expiry or the name on the card.
            line(event, CallHistory::paymentLine({CardMasker::brandKey(payment->brand), payment->last4}));
        } else if (const auto* scheduled = event.as<CallEvents::FollowUpScheduled>()) {
            for (const CallFollowUpRow& row : m_data.record.followUps) {
                if (row.followUp.uid == scheduled->followUpUid && !m_followUpsShown.contains(row.followUp.id))
                    m_lines << followUp(row, event.atUtc);
            }
        } else if (event.as<CallEvents::WrapUpStarted>()) {
            line(event, tr("Wrap-up started"));
        } else if (const auto* closed = event.as<CallEvents::Closed>()) {
            if (closed->interrupted)
                line(event, tr("Closed: the program stopped during the call"));
            else if (closed->missed)
                line(event, tr("Closed: not answered"));
            else
                //: A line of a call's timeline. %1 is the wrap-up's outcome ("Resolved").
                line(event, tr("Closed: %1").arg(DispositionInfo::displayName(closed->disposition)));
        } else if (const auto* recovered = event.as<CallEvents::Recovered>()) {
            line(event, recovered->resumed ? tr("Taken up again after the program stopped")
                                           : tr("Closed as abandoned after the program stopped"));
        }
        // Hold warnings are in the hold's own line; a saved note is listed with its text.
    }

    void holdEnded(const CallEvent& event, const CallEvents::HoldEnded& ended)
    {
        const bool longHold = ended.durationMs >= CallFacts::LongHoldMs;
        const QString duration = compact(ended.durationMs);
        QString text;
        if (ended.reason == HoldReason::Transfer) {
            //: A line of a call's timeline. %1 is how long the caller waited, as 1:25.
            text = longHold ? tr("Waited %1 during the transfer consultation, a minute or more")
                            : tr("Waited %1 during the transfer consultation");
        } else {
            //: A line of a call's timeline. %1 is how long the caller was on hold, as 1:25.
            text = longHold ? tr("On hold for %1, a minute or more") : tr("On hold for %1");
        }
        text = text.arg(duration);
        if (m_openHold && *m_openHold < m_lines.size()) {
            m_lines[*m_openHold].text = text;
            m_lines[*m_openHold].warning = longHold;
        } else {
            m_lines << TimelineLine {event.atUtc.addMSecs(-ended.durationMs), text, longHold};
        }
        m_openHold.reset();
        if (ended.apologised)
            line(event, tr("Apologised for the wait"));
    }

    const CallTimelineData& m_data;
    QList<TimelineLine> m_lines;
    QList<qint64> m_followUpsShown;
    std::optional<qsizetype> m_openHold;
    QDateTime m_lastTime;
};

} // namespace

QList<TimelineLine> CallTimeline::lines(const CallTimelineData& data)
{
    return Phrasing(data).run();
}

QString CallTimeline::timeOf(const QDateTime& atUtc)
{
    const QLocale locale;
    // The long format with seconds, without its time zone: a call's lines are seconds apart.
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(u't').replace(u"  "_s, u" "_s);
    return BidiText::isolated(locale.toString(atUtc.toLocalTime().time(), format.trimmed()));
}
