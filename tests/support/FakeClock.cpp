#include "support/FakeClock.h"

FakeClock::FakeClock(QDateTime startUtc)
    : m_wall(std::move(startUtc))
{
}

QDateTime FakeClock::nowUtc() const
{
    return m_wall;
}

std::chrono::milliseconds FakeClock::monotonic() const
{
    return m_monotonic;
}

void FakeClock::advance(std::chrono::milliseconds by)
{
    m_wall = m_wall.addMSecs(by.count());
    m_monotonic += by;
}

void FakeClock::jumpWallClock(std::chrono::milliseconds by)
{
    m_wall = m_wall.addMSecs(by.count());
}
