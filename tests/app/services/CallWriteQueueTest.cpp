// Rule 5 and F20 with a database that cannot take writes: the call goes on, its writes wait in order
// (in memory and in the journal), nothing is stored half, and everything lands once the database is back.

#include "services/CallSession.h"
#include "services/CallWriteQueue.h"

#include "services/HoldTimer.h"
#include "storage/CallRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

class CallWriteQueueTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(m_temp.db(), nullptr) << m_temp.openError().toStdString();
        const Result<Customer> customer
            = addTestCustomer(*m_temp.db(), u"Sr."_s, u"Jordi"_s, u"Puig i Soler"_s, u"+34 612 345 678"_s, u"ca"_s);
        ASSERT_TRUE(customer);
        m_customer = customer.value();
        DatabaseConfig config = m_temp.config();
        config.busyTimeoutMs = 20; // a locked database answers at once
        m_worker = std::make_unique<DatabaseWorker>(config, u"test-writer"_s);
        ASSERT_TRUE(m_worker->open());
        openQueue();
    }

    void TearDown() override
    {
        m_session.reset();
        m_queue.reset();
        m_worker.reset();
    }

    void openQueue()
    {
        m_session.reset();
        m_queue = std::make_unique<CallWriteQueue>(*m_worker, journal());
        m_queue->setRetryInterval(10ms);
        m_queue->setShutdownWait(200ms);
        m_session = std::make_unique<CallSession>(*m_queue, m_clock);
    }

    QString journal() const { return m_temp.dir() + u"/calls-journal.jsonl"_s; }

    /// Another program holds the write lock of the database file.
    void lockDatabase()
    {
        m_lock = std::make_unique<Transaction>(*m_temp.db());
        ASSERT_TRUE(m_lock->begin());
    }
    void unlockDatabase() { m_lock.reset(); }

    QList<CallEventType> storedTypes(qint64 callId) const
    {
        QList<CallEventType> types;
        const Result<QList<CallEvent>> events = CallRepository(*m_temp.db()).events(callId);
        EXPECT_TRUE(events);
        for (const CallEvent& e : events.value())
            types << e.type();
        return types;
    }

    /// The stored calls of the test customer.
    QList<Call> storedCalls() const
    {
        QList<Call> calls;
        SqlStatement q(*m_temp.db(), u"SELECT id FROM calls ORDER BY id"_s);
        EXPECT_TRUE(q.exec());
        QList<qint64> ids;
        while (q.next())
            ids << q.integer(0);
        q.finish();
        for (const qint64 id : ids)
            calls << CallRepository(*m_temp.db()).find(id).value().value();
        return calls;
    }

    TempDatabase m_temp;
    FakeClock m_clock;
    Customer m_customer;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<CallWriteQueue> m_queue;
    std::unique_ptr<CallSession> m_session;
    std::unique_ptr<Transaction> m_lock;
};

using T = CallEventType;

TEST_F(CallWriteQueueTest, ACallGoesOnWhileTheDatabaseIsLockedAndIsStoredInOrderAfter)
{
    lockDatabase();
    QSignalSpy backlog(m_queue.get(), &CallWriteQueue::backlogChanged);
    QSignalSpy cleared(m_queue.get(), &CallWriteQueue::backlogCleared);

    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, m_customer.phone));
    ASSERT_TRUE(m_session->answer());
    ASSERT_TRUE(m_session->hold()); // the screen shows the hold at once
    EXPECT_EQ(m_session->state(), CallState::OnHold);
    EXPECT_TRUE(m_session->holdTimer().isOnHold());
    m_clock.advance(61s);
    m_session->holdTimer().refresh();
    ASSERT_TRUE(m_session->resume(true));

    ASSERT_TRUE(QTest::qWaitFor([&] { return !backlog.isEmpty(); }, 5000));
    EXPECT_TRUE(m_queue->isBacklogged());
    EXPECT_GE(m_queue->pending(), 4);
    EXPECT_EQ(m_queue->lastError().code, Error::Code::DatabaseLocked);
    EXPECT_TRUE(QFile(journal()).size() > 0) << "waiting writes are journaled";
    EXPECT_FALSE(m_queue->flush(100ms)) << "nothing can be stored while the lock is held";
    EXPECT_TRUE(cleared.isEmpty());

    unlockDatabase();
    EXPECT_TRUE(storedCalls().isEmpty()) << "not a row was stored while locked";
    ASSERT_TRUE(m_queue->flush(5s));
    QCoreApplication::processEvents();
    EXPECT_EQ(cleared.size(), 1);
    EXPECT_FALSE(m_queue->isBacklogged());
    EXPECT_EQ(QFile(journal()).size(), 0) << "the journal is emptied once everything is stored";

    const QList<Call> calls = storedCalls();
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().state, CallState::Active) << "the database says what the screen said";
    EXPECT_EQ(storedTypes(calls.first().id),
        (QList<CallEventType> {T::Offered, T::Answered, T::HoldStarted, T::HoldWarning, T::HoldEnded}));
    EXPECT_EQ(m_session->call().id, calls.first().id);
}

