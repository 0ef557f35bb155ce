#include "StorageTest.h"

#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/QueryWatch.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

class DatabaseWorkerTest : public StorageTest
{
};

TEST_F(DatabaseWorkerTest, RunsJobsInOrderOnItsOwnThreadAndConnection)
{
    DatabaseWorker worker(temp().config(), u"test-worker"_s);
    CORDIAL_ASSERT_OK(worker.open());
    std::vector<int> order;
    QThread* jobThread = nullptr;
    QString jobConnection;
    for (int i = 0; i < 20; ++i) {
        worker.post(std::function<int(Database&)>([i, &jobThread, &jobConnection](Database& db) {
            jobThread = QThread::currentThread();
            jobConnection = db.handle().connectionName();
            return i;
        }),
            &worker, std::function<void(int)>([&order](int value) { order.push_back(value); }));
    }
    worker.waitForIdle();
    EXPECT_NE(jobThread, QThread::currentThread());
    EXPECT_NE(jobConnection, db().handle().connectionName());
    ASSERT_TRUE(QTest::qWaitFor([&] { return order.size() == 20; }));
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(order[static_cast<std::size_t>(i)], i);
}

TEST_F(DatabaseWorkerTest, SeesWhatTheMainConnectionCommitted)
{
    ASSERT_TRUE(addTestCustomer(db(), u"Sra."_s, u"Núria"_s, u"Puig"_s, u"+34 612 345 678"_s, u"ca"_s).ok());
    DatabaseWorker worker(temp().config(), u"test-worker"_s);
    CORDIAL_ASSERT_OK(worker.open());
    qint64 seen = -1;
    worker.post(std::function<qint64(Database&)>([](Database& db) {
        SqlStatement count(db, u"SELECT count(*) FROM customers"_s);
        return count.exec() && count.next() ? count.integer(0) : qint64(-2);
    }),
        &worker, std::function<void(qint64)>([&seen](qint64 value) { seen = value; }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return seen != -1; }));
    EXPECT_EQ(seen, 1);
}

TEST_F(DatabaseWorkerTest, DropsTheResultWhenTheReceiverIsGone)
{
    DatabaseWorker worker(temp().config(), u"test-worker"_s);
    CORDIAL_ASSERT_OK(worker.open());
    bool called = false;
    {
        QObject receiver;
        worker.post(std::function<int(Database&)>([](Database&) { return 1; }), &receiver,
            std::function<void(int)>([&called](int) { called = true; }));
        worker.waitForIdle();
    }
    QCoreApplication::processEvents();
    EXPECT_FALSE(called);
}

TEST_F(DatabaseWorkerTest, ReportsAnOpenFailure)
{
    DatabaseConfig config = temp().config();
    if (config.backend == DatabaseConfig::Backend::Sqlite) {
        config.sqlitePath = temp().dir() + u"/a-folder"_s;
        ASSERT_TRUE(QDir().mkpath(config.sqlitePath));
    } else {
        config.databaseName = u"cordial_no_such_database"_s;
    }
    DatabaseWorker worker(config, u"test-worker"_s);
    const Status status = worker.open();
    EXPECT_FALSE(status.ok());
    EXPECT_FALSE(worker.isOpen());
}

TEST_F(DatabaseWorkerTest, TheWatchCountsQueriesOnTheWatchedThreadOnly)
{
    DatabaseWorker worker(temp().config(), u"test-worker"_s);
    CORDIAL_ASSERT_OK(worker.open());
    QueryWatch::forbid(QThread::currentThread());
    // On the worker: not counted.
    worker.post([](Database& db) { static_cast<void>(SqlStatement::run(db, u"SELECT 1"_s)); });
    worker.waitForIdle();
    EXPECT_EQ(QueryWatch::violations(), 0);
    // On this (the watched) thread: a prepared statement and a plain one, each counted.
    SqlStatement count(db(), u"SELECT count(*) FROM customers"_s);
    CORDIAL_EXPECT_OK(count.exec());
    CORDIAL_EXPECT_OK(SqlStatement::run(db(), u"SELECT 1"_s));
    EXPECT_EQ(QueryWatch::violations(), 2);
    QueryWatch::forbid(nullptr);
    CORDIAL_EXPECT_OK(SqlStatement::run(db(), u"SELECT 1"_s));
    EXPECT_EQ(QueryWatch::violations(), 0) << "not watching any more";
}
