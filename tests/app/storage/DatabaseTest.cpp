#include "StorageTest.h"

#include "storage/Migrations.h"
#include "storage/SqlErrors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QStringList tables(Database& db)
{
    QSqlQuery q(db.handle());
    q.exec(db.isPostgres() ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s
                           : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void setRecordedVersion(Database& db, int version)
{
    QSqlQuery q(db.handle());
    ASSERT_TRUE(q.prepare(u"UPDATE schema_meta SET value = ? WHERE key = 'schema_version'"_s));
    q.addBindValue(QString::number(version));
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
}
} // namespace

class DatabaseTest : public StorageTest
{
};

/// Tests of the SQLite file itself; skipped before creating anything in the PostgreSQL suite.
class SqliteFileTest : public StorageTest
{
protected:
    void SetUp() override
    {
        if (TempDatabase::usesPostgres())
            GTEST_SKIP() << "SQLite only";
        StorageTest::SetUp();
    }
};

TEST_F(DatabaseTest, MigratesAnEmptyDatabaseToTheLatestVersion)
{
    EXPECT_EQ(db().schemaVersion(), Database::latestSchemaVersion());
    Result<int> recorded = Migrations::readVersion(db());
    CORDIAL_ASSERT_OK(recorded);
    EXPECT_EQ(recorded.value(), Database::latestSchemaVersion());
    const QStringList names = tables(db());
    for (const QString& table :
        { u"schema_meta"_s, u"agents"_s, u"transfer_targets"_s, u"customers"_s, u"customer_search_terms"_s,
            u"interactions"_s, u"calls"_s, u"call_events"_s, u"notes"_s, u"follow_ups"_s, u"payment_read_backs"_s }) {
        EXPECT_TRUE(names.contains(table)) << table.toStdString();
    }
}

TEST_F(DatabaseTest, ReopeningIsIdempotentAndKeepsData)
{
    QSqlQuery insert(db().handle());
    ASSERT_TRUE(insert.exec(u"INSERT INTO agents (name, login) VALUES ('Priya', 'priya')"_s));
    insert.finish();
    temp().close();
    for (int i = 0; i < 2; ++i) {
        Result<std::unique_ptr<Database>> again = temp().reopen();
        CORDIAL_ASSERT_OK(again);
        EXPECT_EQ(again.value()->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(again.value()->handle());
        ASSERT_TRUE(q.exec(u"SELECT count(*) FROM agents"_s));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
}

TEST_F(SqliteFileTest, UsesWalAndForeignKeysOnSqlite)
{
    QSqlQuery q(db().handle());
    ASSERT_TRUE(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    EXPECT_EQ(q.value(0).toString(), u"wal"_s);
    ASSERT_TRUE(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(DatabaseTest, RefusesADatabaseFromANewerVersionWithoutTouchingIt)
{
    setRecordedVersion(db(), Database::latestSchemaVersion() + 1);
    temp().close();
    const QByteArray before = postgres() ? QByteArray() : readAll(temp().config().sqlitePath);

    Result<std::unique_ptr<Database>> again = temp().reopen();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::DatabaseTooNew);
    EXPECT_FALSE(again.error().message.isEmpty());

    if (!postgres()) {
        EXPECT_EQ(readAll(temp().config().sqlitePath), before);
    }
    // Still refused, still at the newer version.
    Result<std::unique_ptr<Database>> third = temp().reopen();
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, Error::Code::DatabaseTooNew);
}

TEST_F(SqliteFileTest, RefusesAFileThatIsNotADatabaseAndLeavesItAlone)
{
    temp().close();
    const QString path = QDir(temp().dir()).filePath(u"notes.txt"_s);
    const QByteArray garbage = QByteArray("Dear customer, this is a letter, not a database.\n").repeated(200);
    writeAll(path, garbage);
    DatabaseConfig config = temp().config();
    config.sqlitePath = path;

    Result<std::unique_ptr<Database>> opened = Database::open(config);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNotADatabase);
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(readAll(path), garbage);
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
    QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 16 * 4096);
    bytes.truncate(bytes.size() / 2 + 100);
    writeAll(path, bytes);

    Result<std::unique_ptr<Database>> opened = temp().reopen();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNotADatabase);
    EXPECT_EQ(readAll(path), bytes);
}

TEST_F(SqliteFileTest, RefusesADatabaseWithADamagedHeader)
{
    temp().close();
    const QString path = temp().config().sqlitePath;
    QByteArray bytes = readAll(path);
    bytes.replace(0, 16, "Cordial-damaged!");
    writeAll(path, bytes);

    Result<std::unique_ptr<Database>> opened = temp().reopen();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNotADatabase);
    EXPECT_EQ(readAll(path), bytes);
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
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Database>> opened = Database::open(config);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::DatabaseLocked);
        EXPECT_GE(timer.elapsed(), 250);
        EXPECT_LT(timer.elapsed(), 5000);

        ASSERT_TRUE(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(other);
    Result<std::unique_ptr<Database>> free = temp().reopen();
    CORDIAL_EXPECT_OK(free);
}

