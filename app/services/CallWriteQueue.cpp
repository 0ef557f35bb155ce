#include "services/CallWriteQueue.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/DatabaseConfig.h"
#include "storage/DatabaseWorker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr std::chrono::milliseconds DefaultRetry = 2s;
constexpr std::chrono::milliseconds ShutdownWait = 3s;
} // namespace

CallWriteQueue::CallWriteQueue(DatabaseWorker& worker, QString journalPath, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_journal(std::move(journalPath))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(DefaultRetry);
    connect(m_retry, &QTimer::timeout, this, &CallWriteQueue::retryNow);
}

CallWriteQueue::~CallWriteQueue()
{
    if (!m_queue.empty() && !flush(m_shutdownWait))
        qCWarning(lcCall) << m_queue.size() << "call writes could not be stored; they stay in" << m_journal.fileName();
}

std::chrono::milliseconds CallWriteQueue::retryInterval() const
{
    return m_retry->intervalAsDuration();
}

void CallWriteQueue::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retry->setInterval(interval);
}

QString CallWriteQueue::journalPathFor(const DatabaseConfig& config)
{
    const QByteArray key = QCryptographicHash::hash(config.displayName().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal/calls-"_s
        + QString::fromLatin1(key.left(16)) + u".jsonl"_s;
}

int CallWriteQueue::replayJournal()
{
    if (!m_journal.exists())
        return 0;
    QFile file(m_journal.fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCall) << "Cannot read the call journal" << file.fileName() << file.errorString();
        return 0;
    }
    int count = 0;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        std::optional<CallWrite> write = CallWrite::fromJournalLine(line);
        if (!write) {
            // A line cut short by a crash mid-append: everything before it is whole.
            qCWarning(lcCall) << "Skipping unreadable line" << lineNumber << "of the call journal";
            continue;
        }
        m_queue.push_back({std::move(*write), {}, {}});
        ++count;
    }
    if (count > 0) {
        qCInfo(lcCall) << "Writing" << count << "call changes left in the journal by the last run";
        startNext();
    }
    return count;
}

void CallWriteQueue::enqueue(const CallWrite& write, QObject* context, Done done)
{
    appendToJournal(write);
    m_queue.push_back({write, QPointer<QObject>(context), std::move(done)});
    startNext();
}

void CallWriteQueue::appendToJournal(const CallWrite& write)
{
    if (!m_journal.isOpen()) {
        QDir().mkpath(QFileInfo(m_journal.fileName()).absolutePath());
        if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
            qCWarning(lcCall) << "Cannot open the call journal" << m_journal.fileName() << m_journal.errorString();
            return;
        }
    }
    m_journal.write(write.toJournalLine() + '\n');
    m_journal.flush();
}

void CallWriteQueue::clearJournal()
{
    if (m_journal.isOpen())
        m_journal.resize(0);
    else if (m_journal.exists())
        QFile::resize(m_journal.fileName(), 0);
}

void CallWriteQueue::startNext()
{
    if (m_inFlight || m_queue.empty() || m_retry->isActive())
        return;
    m_inFlight = true;
    const CallWrite write = m_queue.front().write;
    m_worker.post(std::function<CallWrite::Outcome(Database&)>([write](Database& db) { return write.apply(db); }),
        this, std::function<void(CallWrite::Outcome)>([this](const CallWrite::Outcome& outcome) { onWritten(outcome); }));
}

void CallWriteQueue::onWritten(const CallWrite::Outcome& outcome)
{
    m_inFlight = false;
    if (!outcome.status) {
        m_lastError = outcome.status.error();
        m_backlogged = true;
        qCWarning(lcCall) << "A call write waits:" << m_lastError.message << m_lastError.detail;
        Q_EMIT backlogChanged(pending(), m_lastError);
        m_retry->start();
        return;
    }
    Item done = std::move(m_queue.front());
    m_queue.pop_front();
    if (m_queue.empty()) {
        clearJournal();
        if (m_backlogged) {
            m_backlogged = false;
            m_lastError = {};
            Q_EMIT backlogCleared();
        }
    }
    if (done.done && done.context)
        done.done(outcome);
    startNext();
}

void CallWriteQueue::retryNow()
{
    m_retry->stop();
    startNext();
}

bool CallWriteQueue::flush(std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!m_queue.empty() && !deadline.hasExpired()) {
        if (m_retry->isActive()) {
            QThread::msleep(20);
            m_retry->stop();
        }
        startNext();
        m_worker.waitForIdle();
        // The result comes back as a queued call to the worker object on this thread.
        QCoreApplication::sendPostedEvents(&m_worker, QEvent::MetaCall);
    }
    return m_queue.empty();
}

namespace {
Result<QList<StoredCall>> readOpenCalls(Database& db)
{
    CallRepository calls(db);
        Result<QList<Call>> open = calls.openCalls();
        if (!open)
            return open.error();
        QList<StoredCall> loaded;
        for (const Call& call : open.value()) {
            Result<std::optional<StoredCall>> one = calls.load(call.id);
            if (!one)
                return one.error();
            if (one.value())
                loaded << *one.value();
        }
        return loaded;
}
} // namespace

void CallWriteQueue::loadOpenCalls(QObject* receiver, std::function<void(Result<QList<StoredCall>>)> done)
{
    m_worker.post(std::function<Result<QList<StoredCall>>(Database&)>(readOpenCalls), receiver, std::move(done));
}

Result<QList<StoredCall>> CallWriteQueue::loadOpenCallsNow()
{
    flush(ShutdownWait);
    std::optional<Result<QList<StoredCall>>> result;
    m_worker.post([&result](Database& db) { result = readOpenCalls(db); });
    m_worker.waitForIdle();
    return result.value_or(Error {Error::Code::DatabaseQueryFailed, {}, {}});
}

Result<std::optional<StoredCall>> CallWriteQueue::loadCallNow(qint64 callId)
{
    flush(ShutdownWait);
    std::optional<Result<std::optional<StoredCall>>> result;
    m_worker.post([&result, callId](Database& db) { result = CallRepository(db).load(callId); });
    m_worker.waitForIdle();
    return result.value_or(Error {Error::Code::DatabaseQueryFailed, {}, {}});
}
