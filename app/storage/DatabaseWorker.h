#pragma once

#include "common/Error.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Database;
class QThread;

/// A thread with its own connection to the database, running jobs one at a time in the order they
/// were posted (STYLE §4: no query on the GUI thread). Results come back on the thread that owns
/// the worker (the GUI thread), to a receiver that may be gone by then: its callback is dropped.
///
/// Jobs get the worker's Database; they must not keep it, nor pass QSqlQuery objects out.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    /// `config` is opened on the worker thread by open(); `name` names the thread (for debuggers).
    explicit DatabaseWorker(DatabaseConfig config, const QString& name, QObject* parent = nullptr);
    /// Runs the jobs already posted, closes the connection on its thread and joins it.
    ~DatabaseWorker() override;

    /// Starts the thread and opens the connection there; waits for the result (start-up only).
    Status open();
    bool isOpen() const { return m_open; }

    /// Runs `job` on the worker thread after every job posted before it.
    void post(std::function<void(Database&)> job);

    /// Runs `job` on the worker thread, then `done` with its result on this object's thread, unless
    /// `receiver` was destroyed in the meantime.
    template <typename R>
    void post(std::function<R(Database&)> job, QObject* receiver, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, job = std::move(job), guard, done = std::move(done)](Database& db) mutable {
            auto result = std::make_shared<R>(job(db));
            deliver([guard, done = std::move(done), result] {
                if (guard)
                    done(std::move(*result));
            });
        });
    }

    /// Blocks until every job posted before this call has run (shutdown and tests). Callbacks of
    /// those jobs are delivered later, by the event loop of this object's thread.
    void waitForIdle();

private:
    /// Queues `callback` to run on this object's thread.
    void deliver(std::function<void()> callback);

    DatabaseConfig m_config;
    QThread* m_thread;
    QObject* m_context; ///< lives on m_thread; jobs are queued to it
    std::unique_ptr<Database> m_db; ///< created, used and destroyed on m_thread only
    bool m_open = false;
};
