#include "StorageTest.h"

#include "storage/Migrations.h"
#include "storage/SqlErrors.h"
#include "support/Unprivileged.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Built into the SQLite suite only: tests of the database file itself.
class SqliteFileTest : public StorageTest
{
};

TEST_F(SqliteFileTest, UsesWalAndForeignKeysOnSqlite)
{
    QSqlQuery q(db().handle());
    ASSERT_TRUE(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    EXPECT_EQ(q.value(0).toString(), u"wal"_s);
    ASSERT_TRUE(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(SqliteFileTest, RefusesAFileThatIsNotADatabaseAndLeavesItAlone)
{
    temp().close();
    const QString path = QDir(temp().dir()).filePath(u"notes.txt"_s);
    const QByteArray garbage = QByteArray("Dear customer, this is a letter, not a database.\n").repeated(200);
    writeFile(path, garbage);
    DatabaseConfig config = temp().config();
    config.sqlitePath = path;

    Result<std::unique_ptr<Database>> opened = Database::open(config);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNotADatabase);
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(readFile(path), garbage);
}

TEST_F(SqliteFileTest, RefusesATruncatedDatabase)
{
    QSqlQuery q(db().handle());
    ASSERT_TRUE(q.exec(u"BEGIN"_s));
    ASSERT_TRUE(q.prepare(u"INSERT INTO agents (name, login) VALUES (?, ?)"_s));
    for (int i = 0; i < 2000; ++i) {
        q.addBindValue(u"Agent with a fairly long name number %1"_s.arg(i));
        q.addBindValue(u"login-%1"_s.arg(i));
        ASSERT_TRUE(q.exec());
    }
    ASSERT_TRUE(q.exec(u"COMMIT"_s));
    q.finish();
    temp().close();

    const QString path = temp().config().sqlitePath;
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 16 * 4096);
    bytes.truncate(bytes.size() / 2 + 100);
    writeFile(path, bytes);

    Result<std::unique_ptr<Database>> opened = temp().reopen();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNotADatabase);
    EXPECT_EQ(readFile(path), bytes);
}

TEST_F(SqliteFileTest, RefusesADatabaseWithADamagedHeader)
{
    temp().close();
    const QString path = temp().config().sqlitePath;
    QByteArray bytes = readFile(path);
    bytes.replace(0, 16, "Cordial-damaged!");
    writeFile(path, bytes);

    Result<std::unique_ptr<Database>> opened = temp().reopen();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNotADatabase);
    EXPECT_EQ(readFile(path), bytes);
}

TEST_F(SqliteFileTest, ReportsALockedDatabaseWithinTheBusyTimeout)
{
    temp().close();
    const QString other = u"other-program"_s;
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, other);
        holder.setDatabaseName(temp().config().sqlitePath);
        ASSERT_TRUE(holder.open());
        QSqlQuery lock(holder);
        ASSERT_TRUE(lock.exec(u"BEGIN EXCLUSIVE"_s)) << lock.lastError().text().toStdString();
        ASSERT_TRUE(lock.exec(u"INSERT INTO agents (name, login) VALUES ('Ravi', 'ravi')"_s));

        DatabaseConfig config = temp().config();
        config.busyTimeoutMs = 300;
        Result<std::unique_ptr<Database>> opened = Database::open(config);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::DatabaseLocked);
        // A wait under a second is not stated as "more than 1 second".
        EXPECT_FALSE(opened.error().message.contains(u"second"_s)) << opened.error().message.toStdString();
        config.busyTimeoutMs = 5000;
        EXPECT_TRUE(SqlErrors::locked(config, {}).message.contains(u"more than 5 second"_s));

        ASSERT_TRUE(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(other);
    Result<std::unique_ptr<Database>> free = temp().reopen();
    CORDIAL_EXPECT_OK(free);
    if (free.ok()) {
        // The wait is SQLite's own busy timeout, set from the configuration on every connection.
        QSqlQuery timeout(free.value()->handle());
        ASSERT_TRUE(timeout.exec(u"PRAGMA busy_timeout"_s) && timeout.next());
        EXPECT_EQ(timeout.value(0).toInt(), temp().config().busyTimeoutMs);
    }
}

