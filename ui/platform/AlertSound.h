#pragma once

/// A short sound that calls the agent back to a customer waiting on hold (F5, D3), heard wherever the
/// agent is looking. Injected into the main window so tests use a fake.
class AlertSound
{
public:
    virtual ~AlertSound() = default;

    /// Starts the sound and returns at once. Never fails the caller: without an audio output it says so in
    /// the log and does what it can.
    virtual void play() = 0;
};
