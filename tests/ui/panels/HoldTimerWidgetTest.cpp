#include "panels/HoldTimerWidget.h"

#include "platform/Theme.h"
#include "services/HoldTimer.h"
#include "support/FakeClock.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

struct HoldTimerWidgetTest : ::testing::Test
{
    HoldTimerWidgetTest()
    {
        // What the call session does in the program: the widget asks, the session drives the timer.
        QObject::connect(&widget, &HoldTimerWidget::holdRequested, &timer, &HoldTimer::start);
        QObject::connect(&widget, &HoldTimerWidget::resumeRequested, &timer, [this](bool apologised) {
            lastApologised = apologised;
            timer.stop();
        });
    }

    FakeClock clock;
    HoldTimer timer{clock};
    HoldTimerWidget widget{timer};
    bool lastApologised = false;
};

TEST_F(HoldTimerWidgetTest, WarningAppearsAtSixtySecondsAndNotBefore)
{
    widget.holdAction()->trigger();
    ASSERT_TRUE(timer.isOnHold());

    clock.advance(59'900ms);
    timer.refresh();
    EXPECT_FALSE(widget.isWarningShown());
    EXPECT_EQ(widget.timeText(), u"00:59"_s);

    clock.advance(100ms);
    timer.refresh();
    EXPECT_TRUE(widget.isWarningShown());
    EXPECT_EQ(widget.timeText(), u"01:00"_s);

    const auto* warning = widget.findChild<QLabel*>(u"holdWarningLabel"_s);
    ASSERT_NE(warning, nullptr);
    // Never colour alone: the warning says what to do.
    EXPECT_TRUE(warning->text().contains(u"over a minute"_s));
    EXPECT_TRUE(warning->text().contains(u"apologise"_s));
    const auto* time = widget.findChild<QLabel*>(u"holdTimeLabel"_s);
    ASSERT_NE(time, nullptr);
    EXPECT_TRUE(time->accessibleDescription().contains(u"over a minute"_s));
    // Colours come from the theme, which follows the palette.
    EXPECT_EQ(Theme::lookOf(warning), Theme::Look::AlertBanner);
    EXPECT_EQ(Theme::lookOf(time), Theme::Look::DangerText);
    widget.resumeAction()->trigger();
    EXPECT_EQ(Theme::lookOf(time), Theme::Look::Plain);
}

TEST_F(HoldTimerWidgetTest, ResumeHidesTheWarningAndShowsTheApology)
{
    widget.setApologyLine(u"Thank you for holding, Ms. Smith."_s);
    widget.holdAction()->trigger();
    clock.advance(61s);
    timer.refresh();
    ASSERT_TRUE(widget.isWarningShown());

    widget.resumeAction()->trigger();
    EXPECT_FALSE(timer.isOnHold());
    EXPECT_FALSE(widget.isWarningShown());
    EXPECT_TRUE(widget.isApologyShown());
    const auto* apology = widget.findChild<QLabel*>(u"apologyLabel"_s);
    ASSERT_NE(apology, nullptr);
    EXPECT_TRUE(apology->text().contains(u"Thank you for holding, Ms. Smith."_s));

    widget.holdAction()->trigger();
    EXPECT_EQ(widget.timeText(), u"00:00"_s);
    EXPECT_TRUE(apology->text().contains(u"When you return"_s)) << "a new hold shows what to say on return";
}

TEST_F(HoldTimerWidgetTest, ApologisedBoxIsUntickedAtEachHoldAndRecordedOnResume)
{
    widget.setApologyLine(u"Thank you for holding, Ms. Smith."_s);
    QCheckBox* box = widget.apologisedCheckBox();
    EXPECT_FALSE(box->isVisibleTo(&widget));
    widget.holdAction()->trigger();
    EXPECT_TRUE(box->isVisibleTo(&widget));
    EXPECT_FALSE(box->isChecked());
    EXPECT_TRUE(widget.isApologyShown()) << "the line to say is shown while the customer waits";
    box->setChecked(true);
    widget.resumeAction()->trigger();
    EXPECT_TRUE(lastApologised);
    EXPECT_FALSE(box->isVisibleTo(&widget));

    widget.holdAction()->trigger();
    EXPECT_FALSE(box->isChecked()) << "pre-ticked off at every hold";
    widget.resumeAction()->trigger();
    EXPECT_FALSE(lastApologised);
}

TEST_F(HoldTimerWidgetTest, TheApologyPromptGoesOnceTheAgentHasApologised)
{
    widget.setApologyLine(u"Thank you for holding, Ms. Smith."_s);
    widget.holdAction()->trigger();
    clock.advance(61s);
    timer.refresh();
    widget.apologisedCheckBox()->setChecked(true);
    widget.resumeAction()->trigger();
    EXPECT_TRUE(lastApologised);
    EXPECT_FALSE(widget.isApologyShown()) << "said: nothing left to prompt";
    EXPECT_FALSE(widget.apologisedCheckBox()->isVisibleTo(&widget));
}

TEST_F(HoldTimerWidgetTest, AnApologyNotYetSaidStaysUntilTheConversationEnds)
{
    widget.holdAction()->trigger();
    widget.clearApology();
    EXPECT_TRUE(widget.isApologyShown()) << "never while the customer waits";
    widget.resumeAction()->trigger();
    EXPECT_TRUE(widget.isApologyShown());
    widget.clearApology(); // wrap-up
    EXPECT_FALSE(widget.isApologyShown());
    EXPECT_FALSE(widget.apologisedCheckBox()->isVisibleTo(&widget));
}

TEST_F(HoldTimerWidgetTest, AnApologySaidAfterResumingIsTickedThen)
{
    QSignalSpy given(&widget, &HoldTimerWidget::apologyGiven);
    widget.holdAction()->trigger();
    clock.advance(61s);
    timer.refresh();
    widget.apologisedCheckBox()->setChecked(true);
    widget.apologisedCheckBox()->setChecked(false); // changed their mind while the customer waits
    EXPECT_TRUE(given.isEmpty()) << "ticks on hold go with the resume";
    widget.resumeAction()->trigger();
    EXPECT_FALSE(lastApologised);
    ASSERT_TRUE(widget.isApologyShown());
    ASSERT_TRUE(widget.apologisedCheckBox()->isVisibleTo(&widget)) << "the customer is back: now it can be said";
    widget.apologisedCheckBox()->setChecked(true);
    EXPECT_EQ(given.size(), 1);
    EXPECT_FALSE(widget.isApologyShown()) << "said: nothing left to prompt";
    EXPECT_FALSE(widget.apologisedCheckBox()->isVisibleTo(&widget));
}

// The offscreen platform has no accessibility bridge to receive QAccessible events: the widget says
// when it sent one.
TEST_F(HoldTimerWidgetTest, AScreenReaderHearsTheWarningOncePerHold)
{
    QSignalSpy announced(&widget, &HoldTimerWidget::warningAnnounced);
    widget.holdAction()->trigger();
    clock.advance(59'900ms);
    timer.refresh();
    EXPECT_EQ(announced.count(), 0);
    clock.advance(100ms);
    timer.refresh();
    EXPECT_EQ(announced.count(), 1);
    clock.advance(30s); // the nudges reach the agent by sound, taskbar and notification
    timer.refresh();
    clock.advance(30s);
    timer.refresh();
    EXPECT_EQ(announced.count(), 1);
    widget.resumeAction()->trigger();
    widget.holdAction()->trigger();
    clock.advance(60s);
    timer.refresh();
    EXPECT_EQ(announced.count(), 2) << "a new hold, a new announcement";
}

TEST_F(HoldTimerWidgetTest, NotAllowedMeansDisabled)
{
    widget.setAllowed(false, false);
    EXPECT_FALSE(widget.holdAction()->isEnabled());
    widget.setAllowed(true, false);
    EXPECT_TRUE(widget.holdAction()->isEnabled());
    widget.holdAction()->trigger();
    EXPECT_FALSE(widget.resumeAction()->isEnabled()) << "resume not allowed (a transfer is in progress)";
}

TEST_F(HoldTimerWidgetTest, ButtonsFollowTheHoldState)
{
    auto* hold = widget.findChild<QPushButton*>(u"holdPushButton"_s);
    auto* resume = widget.findChild<QPushButton*>(u"resumePushButton"_s);
    ASSERT_NE(hold, nullptr);
    ASSERT_NE(resume, nullptr);
    EXPECT_TRUE(hold->isEnabled());
    EXPECT_FALSE(resume->isEnabled());
    hold->click();
    EXPECT_TRUE(timer.isOnHold());
    EXPECT_FALSE(hold->isEnabled());
    EXPECT_TRUE(resume->isEnabled());
    resume->click();
    EXPECT_FALSE(timer.isOnHold());
}

// The format itself ("00:59", "61:01") is tested with formatDuration (tests/app/i18n/DurationFormatTest.cpp).
TEST_F(HoldTimerWidgetTest, ShowsTheTimeInTheDigitsOfItsLocale)
{
    widget.setLocale(QLocale(QLocale::Arabic, QLocale::Egypt));
    widget.holdAction()->trigger();
    clock.advance(65s);
    timer.refresh();
    EXPECT_EQ(widget.timeText(), u"٠١:٠٥"_s);
}

} // namespace