TEST_F(SqliteFileTest, ReportsAFolderThatCannotBeCreated)
{
    // A regular file where a folder should be: not even root can create the folder below it.
    const QString blocker = QDir(temp().dir()).filePath(u"blocker"_s);
    writeAll(blocker, "x");
    DatabaseConfig config = temp().config();
    config.sqlitePath = blocker + u"/data/cordial.sqlite"_s;

    Result<std::unique_ptr<Database>> opened = Database::open(config);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseOpenFailed);
    EXPECT_FALSE(opened.error().message.isEmpty());
}

TEST_F(SqliteFileTest, ReportsAReadOnlyFolder)
{
    const QString folder = QDir(temp().dir()).filePath(u"readonly"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(folder).isWritable()) {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        GTEST_SKIP() << "running with privileges that ignore folder permissions";
    }
    DatabaseConfig config = temp().config();
    config.sqlitePath = folder + u"/cordial.sqlite"_s;
    Result<std::unique_ptr<Database>> opened = Database::open(config);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseOpenFailed);
}

TEST_F(DatabaseTest, GivesEachInstanceItsOwnConnection)
{
    Result<std::unique_ptr<Database>> second = temp().reopen();
    CORDIAL_ASSERT_OK(second);
    EXPECT_NE(second.value()->handle().connectionName(), db().handle().connectionName());
    const QString name = second.value()->handle().connectionName();
    second.value().reset();
    EXPECT_FALSE(QSqlDatabase::contains(name));
}

// Runs in cordial_pg_tests even without a server: nothing listens on the port.
TEST(PostgresConnection, ReportsAnUnreachableServer)
{
    if (!TempDatabase::usesPostgres())
        GTEST_SKIP() << "PostgreSQL suite only";
    quint16 port = 0;
    {
        QTcpServer probe; // find a free port, then close it again
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Result<DatabaseConfig> config
        = DatabaseConfig::parse(u"postgresql://cordial:secret@127.0.0.1:%1/cordial?connect_timeout=2"_s.arg(port));
    CORDIAL_ASSERT_OK(config);
    Result<std::unique_ptr<Database>> opened = Database::open(config.value());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::ServerUnreachable);
    EXPECT_FALSE(opened.error().message.contains(u"secret"_s));
}

TEST(PostgresConnection, ReportsAWrongPassword)
{
    if (!TempDatabase::usesPostgres())
        GTEST_SKIP() << "PostgreSQL suite only";
    Result<DatabaseConfig> server = TempDatabase::serverConfig();
    if (!server)
        GTEST_SKIP() << server.error().message.toStdString();
    DatabaseConfig config = server.value();
    config.password = u"certainly-not-the-password"_s;
    Result<std::unique_ptr<Database>> opened = Database::open(config);
    if (opened.ok())
        GTEST_SKIP() << "the test server does not check passwords (trust authentication)";
    EXPECT_EQ(opened.error().code, Error::Code::AuthenticationFailed) << opened.error().fullText().toStdString();
    EXPECT_FALSE(opened.error().message.contains(config.password));
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
