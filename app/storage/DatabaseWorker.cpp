#include "storage/DatabaseWorker.h"

#include "storage/Database.h"

#include <QSemaphore>
#include <QThread>

#include <utility>

DatabaseWorker::DatabaseWorker(DatabaseConfig config, const QString& name, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(name);
    m_context->moveToThread(m_thread);
}

DatabaseWorker::~DatabaseWorker()
{
    if (m_thread->isRunning()) {
        // Pending jobs run first: queued events are handled in order, this one last.
        QMetaObject::invokeMethod(m_context, [this] { m_db.reset(); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(m_context, [this] { m_thread->quit(); }, Qt::QueuedConnection);
        m_thread->wait();
    }
    delete m_context;
    delete m_thread;
}

Status DatabaseWorker::open()
{
    if (!m_thread->isRunning())
        m_thread->start();
    Status status;
    QSemaphore opened;
    QMetaObject::invokeMethod(
        m_context,
        [this, &status, &opened] {
            Result<std::unique_ptr<Database>> db = Database::open(m_config);
            if (db)
                m_db = db.take();
            else
                status = db.error();
            opened.release();
        },
        Qt::QueuedConnection);
    opened.acquire();
    m_open = status.ok();
    return status;
}

void DatabaseWorker::post(std::function<void(Database&)> job)
{
    Q_ASSERT(m_thread->isRunning());
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (m_db)
                job(*m_db);
        },
        Qt::QueuedConnection);
}

void DatabaseWorker::waitForIdle()
{
    if (!m_thread->isRunning())
        return;
    QSemaphore idle;
    QMetaObject::invokeMethod(m_context, [&idle] { idle.release(); }, Qt::QueuedConnection);
    idle.acquire();
}

void DatabaseWorker::deliver(std::function<void()> callback)
{
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}
