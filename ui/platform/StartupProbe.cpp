#include "platform/StartupProbe.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

#include <cstdio>

StartupProbe::StartupProbe(QAbstractItemView* view, qint64 startedMs)
    : QObject(view)
    , m_view(view)
    , m_startedMs(startedMs)
{
    view->viewport()->installEventFilter(this);
}

void StartupProbe::installIfRequested(QAbstractItemView* view)
{
    const int mode = qEnvironmentVariableIntValue("CORDIAL_STARTUP_PROBE");
    if (view == nullptr || (mode != 1 && mode != 2))
        return;
    // Wall time only to print a difference for a benchmark; nothing is stored or decided from it.
    new StartupProbe(view, QDateTime::currentMSecsSinceEpoch());
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_view->model() != nullptr && m_view->model()->rowCount() > 0) {
        // After this paint returns the rows are on screen; report once, then get out of the way.
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
        std::fprintf(stderr, "startup-painted %lld\n", static_cast<long long>(elapsed));
        std::fflush(stderr);
        watched->removeEventFilter(this);
        // 2: then quit as the user would, so the database is closed cleanly and the next start is comparable.
        if (qEnvironmentVariableIntValue("CORDIAL_STARTUP_PROBE") == 2)
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}
