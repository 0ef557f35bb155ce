#include "services/HoldTimer.h"

#include "support/QStringPrinter.h"
#include "support/FakeClock.h"

#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace std::chrono_literals;

namespace {
/// Records what a HoldTimer emits.
struct Recorder
{
    explicit Recorder(HoldTimer& timer)
    {
        QObject::connect(&timer, &HoldTimer::started, [this] { ++started; });
        QObject::connect(&timer, &HoldTimer::ticked, [this](std::chrono::milliseconds e) { ticks.push_back(e); });
        QObject::connect(&timer, &HoldTimer::warningReached,
            [this](int count, std::chrono::milliseconds e) { warnings.emplace_back(count, e); });
        QObject::connect(
            &timer, &HoldTimer::stopped, [this](std::chrono::milliseconds d, int w) { stops.emplace_back(d, w); });
    }

    int started = 0;
    std::vector<std::chrono::milliseconds> ticks;
    std::vector<std::pair<int, std::chrono::milliseconds>> warnings;
    std::vector<std::pair<std::chrono::milliseconds, int>> stops;
};
} // namespace

TEST(HoldTimer, WarnsAtSixtySecondsNotBefore)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    timer.start();

    clock.advance(59'900ms);
    timer.refresh();
    EXPECT_TRUE(rec.warnings.empty());
    EXPECT_FALSE(timer.isWarning());

    clock.advance(100ms);
    timer.refresh();
    ASSERT_EQ(rec.warnings.size(), 1u);
    EXPECT_EQ(rec.warnings[0], std::make_pair(1, std::chrono::milliseconds(60'000)));
    EXPECT_TRUE(timer.isWarning());

    clock.advance(29'900ms);
    timer.refresh();
    EXPECT_EQ(rec.warnings.size(), 1u);

    clock.advance(100ms);
    timer.refresh();
    ASSERT_EQ(rec.warnings.size(), 2u);
    EXPECT_EQ(rec.warnings[1], std::make_pair(2, std::chrono::milliseconds(90'000)));
    EXPECT_EQ(timer.warningCount(), 2);
}

TEST(HoldTimer, IgnoresWallClockJumps)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    timer.start();

    clock.jumpWallClock(2h); // the system clock is set forward: no time has passed on hold
    timer.refresh();
    clock.jumpWallClock(-3h);
    clock.advance(10s);
    timer.refresh();

    EXPECT_TRUE(rec.warnings.empty());
    EXPECT_EQ(timer.elapsed(), 10s);
}

TEST(HoldTimer, LateRefreshEmitsEachDueWarningOnceInOrder)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    timer.start();

    clock.advance(125s);
    timer.refresh();
    timer.refresh();

    ASSERT_EQ(rec.warnings.size(), 3u);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(rec.warnings[static_cast<std::size_t>(i)], std::make_pair(i + 1, std::chrono::milliseconds(125s)));
    EXPECT_EQ(timer.warningCount(), 3);
}

TEST(HoldTimer, StartWhileOnHoldKeepsTheRunningHold)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    timer.start();
    clock.advance(30s);
    timer.start();
    clock.advance(30s);
    timer.refresh();

    EXPECT_EQ(rec.started, 1);
    EXPECT_EQ(timer.elapsed(), 60s);
    EXPECT_EQ(rec.warnings.size(), 1u);
}

TEST(HoldTimer, StopWhenNotOnHoldDoesNothing)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    timer.stop();
    timer.refresh();

    EXPECT_TRUE(rec.stops.empty());
    EXPECT_TRUE(rec.ticks.empty());
    EXPECT_FALSE(timer.isOnHold());
    EXPECT_EQ(timer.elapsed(), 0ms);
}

TEST(HoldTimer, StopReportsDurationAndWarningsAndResets)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    timer.start();
    clock.advance(95s);
    timer.refresh();
    timer.stop();

    ASSERT_EQ(rec.stops.size(), 1u);
    EXPECT_EQ(rec.stops[0], std::make_pair(std::chrono::milliseconds(95s), 2));
    EXPECT_FALSE(timer.isOnHold());
    EXPECT_FALSE(timer.isWarning());
    EXPECT_EQ(timer.warningCount(), 0);
    EXPECT_EQ(timer.elapsed(), 0ms);
}

TEST(HoldTimer, StopEmitsTheWarningThatBecameDueSinceTheLastTick)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    timer.start();
    clock.advance(61s);
    timer.stop();

    ASSERT_EQ(rec.warnings.size(), 1u);
    ASSERT_EQ(rec.stops.size(), 1u);
    EXPECT_EQ(rec.stops[0], std::make_pair(std::chrono::milliseconds(61s), 1));
}

TEST(HoldTimer, EachHoldCountsFromZero)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    timer.start();
    clock.advance(70s);
    timer.stop();
    clock.advance(5s);
    timer.start();
    clock.advance(50s);
    timer.refresh();

    EXPECT_EQ(rec.started, 2);
    EXPECT_EQ(rec.warnings.size(), 1u);
    EXPECT_EQ(timer.elapsed(), 50s);
    EXPECT_FALSE(timer.isWarning());
}

TEST(HoldTimer, SlotThatStopsTheHoldOnAWarningEndsItOnceWithEveryDueWarning)
{
    FakeClock clock;
    HoldTimer timer(clock);
    Recorder rec(timer);
    QObject::connect(&timer, &HoldTimer::warningReached, &timer, &HoldTimer::stop);
    timer.start();
    clock.advance(125s);
    timer.refresh();

    // stop() first emits what is due, so the log still gets warnings 1, 2, 3, each once.
    ASSERT_EQ(rec.warnings.size(), 3u);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(rec.warnings[static_cast<std::size_t>(i)].first, i + 1);
    ASSERT_EQ(rec.stops.size(), 1u);
    EXPECT_EQ(rec.stops[0], std::make_pair(std::chrono::milliseconds(125s), 3));
    EXPECT_FALSE(timer.isOnHold());
}

TEST(HoldTimer, InternalTimerTicksOnlyWhileOnHold)
{
    FakeClock clock;
    HoldTimer timer(clock);
    auto* ticker = timer.findChild<QTimer*>();
    ASSERT_NE(ticker, nullptr);
    EXPECT_FALSE(ticker->isActive());
    timer.start();
    EXPECT_TRUE(ticker->isActive());
    EXPECT_LE(ticker->interval(), 250);

    // The wiring, not the timing: the first real tick arrives and carries the fake clock's reading.
    clock.advance(61s);
    Recorder rec(timer);
    QEventLoop loop;
    QObject::connect(&timer, &HoldTimer::warningReached, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_EQ(rec.warnings.size(), 1u);
    EXPECT_EQ(rec.warnings[0].second, 61s);

    timer.stop();
    EXPECT_FALSE(ticker->isActive());
}
