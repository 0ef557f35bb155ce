#pragma once

#include <QObject>

#include <chrono>

class Clock;
class QTimer;

/// Times one hold on the injected clock's monotonic reading and warns when it reaches 60 s (D3),
/// then again every 30 s. An internal timer calls refresh() every 250 ms while on hold; tests advance
/// a fake clock and call it. A late refresh() emits every warning that became due, once each, in order.
class HoldTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldTimer)

public:
    static constexpr std::chrono::milliseconds WarnAfter{60'000};
    static constexpr std::chrono::milliseconds RenudgeEvery{30'000};

    explicit HoldTimer(const Clock& clock, QObject* parent = nullptr);
    ~HoldTimer() override;

    bool isOnHold() const { return m_onHold; }
    /// Time on hold so far (0 when not on hold).
    std::chrono::milliseconds elapsed() const;
    /// True from the first warning until the hold ends.
    bool isWarning() const { return m_warnings > 0; }
    int warningCount() const { return m_warnings; }

public Q_SLOTS:
    void start();
    void stop();
    /// Reads the clock, emits ticked() and any warnings that are due. Safe to call at any time.
    void refresh();

Q_SIGNALS:
    void started();
    void ticked(std::chrono::milliseconds elapsed);
    /// `count` is 1 at 60 s, 2 at 90 s, 3 at 120 s...
    void warningReached(int count, std::chrono::milliseconds elapsed);
    void stopped(std::chrono::milliseconds duration, int warnings);

private:
    const Clock& m_clock;
    QTimer* m_ticker;
    bool m_onHold = false;
    std::chrono::milliseconds m_startedAt{0};
    int m_warnings = 0;
};