TEST_F(CallWriteQueueTest, WritesTheDatabaseCouldNotTakeSurviveARestartInTheJournal)
{
    lockDatabase();
    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, m_customer.phone));
    ASSERT_TRUE(m_session->answer());
    m_session->setNotes(u"Vol dues samarretes més, talla M"_s);
    m_session->flushNotes();
    ASSERT_TRUE(m_session->hold());
    ASSERT_TRUE(m_session->resume(true));
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, u"Dues samarretes"_s));
    const int waiting = m_queue->pending();
    EXPECT_GE(waiting, 6);

    // The program stops while the database is still locked: the writes stay in the journal only.
    m_session.reset();
    m_queue.reset();
    unlockDatabase();
    EXPECT_TRUE(storedCalls().isEmpty());

    openQueue();
    EXPECT_EQ(m_queue->replayJournal(), waiting);
    ASSERT_TRUE(m_queue->flush(5s));
    const QList<Call> calls = storedCalls();
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().state, CallState::Closed);
    EXPECT_EQ(calls.first().disposition, Disposition::Resolved);
    EXPECT_EQ(storedTypes(calls.first().id),
        (QList<CallEventType> {T::Offered, T::Answered, T::HoldStarted, T::HoldEnded, T::WrapUpStarted, T::Closed}));
    const QList<Note> notes = CallRepository(*m_temp.db()).notesForCall(calls.first().id).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().text, u"Vol dues samarretes més, talla M"_s);
    EXPECT_TRUE(CallRepository(*m_temp.db()).facts(calls.first().id).value().has_value());
}

TEST_F(CallWriteQueueTest, AJournalReplayedAfterTheWritesLandedStoresNothingTwice)
{
    lockDatabase();
    ASSERT_TRUE(m_session->start(m_customer, Channel::InPerson));
    m_session->setRequestCapture(u"canvi d'adreça"_s, {}, u"Carrer Major 12"_s);
    m_session->flushNotes();
    ASSERT_TRUE(m_session->markStep(u"greet"_s, StepMark::Done));
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, {}));
    QFile file(journal());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray lines = file.readAll();
    file.close();
    unlockDatabase();
    ASSERT_TRUE(m_queue->flush(5s));

    // A crash after the writes were stored but before the journal was emptied.
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines);
    file.close();
    m_session.reset();
    m_queue.reset();
    openQueue();
    EXPECT_GT(m_queue->replayJournal(), 0);
    ASSERT_TRUE(m_queue->flush(5s));

    const QList<Call> calls = storedCalls();
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().state, CallState::Closed);
    EXPECT_EQ(storedTypes(calls.first().id),
        (QList<CallEventType> {T::Offered, T::Answered, T::ScriptStep, T::WrapUpStarted, T::Closed}));
    SqlStatement entries(*m_temp.db(), u"SELECT count(*) FROM interactions WHERE call_id = ?"_s);
    entries.bindInt(calls.first().id);
    ASSERT_TRUE(entries.exec() && entries.next());
    EXPECT_EQ(entries.integer(0), 1);
}

TEST_F(CallWriteQueueTest, AnUnreadableJournalLineIsSkippedNotFatal)
{
    QFile file(journal());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"kind\":\"begin\",\"call\":{\"uid\":\"cut-off\"\n"); // cut short by a crash mid-append
    file.write("not json at all\n");
    file.close();
    EXPECT_EQ(m_queue->replayJournal(), 0);
    EXPECT_TRUE(m_queue->flush(1s));
}

} // namespace
