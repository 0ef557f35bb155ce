#include "StorageTest.h"

#include "storage/Migrations.h"
#include "storage/SqlErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
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

TEST_F(DatabaseTest, RefusesADatabaseFromANewerVersionWithoutTouchingIt)
{
    setRecordedVersion(db(), Database::latestSchemaVersion() + 1);
    temp().close();
    const QByteArray before = postgres() ? QByteArray() : readFile(temp().config().sqlitePath);

    Result<std::unique_ptr<Database>> again = temp().reopen();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::DatabaseTooNew);
    EXPECT_FALSE(again.error().message.isEmpty());

    if (!postgres()) {
        EXPECT_EQ(readFile(temp().config().sqlitePath), before);
    }
    // Still refused, still at the newer version.
    Result<std::unique_ptr<Database>> third = temp().reopen();
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, Error::Code::DatabaseTooNew);
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


TEST(SqlErrors, ClassifiesPostgresErrorsBySqlStateNotText)
{
    DatabaseConfig config;
    config.backend = DatabaseConfig::Backend::Postgres;
    config.host = u"db.example"_s;
    config.databaseName = u"cordial"_s;
    // The text is deliberately misleading: only the code counts.
    const QString text = u"could not connect: password authentication failed"_s;
    EXPECT_EQ(SqlErrors::fromPostgresConnect(u"28P01"_s, false, text, config).code, Error::Code::AuthenticationFailed);
    EXPECT_EQ(SqlErrors::fromPostgresConnect({}, true, text, config).code, Error::Code::AuthenticationFailed);
    EXPECT_EQ(SqlErrors::fromPostgresConnect(u"3D000"_s, false, text, config).code, Error::Code::DatabaseOpenFailed);
    EXPECT_EQ(SqlErrors::fromPostgresConnect({}, false, text, config).code, Error::Code::ServerUnreachable);
    EXPECT_EQ(SqlErrors::fromPostgresConnect(u"57P03"_s, false, text, config).code, Error::Code::ServerUnreachable);
    EXPECT_EQ(SqlErrors::fromPostgresConnect(u"53300"_s, false, text, config).code, Error::Code::DatabaseOpenFailed);

    QSqlError locked(u"password authentication failed"_s, u"lock timeout"_s, QSqlError::StatementError, u"55P03"_s);
    EXPECT_EQ(SqlErrors::fromQuery(locked, config).code, Error::Code::DatabaseLocked);
    QSqlError refused(u"server closed the connection"_s, u"append-only"_s, QSqlError::StatementError, u"23001"_s);
    EXPECT_EQ(SqlErrors::fromQuery(refused, config).code, Error::Code::DatabaseQueryFailed);
}
