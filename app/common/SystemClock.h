#pragma once

#include "common/Clock.h"

#include <QElapsedTimer>

/// The real clock: system UTC time and QElapsedTimer's monotonic reading.
class SystemClock final : public Clock
{
public:
    SystemClock();

    QDateTime nowUtc() const override;
    std::chrono::milliseconds monotonic() const override;

private:
    QElapsedTimer m_elapsed;
};
