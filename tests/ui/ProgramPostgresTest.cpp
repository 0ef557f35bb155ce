// The real `cordial` against a team database on PostgreSQL (label pg): agents' Cordial only checks
// the schema and never fills an empty database with demo data unasked; `cordial migrate` sets it up.

#include "storage/CustomerRepository.h"
#include "support/QStringPrinter.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 30'000;

const bool s_postgres = [] {
    TempDatabase::setUsePostgres(true);
    return true;
}();

class ProgramPostgresTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(s_postgres);
        m_temp = std::make_unique<TempDatabase>(Database::Schema::AsIs);
        if (!m_temp->skipReason().isEmpty())
            GTEST_SKIP() << m_temp->skipReason().toStdString();
        ASSERT_NE(m_temp->db(), nullptr) << m_temp->openError().toStdString();
        m_temp->close();
        const DatabaseConfig config = m_temp->config();
        QUrl url;
        url.setScheme(u"postgresql"_s);
        url.setUserName(config.user);
        url.setPassword(config.password);
        url.setHost(config.host);
        url.setPort(config.port);
        url.setPath(u"/"_s + config.databaseName);
        m_url = url.toString();
        for (const char* sub : {"config", "data", "runtime"})
            QDir(m_home.path()).mkpath(QString::fromLatin1(sub));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_env.insert(u"HOME"_s, m_home.path());
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        m_env.insert(u"CORDIAL_INSTANCE_NAME"_s, u"cordial-pg-test-%1"_s.arg(QCoreApplication::applicationPid()));
        m_env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: the password stays in the URL
    }

    std::pair<int, QString> run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(TimeoutMs))
            return {-1, u"did not finish"_s};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }

    /// Starts the test build of the program until its window is up, then stops it.
    void startAndStop(const QStringList& extra)
    {
        QProcessEnvironment env = m_env;
        env.insert(u"CORDIAL_TEST_ANNOUNCE"_s, u"1"_s);
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CORDIAL_TEST_PROGRAM), QStringList {u"--db"_s, m_url, u"--lang"_s, u"en"_s} + extra);
        ASSERT_TRUE(process.waitForStarted(TimeoutMs));
        QString output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains(u"ready"_s) && process.state() != QProcess::NotRunning && timer.elapsed() < TimeoutMs) {
            process.waitForReadyRead(200);
            output += QString::fromUtf8(process.readAll());
        }
        EXPECT_TRUE(output.contains(u"ready"_s)) << output.toStdString();
        process.kill();
        process.waitForFinished(TimeoutMs);
    }

    qint64 customerCount()
    {
        Result<std::unique_ptr<Database>> db = m_temp->reopen();
        if (!db)
            return -1;
        const Result<qint64> count = CustomerRepository(*db.value()).count();
        return count ? count.value() : -1;
    }

    std::unique_ptr<TempDatabase> m_temp;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_url;
};

} // namespace

TEST_F(ProgramPostgresTest, RefusesAnEmptyTeamDatabaseAndNamesTheMigrateCommand)
{
    const auto [code, output] = run(QStringLiteral(CORDIAL_EXECUTABLE), {u"--db"_s, m_url, u"--lang"_s, u"en"_s});
    EXPECT_EQ(code, 2) << output.toStdString();
    EXPECT_TRUE(output.contains(u"cordial migrate"_s)) << output.toStdString();
    EXPECT_FALSE(output.contains(m_temp->config().password)) << "no password in messages";
}

TEST_F(ProgramPostgresTest, MigrateSetsUpTheDatabaseOnceThenTheProgramOpensIt)
{
    const auto [code, output] = run(QStringLiteral(CORDIAL_EXECUTABLE), {u"migrate"_s, u"--db"_s, m_url});
    ASSERT_EQ(code, 0) << output.toStdString();
    EXPECT_TRUE(output.contains(u"from schema version 0 to "_s + QString::number(Database::latestSchemaVersion())))
        << output.toStdString();
    EXPECT_FALSE(output.contains(m_temp->config().password)) << "no password in messages";
    const auto [again, second] = run(QStringLiteral(CORDIAL_EXECUTABLE), {u"migrate"_s, u"--db"_s, m_url});
    EXPECT_EQ(again, 0) << second.toStdString();
    EXPECT_TRUE(second.contains(u"already"_s)) << second.toStdString();

    // No demo data in a team database unless --demo says so.
    startAndStop({});
    EXPECT_EQ(customerCount(), 0);
    startAndStop({u"--demo"_s});
    EXPECT_GT(customerCount(), 0);
}
