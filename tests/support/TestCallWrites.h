#pragma once

#include "services/CallWriteQueue.h"
#include "storage/DatabaseWorker.h"

#include <QString>

#include <memory>

/// The writer connection and the call write queue of a test, over the test's database; the journal
/// goes in `journalDir`.
class TestCallWrites final
{
public:
    TestCallWrites(const DatabaseConfig& config, const QString& journalDir)
        : m_worker(quick(config), QStringLiteral("test-writer"))
        , m_opened(m_worker.open())
        , m_queue(m_worker, journalDir + QStringLiteral("/calls-journal.jsonl"))
    {
        m_queue.setRetryInterval(std::chrono::milliseconds(10));
    }

    bool isOpen() const { return m_opened.ok(); }
    CallWriteQueue& queue() { return m_queue; }
    /// The writer's connection (new cards and follow-ups done go there, as in the program).
    DatabaseWorker& worker() { return m_worker; }
    /// Everything queued is in the database.
    bool flush() { return m_queue.flush(std::chrono::seconds(10)); }

private:
    /// A lock held by the test answers at once; the queue retries quickly.
    static DatabaseConfig quick(DatabaseConfig config)
    {
        config.busyTimeoutMs = 50;
        return config;
    }

    DatabaseWorker m_worker;
    Status m_opened;
    CallWriteQueue m_queue;
};
