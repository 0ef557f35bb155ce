#pragma once

#include <QString>

class QThread;

/// Watches one thread on which no query may run: the GUI thread once the window is up (STYLE §4, the
/// window never waits on the database). A query there still runs, but is counted and logged with the
/// start of its SQL; tests assert the count stays at zero. Thread-safe.
namespace QueryWatch {

/// Starts watching `thread` (null stops watching) and resets the count.
void forbid(QThread* thread);
/// Queries run on the watched thread since forbid().
int violations();
/// Called by SqlStatement before every query.
void check(const QString& sql);

} // namespace QueryWatch
