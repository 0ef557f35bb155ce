#pragma once

#include <QObject>

class QAbstractItemView;

/// For start-up benchmarks (bench/coldstart.py): with CORDIAL_STARTUP_PROBE=1 in the environment, prints
/// "startup-painted" and the milliseconds since the probe was installed to stderr once `view` has painted
/// rows, that is when the window is usable; with CORDIAL_STARTUP_PROBE=2 the program then quits normally
/// (closing the database cleanly). Without the variable it does nothing and installs nothing.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    /// Installs a probe on `view` (parented to it) when the environment asks for one.
    static void installIfRequested(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StartupProbe(QAbstractItemView* view, qint64 startedMs);

    QAbstractItemView* m_view;
    qint64 m_startedMs;
};