TEST_F(SqliteFileTest, ReportsAFolderThatCannotBeCreated)
{
    // A regular file where a folder should be: not even root can create the folder below it.
    const QString blocker = QDir(temp().dir()).filePath(u"blocker"_s);
    writeFile(blocker, "x");
    DatabaseConfig config = temp().config();
    config.sqlitePath = blocker + u"/data/cordial.sqlite"_s;

    Result<std::unique_ptr<Database>> opened = Database::open(config);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseOpenFailed);
    EXPECT_FALSE(opened.error().message.isEmpty());
}

TEST_F(SqliteFileTest, ReportsAReadOnlyFolder)
{
    if (Unprivileged::isRoot()) {
        const QString failure = Unprivileged::rerunCurrentTest();
        EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
        return;
    }
    const QString folder = QDir(temp().dir()).filePath(u"readonly"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    ASSERT_FALSE(QFileInfo(folder).isWritable());
    DatabaseConfig config = temp().config();
    config.sqlitePath = folder + u"/cordial.sqlite"_s;
    Result<std::unique_ptr<Database>> opened = Database::open(config);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseOpenFailed);
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(folder)))
        << opened.error().message.toStdString();
}

TEST_F(SqliteFileTest, RefusesAReadOnlyFileAtOpen)
{
    if (Unprivileged::isRoot()) {
        const QString failure = Unprivileged::rerunCurrentTest();
        EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
        return;
    }
    temp().close();
    const QString path = temp().config().sqlitePath;
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    ASSERT_FALSE(QFileInfo(path).isWritable());
    const QByteArray before = readFile(path);

    // The folder is writable, so the file opens and reads: only the test write shows the problem.
    Result<std::unique_ptr<Database>> opened = temp().reopen();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseOpenFailed) << opened.error().fullText().toStdString();
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(path)))
        << opened.error().message.toStdString();
    EXPECT_EQ(readFile(path), before);
}

TEST_F(SqliteFileTest, RefusesADatabaseInAFolderThatBecameReadOnly)
{
    if (Unprivileged::isRoot()) {
        const QString failure = Unprivileged::rerunCurrentTest();
        EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
        return;
    }
    temp().close();
    const QString folder = temp().dir();
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Result<std::unique_ptr<Database>> opened = temp().reopen();
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseOpenFailed) << opened.error().fullText().toStdString();
}

TEST_F(SqliteFileTest, ReportsALockWhileWriting)
{
    const QString other = u"other-writer"_s;
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, other);
        holder.setDatabaseName(temp().config().sqlitePath);
        ASSERT_TRUE(holder.open());
        QSqlQuery lock(holder);
        ASSERT_TRUE(lock.exec(u"BEGIN IMMEDIATE"_s));

        QSqlQuery mine(db().handle());
        ASSERT_FALSE(mine.exec(u"INSERT INTO agents (name, login) VALUES ('Jordi', 'jordi')"_s));
        const Error error = SqlErrors::fromQuery(mine.lastError(), db().config());
        EXPECT_EQ(error.code, Error::Code::DatabaseLocked);
        EXPECT_FALSE(error.message.isEmpty());
        ASSERT_TRUE(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(other);
}

TEST(SqliteSchema, MigratesAnOlderFileWhenOpened)
{
    TempDatabase temp(Database::Schema::AsIs);
    ASSERT_NE(temp.db(), nullptr) << temp.openError().toStdString();
    CORDIAL_ASSERT_OK(Migrations::apply(*temp.db(), 2));
    temp.close();
    // One user, a local file: no administrator step, the program migrates it.
    Result<std::unique_ptr<Database>> opened = temp.reopen();
    CORDIAL_ASSERT_OK(opened);
    EXPECT_EQ(opened.value()->schemaVersion(), Migrations::latestVersion());
}
