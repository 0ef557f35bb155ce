#include "services/HoldTimer.h"

#include "common/Clock.h"

#include <QTimer>

#include <algorithm>

using namespace std::chrono_literals;

namespace {
// Fine enough for a seconds display and a warning no more than a quarter second late.
constexpr auto TickInterval = 250ms;

/// How many warnings are due after `elapsed` on hold: 0 before 60 s, 1 at 60 s, 2 at 90 s...
int warningsDue(std::chrono::milliseconds elapsed)
{
    if (elapsed < HoldTimer::WarnAfter)
        return 0;
    return 1 + static_cast<int>((elapsed - HoldTimer::WarnAfter) / HoldTimer::RenudgeEvery);
}
} // namespace

HoldTimer::HoldTimer(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(TickInterval);
    connect(m_ticker, &QTimer::timeout, this, &HoldTimer::refresh);
}

HoldTimer::~HoldTimer() = default;

std::chrono::milliseconds HoldTimer::elapsed() const
{
    if (!m_onHold)
        return 0ms;
    // A monotonic clock never goes back; the max() only guards against a broken Clock.
    return std::max(0ms, m_clock.monotonic() - m_startedAt);
}

void HoldTimer::start()
{
    if (m_onHold)
        return; // a second "hold" press must not restart the count the customer is living through
    m_onHold = true;
    m_startedAt = m_clock.monotonic();
    m_warnings = 0;
    m_ticker->start();
    Q_EMIT started();
    Q_EMIT ticked(0ms);
}

void HoldTimer::stop()
{
    if (!m_onHold)
        return;
    // Emit what became due since the last tick first, so the log holds every warning the customer
    // actually waited through, then the end.
    refresh();
    if (!m_onHold)
        return; // a slot connected to the last tick or warning already ended the hold
    const std::chrono::milliseconds duration = elapsed();
    const int warnings = m_warnings;
    m_ticker->stop();
    m_onHold = false;
    m_warnings = 0;
    Q_EMIT stopped(duration, warnings);
}

void HoldTimer::refresh()
{
    if (!m_onHold)
        return;
    const std::chrono::milliseconds now = elapsed();
    Q_EMIT ticked(now);
    if (!m_onHold)
        return;
    // When called late (a busy event loop, a suspended laptop), every warning that became due is
    // emitted once, in order, each with the elapsed time of this reading: the count stays exact and
    // nothing listening misses a step.
    const int due = warningsDue(now);
    while (m_warnings < due) {
        ++m_warnings;
        Q_EMIT warningReached(m_warnings, now);
        if (!m_onHold)
            return; // a slot stopped the hold
    }
}
