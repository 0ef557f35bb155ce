#pragma once

#include "common/Clock.h"

/// A clock that only moves when told: advance(61s) and the hold warning is due, no sleeping.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime startUtc = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));

    QDateTime nowUtc() const override;
    std::chrono::milliseconds monotonic() const override;

    void advance(std::chrono::milliseconds by);
    /// Moves only the wall clock, as a system clock change would; monotonic time is unaffected.
    void jumpWallClock(std::chrono::milliseconds by);

private:
    QDateTime m_wall;
    std::chrono::milliseconds m_monotonic{1'000'000};
};
