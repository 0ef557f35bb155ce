#pragma once

#include <QDateTime>

#include <chrono>

/// Source of time for everything in the core, injected so tests can advance time without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    /// Wall-clock time in UTC, for timestamps that are stored and shown.
    virtual QDateTime nowUtc() const = 0;

    /// Monotonic reading from an arbitrary origin, for durations: never jumps with the system clock.
    virtual std::chrono::milliseconds monotonic() const = 0;
};
