#include "panels/HoldTimerWidget.h"

#include "services/HoldTimer.h"
#include "support/FakeClock.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

struct HoldTimerWidgetTest : ::testing::Test
{
    FakeClock clock;
    HoldTimer timer{clock};
    HoldTimerWidget widget{timer};
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
    EXPECT_FALSE(widget.isApologyShown()) << "a new hold clears the old apology";
    EXPECT_EQ(widget.timeText(), u"00:00"_s);
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

TEST(HoldTimerWidgetFormat, ShowsMinutesAndSeconds)
{
    EXPECT_EQ(HoldTimerWidget::formatElapsed(0ms), u"00:00"_s);
    EXPECT_EQ(HoldTimerWidget::formatElapsed(59'999ms), u"00:59"_s);
    EXPECT_EQ(HoldTimerWidget::formatElapsed(60s), u"01:00"_s);
    EXPECT_EQ(HoldTimerWidget::formatElapsed(3661s), u"61:01"_s);
}

} // namespace
