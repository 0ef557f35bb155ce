#include "storage/QueryWatch.h"

#include "common/Log.h"

#include <QThread>

#include <atomic>

namespace {
std::atomic<QThread*> g_forbidden {nullptr};
std::atomic<int> g_violations {0};
} // namespace

void QueryWatch::forbid(QThread* thread)
{
    g_violations = 0;
    g_forbidden = thread;
}

int QueryWatch::violations()
{
    return g_violations.load();
}

void QueryWatch::check(const QString& sql)
{
    const QThread* forbidden = g_forbidden.load(std::memory_order_relaxed);
    if (!forbidden || QThread::currentThread() != forbidden)
        return;
    ++g_violations;
    qCWarning(lcStorage).noquote() << "A query ran on the GUI thread, which waits for it:"
                                   << QStringView(sql).left(60).toString().simplified();
}
