#pragma once

#include "common/Error.h"
#include "storage/CallWrite.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>

class DatabaseWorker;
struct DatabaseConfig;
class QTimer;

/// The one ordered way by which a call's writes reach the database (F20, rule 5).
///
/// Writes run one at a time on the writer's thread, each as one transaction, in the order queued. When
/// one fails (the database is locked, busy, full, read-only or the server is gone) it and every later
/// write wait, in order, and are tried again every retryInterval(): the log never shows an end without
/// its start. Every write is also appended to a journal file before it is tried, and the journal is
/// emptied once everything is written, so writes survive the program or the machine stopping while the
/// database could not take them: the next start writes them first (replayJournal()).
class CallWriteQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallWriteQueue)

public:
    using Done = std::function<void(const CallWrite::Outcome&)>;

    /// `worker` (open) must outlive the queue. `journalPath` is created when needed.
    CallWriteQueue(DatabaseWorker& worker, QString journalPath, QObject* parent = nullptr);
    /// Waits a moment for the queue to drain; what is left stays in the journal for the next start.
    ~CallWriteQueue() override;

    /// Queues the writes a previous run left in the journal, before anything else; returns how many.
    /// Unreadable lines are skipped and logged.
    int replayJournal();
    /// Where the journal of `config`'s database lives: the user's data folder, one file per database.
    static QString journalPathFor(const DatabaseConfig& config);
    /// Queues `write`; `done` runs on this thread once it is stored, unless `context` is gone by then.
    void enqueue(const CallWrite& write, QObject* context = nullptr, Done done = {});

    /// Writes queued and not yet stored.
    int pending() const { return static_cast<int>(m_queue.size()); }
    /// True while a write has failed and waits to be tried again.
    bool isBacklogged() const { return m_backlogged; }
    const Error& lastError() const { return m_lastError; }
    QString journalPath() const { return m_journal.fileName(); }

    /// How long the destructor waits for the queue to drain (default 3 s).
    void setShutdownWait(std::chrono::milliseconds wait) { m_shutdownWait = wait; }
    std::chrono::milliseconds retryInterval() const;
    void setRetryInterval(std::chrono::milliseconds interval);
    /// Tries the first waiting write now.
    void retryNow();
    /// Blocks until every queued write is stored or `timeout` passes; true when all are stored.
    /// For shutdown and tests: it waits on the database.
    bool flush(std::chrono::milliseconds timeout);

    /// Reads the calls a crash left open, with their logs, notes and request capture, after every write
    /// queued before; `done` gets them on this thread, newest first.
    void loadOpenCalls(QObject* receiver, std::function<void(Result<QList<StoredCall>>)> done);
    /// The same, waiting for them: start-up only (recovery), before the agent works.
    Result<QList<StoredCall>> loadOpenCallsNow();
    /// One call with its log, notes and capture, waiting for it (tests and tools).
    Result<std::optional<StoredCall>> loadCallNow(qint64 callId);

Q_SIGNALS:
    /// A write failed and waits (again): `pending` writes are not stored yet.
    void backlogChanged(int pending, const Error& error);
    /// Every waiting write is stored now.
    void backlogCleared();

private:
    void startNext();
    void onWritten(const CallWrite::Outcome& outcome);
    void appendToJournal(const CallWrite& write);
    void clearJournal();

    struct Item
    {
        CallWrite write;
        QPointer<QObject> context;
        Done done;
    };

    DatabaseWorker& m_worker;
    QFile m_journal;
    QTimer* m_retry;
    std::deque<Item> m_queue;
    std::chrono::milliseconds m_shutdownWait {3000};
    bool m_inFlight = false;
    bool m_backlogged = false;
    Error m_lastError;
};
