// A call's timeline as the history pane shows it (issue 14, F10, D3), phrased from its typed events.
#include "services/CallTimeline.h"

#include "domain/CallFacts.h"
#include "domain/Disposition.h"

#include <QLocale>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
const QDateTime Start(QDate(2026, 3, 14), QTime(9, 0), QTimeZone::utc());

CallEvent at(qint64 offsetMs, CallEventPayload payload)
{
    CallEvent e;
    e.callId = 7;
    e.atUtc = Start.addMSecs(offsetMs);
    e.monotonicMs = offsetMs;
    e.payload = std::move(payload);
    return e;
}

CallTimelineData aCall()
{
    CallTimelineData data;
    data.record.callId = 7;
    data.record.events = {
        at(0, CallEvents::Offered {Channel::Phone, false}),
        at(6'000, CallEvents::Answered {6'000}),
        at(10'000, CallEvents::ScriptStep {u"greet"_s, StepMark::Done}),
        at(20'000, CallEvents::HoldStarted {HoldReason::Hold}),
        at(40'000, CallEvents::HoldEnded {HoldReason::Hold, 20'000, 0, false}),
        at(50'000, CallEvents::HoldStarted {HoldReason::Hold}),
        at(110'000, CallEvents::HoldWarning {1, 60'000}),
        at(125'000, CallEvents::HoldEnded {HoldReason::Hold, 75'000, 1, false}),
        at(127'000, CallEvents::ApologyGiven {}),
        at(130'000, CallEvents::ScriptStep {u"payment"_s, StepMark::Skipped}),
        at(140'000, CallEvents::PaymentReadBack {CardBrand::Visa, u"4242"_s, u"09/29"_s, u"NURIA PUIG"_s}),
        at(150'000, CallEvents::FollowUpScheduled {u"fu-1"_s, 3, Start.addDays(2).toMSecsSinceEpoch()}),
        at(160'000, CallEvents::TransferStarted {4, u"Billing"_s, u"department"_s, true}),
        at(161'000, CallEvents::HoldStarted {HoldReason::Transfer}),
        at(191'000, CallEvents::HoldEnded {HoldReason::Transfer, 30'000, 0, false}),
        at(192'000, CallEvents::TransferCancelled {}),
        at(200'000, CallEvents::ColdTransfer {5, u"Sunita Rao"_s, u"manager"_s}),
        at(201'000, CallEvents::TransferConnected {}),
        at(210'000, CallEvents::WrapUpStarted {}),
        at(230'000, CallEvents::Closed {Disposition::Resolved, false, false}),
    };
    Note note;
    note.text = u"ग्राहक को\nसोमवार को कॉल करें"_s;
    note.updatedUtc = Start.addMSecs(215'000);
    data.record.notes = {note};
    CallFollowUpRow followUp;
    followUp.followUp.id = 1;
    followUp.followUp.uid = u"fu-1"_s;
    followUp.followUp.dueUtc = Start.addDays(2);
    followUp.ownerName = u"Priya Sharma"_s;
    data.record.followUps = {followUp};
    data.stepTitles = {{u"greet"_s, u"Greeting"_s}};
    return data;
}

/// The line whose text contains `words`, or nullptr.
const TimelineLine* find(const QList<TimelineLine>& lines, const QString& words)
{
    for (const TimelineLine& line : lines) {
        if (line.text.contains(words))
            return &line;
    }
    return nullptr;
}
} // namespace

TEST(CallTimeline, WritesEachHoldAtItsStartWithItsDurationAndMarksAMinuteOrMore)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QList<TimelineLine> lines = CallTimeline::lines(aCall());

    const TimelineLine* shortHold = find(lines, u"On hold for 0:20"_s);
    ASSERT_NE(shortHold, nullptr);
    EXPECT_EQ(shortHold->atUtc, Start.addMSecs(20'000));
    EXPECT_FALSE(shortHold->warning);
    const TimelineLine* longHold = find(lines, u"On hold for 1:15, a minute or more"_s);
    ASSERT_NE(longHold, nullptr);
    EXPECT_EQ(longHold->atUtc, Start.addMSecs(50'000));
    EXPECT_TRUE(longHold->warning);
    const TimelineLine* consultation = find(lines, u"Waited 0:30 during the transfer consultation"_s);
    ASSERT_NE(consultation, nullptr);
    EXPECT_FALSE(consultation->warning);
    EXPECT_NE(find(lines, u"Apologised for the wait"_s), nullptr);
    // The warning itself is not a line of its own: the hold's line says it.
    EXPECT_EQ(std::count_if(lines.begin(), lines.end(), [](const TimelineLine& l) { return l.warning; }), 1);
}

TEST(CallTimeline, NamesTransfersStepsPaymentFollowUpNoteAndOutcome)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QList<TimelineLine> lines = CallTimeline::lines(aCall());

    EXPECT_NE(find(lines, u"Incoming call"_s), nullptr);
    EXPECT_NE(find(lines, u"Answered after 0:06"_s), nullptr);
    const TimelineLine* warm = find(lines, u"Warm transfer to"_s);
    ASSERT_NE(warm, nullptr);
    EXPECT_TRUE(warm->text.contains(u"Billing"_s));
    const TimelineLine* cold = find(lines, u"Cold transfer to"_s);
    ASSERT_NE(cold, nullptr);
    EXPECT_TRUE(cold->text.contains(u"Sunita Rao"_s));
    EXPECT_NE(find(lines, u"Transfer cancelled"_s), nullptr);
    EXPECT_NE(find(lines, u"Transfer connected"_s), nullptr);
    // A step is named by its title where the script has one, else by its id.
    const TimelineLine* said = find(lines, u"Script step said:"_s);
    ASSERT_NE(said, nullptr);
    EXPECT_TRUE(said->text.contains(u"Greeting"_s));
    const TimelineLine* skipped = find(lines, u"Script step skipped:"_s);
    ASSERT_NE(skipped, nullptr);
    EXPECT_TRUE(skipped->text.contains(u"payment"_s));
    // Brand and last four only: never the expiry or the name on the card.
    const TimelineLine* payment = find(lines, u"4242"_s);
    ASSERT_NE(payment, nullptr);
    EXPECT_TRUE(payment->text.contains(u"Visa"_s));
    for (const TimelineLine& line : lines) {
        EXPECT_FALSE(line.text.contains(u"09/29"_s)) << line.text.toStdString();
        EXPECT_FALSE(line.text.contains(u"NURIA"_s)) << line.text.toStdString();
    }
    const TimelineLine* followUp = find(lines, u"Priya Sharma"_s);
    ASSERT_NE(followUp, nullptr);
    EXPECT_EQ(followUp->atUtc, Start.addMSecs(150'000));
    // The note on one line, at the time it was saved, before the close.
    const TimelineLine* note = find(lines, u"सोमवार"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(note->text.contains(u'\n'));
    EXPECT_NE(find(lines, u"Wrap-up started"_s), nullptr);
    EXPECT_EQ(lines.last().text, u"Closed: "_s + DispositionInfo::displayName(Disposition::Resolved));

    for (qsizetype i = 1; i < lines.size(); ++i)
        EXPECT_LE(lines.at(i - 1).atUtc, lines.at(i).atUtc) << "line " << i;
}

TEST(CallTimeline, WritesTheTimeWithSecondsInTheReadersLocale)
{
    QLocale::setDefault(QLocale(QLocale::Hindi, QLocale::India));
    const QString time = CallTimeline::timeOf(Start.addSecs(7));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_FALSE(time.isEmpty());
    EXPECT_FALSE(time.contains(u"UTC"_s)) << time.toStdString();
    const QDateTime local = Start.addSecs(7).toLocalTime();
    EXPECT_TRUE(CallTimeline::timeOf(Start.addSecs(7)).contains(u":07"_s))
        << CallTimeline::timeOf(Start.addSecs(7)).toStdString() << " local " << local.toString().toStdString();
}
