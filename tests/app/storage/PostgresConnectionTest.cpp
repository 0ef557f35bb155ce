#include "StorageTest.h"

#include "storage/Migrations.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

// Built into the PostgreSQL suite only.
// Needs no server: nothing listens on the port.
TEST(PostgresConnection, ReportsAnUnreachableServer)
{
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


TEST(PostgresConnection, ReportsAMissingDatabaseBySqlState)
{
    Result<DatabaseConfig> server = TempDatabase::serverConfig();
    if (!server)
        GTEST_SKIP() << server.error().message.toStdString();
    DatabaseConfig config = server.value();
    config.databaseName = u"cordial_certainly_missing"_s;
    Result<std::unique_ptr<Database>> opened = Database::open(config);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseOpenFailed) << opened.error().fullText().toStdString();
    EXPECT_TRUE(opened.error().detail.contains(u"3D000"_s)) << opened.error().detail.toStdString();
}

TEST(PostgresConnection, ReportsAMissingPasswordAsARefusedLogin)
{
    Result<DatabaseConfig> server = TempDatabase::serverConfig();
    if (!server)
        GTEST_SKIP() << server.error().message.toStdString();
    DatabaseConfig config = server.value();
    config.password.clear();
    Result<std::unique_ptr<Database>> opened = Database::open(config);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::AuthenticationFailed) << opened.error().fullText().toStdString();
}

/// A team database: agents' Cordial only checks the schema; `cordial migrate` changes it.
class PostgresSchemaCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_temp = std::make_unique<TempDatabase>(Database::Schema::AsIs);
        if (!m_temp->skipReason().isEmpty())
            GTEST_SKIP() << m_temp->skipReason().toStdString();
        ASSERT_NE(m_temp->db(), nullptr) << m_temp->openError().toStdString();
    }

    std::unique_ptr<TempDatabase> m_temp;
};

TEST_F(PostgresSchemaCheckTest, RefusesAnEmptyDatabaseNamingTheMigrateCommand)
{
    m_temp->close();
    Result<std::unique_ptr<Database>> opened = m_temp->reopen();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNeedsMigration);
    EXPECT_TRUE(opened.error().message.contains(u"cordial migrate"_s)) << opened.error().message.toStdString();
    // Nothing was created.
    Result<std::unique_ptr<Database>> asIs = Database::open(m_temp->config(), Database::Schema::AsIs);
    CORDIAL_ASSERT_OK(asIs);
    EXPECT_EQ(asIs.value()->schemaVersion(), 0);
}

TEST_F(PostgresSchemaCheckTest, RefusesASchemaThatIsBehindAndLeavesIt)
{
    CORDIAL_ASSERT_OK(Migrations::apply(*m_temp->db(), 2));
    m_temp->close();
    Result<std::unique_ptr<Database>> opened = m_temp->reopen();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNeedsMigration);
    EXPECT_TRUE(opened.error().message.contains(u"cordial migrate"_s)) << opened.error().message.toStdString();

    Result<std::unique_ptr<Database>> asIs = Database::open(m_temp->config(), Database::Schema::AsIs);
    CORDIAL_ASSERT_OK(asIs);
    EXPECT_EQ(asIs.value()->schemaVersion(), 2);
    Result<int> migrated = asIs.value()->migrate();
    CORDIAL_ASSERT_OK(migrated);
    EXPECT_EQ(migrated.value(), Migrations::latestVersion());
    asIs.value().reset();

    Result<std::unique_ptr<Database>> agent = m_temp->reopen();
    CORDIAL_ASSERT_OK(agent);
    EXPECT_EQ(agent.value()->schemaVersion(), Migrations::latestVersion());
}
