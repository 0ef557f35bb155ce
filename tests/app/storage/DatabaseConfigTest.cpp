#include "StorageTest.h"

#include <QDir>

using namespace Qt::StringLiterals;

TEST(DatabaseConfig, ParsesAFilePath)
{
    Result<DatabaseConfig> config = DatabaseConfig::parse(u"/var/tmp/cordial/team.sqlite"_s);
    CORDIAL_ASSERT_OK(config);
    EXPECT_EQ(config.value().backend, DatabaseConfig::Backend::Sqlite);
    EXPECT_EQ(config.value().sqlitePath, u"/var/tmp/cordial/team.sqlite"_s);
}

TEST(DatabaseConfig, ParsesASqliteUrlAndMakesRelativePathsAbsolute)
{
    Result<DatabaseConfig> config = DatabaseConfig::parse(u"sqlite:data/cordial.sqlite"_s);
    CORDIAL_ASSERT_OK(config);
    EXPECT_EQ(config.value().backend, DatabaseConfig::Backend::Sqlite);
    EXPECT_EQ(config.value().sqlitePath, QDir::current().absoluteFilePath(u"data/cordial.sqlite"_s));
    Result<DatabaseConfig> triple = DatabaseConfig::parse(u"sqlite:///tmp/x.sqlite"_s);
    CORDIAL_ASSERT_OK(triple);
    EXPECT_EQ(triple.value().sqlitePath, u"/tmp/x.sqlite"_s);
}

TEST(DatabaseConfig, ParsesAPostgresUrl)
{
    Result<DatabaseConfig> config
        = DatabaseConfig::parse(u"postgresql://priya:p%40ss@db.example.org:6543/support?connect_timeout=9"_s);
    CORDIAL_ASSERT_OK(config);
    const DatabaseConfig& c = config.value();
    EXPECT_EQ(c.backend, DatabaseConfig::Backend::Postgres);
    EXPECT_EQ(c.host, u"db.example.org"_s);
    EXPECT_EQ(c.port, 6543);
    EXPECT_EQ(c.user, u"priya"_s);
    EXPECT_EQ(c.password, u"p@ss"_s);
    EXPECT_EQ(c.databaseName, u"support"_s);
    EXPECT_EQ(c.connectTimeoutSeconds, 9);
    EXPECT_EQ(c.displayName(), u"postgresql://priya@db.example.org:6543/support"_s);
    EXPECT_EQ(c.secretKey(), c.displayName());
    EXPECT_FALSE(c.displayName().contains(u"p@ss"_s));
}

TEST(DatabaseConfig, DefaultsThePostgresPortAndDatabase)
{
    Result<DatabaseConfig> config = DatabaseConfig::parse(u"postgres://agent@localhost"_s);
    CORDIAL_ASSERT_OK(config);
    EXPECT_EQ(config.value().port, 5432);
    EXPECT_EQ(config.value().databaseName, u"cordial"_s);
    EXPECT_TRUE(config.value().password.isEmpty());
}

TEST(DatabaseConfig, RejectsUnsupportedOrEmptyLocations)
{
    for (const QString& spec : { QString(), u"   "_s, u"mysql://root@localhost/x"_s, u"postgresql://"_s, u"sqlite:"_s,
             u"postgresql://u@h/db?connect_timeout=soon"_s }) {
        Result<DatabaseConfig> config = DatabaseConfig::parse(spec);
        ASSERT_FALSE(config.ok()) << spec.toStdString();
        EXPECT_EQ(config.error().code, Error::Code::InvalidArgument);
        EXPECT_FALSE(config.error().message.isEmpty());
    }
}

TEST(DatabaseConfig, DefaultSqliteLivesInTheAppDataFolder)
{
    const DatabaseConfig config = DatabaseConfig::defaultSqlite();
    EXPECT_EQ(config.backend, DatabaseConfig::Backend::Sqlite);
    EXPECT_TRUE(config.sqlitePath.endsWith(u"/cordial.sqlite"_s));
    EXPECT_TRUE(QDir::isAbsolutePath(config.sqlitePath));
}

TEST(DatabaseConfig, TlsPrefersByDefaultAndKeepsAStricterModeWithTheAddress)
{
    Result<DatabaseConfig> plain = DatabaseConfig::parse(u"postgresql://ravi@db.example.org/cordial"_s);
    CORDIAL_ASSERT_OK(plain);
    EXPECT_EQ(plain.value().sslMode, u"prefer"_s);
    EXPECT_TRUE(plain.value().postgresOptions().contains(u"sslmode=prefer"_s));
    EXPECT_FALSE(plain.value().displayName().contains(u"sslmode"_s));

    Result<DatabaseConfig> strict = DatabaseConfig::parse(
        u"postgresql://ravi:pw@db.example.org/cordial?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"_s);
    CORDIAL_ASSERT_OK(strict);
    EXPECT_EQ(strict.value().sslMode, u"verify-full"_s);
    EXPECT_EQ(strict.value().sslRootCert, u"/etc/ssl/ca.pem"_s);
    EXPECT_TRUE(strict.value().postgresOptions().contains(u"sslrootcert=/etc/ssl/ca.pem"_s));
    // Remembered with the address (never the password), and read back the same.
    const QString remembered = strict.value().displayName();
    EXPECT_FALSE(remembered.contains(u"pw"_s));
    Result<DatabaseConfig> again = DatabaseConfig::parse(remembered);
    CORDIAL_ASSERT_OK(again);
    EXPECT_EQ(again.value().sslMode, u"verify-full"_s);
    EXPECT_EQ(again.value().sslRootCert, u"/etc/ssl/ca.pem"_s);
    EXPECT_EQ(again.value().secretKey(), plain.value().secretKey());

    Result<DatabaseConfig> unknown = DatabaseConfig::parse(u"postgresql://ravi@db.example.org/cordial?sslmode=always"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::InvalidArgument);
}
