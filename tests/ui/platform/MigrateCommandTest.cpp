// `cordial migrate`: the administrator's step that creates or updates a database's tables, run as the
// real program without a display.

#include "storage/Database.h"
#include "support/QStringPrinter.h"
#include "support/Unprivileged.h"
#include "UiTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

std::pair<int, QString> runCordial(const QStringList& arguments, const QStringList& extraEnvironment = {})
{
    return UiTestSupport::runWithoutDisplay(QStringLiteral(CORDIAL_EXECUTABLE), arguments, extraEnvironment);
}

} // namespace

TEST(MigrateCommand, CreatesTheTablesOfANewFileAndSaysSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.sqlite"_s);
    const auto [code, output] = runCordial({u"migrate"_s, u"--db"_s, path, u"--lang"_s, u"en"_s});
    EXPECT_EQ(code, 0) << output.toStdString();
    const QString latest = QString::number(Database::latestSchemaVersion());
    EXPECT_TRUE(output.contains(u"from schema version 0 to "_s + latest)) << output.toStdString();

    DatabaseConfig config;
    config.sqlitePath = path;
    Result<std::unique_ptr<Database>> opened = Database::open(config, Database::Schema::CheckOnly);
    ASSERT_TRUE(opened) << opened.error().fullText().toStdString();
    EXPECT_EQ(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    opened.value().reset();

    const auto [again, second] = runCordial({u"migrate"_s, u"--db"_s, path});
    EXPECT_EQ(again, 0) << second.toStdString();
    EXPECT_TRUE(second.contains(u"already at schema version "_s + latest)) << second.toStdString();
}

TEST(MigrateCommand, RefusesADatabaseFromANewerVersionWithExitCode2)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    {
        DatabaseConfig config;
        config.sqlitePath = path;
        Result<std::unique_ptr<Database>> opened = Database::open(config);
        ASSERT_TRUE(opened) << opened.error().fullText().toStdString();
        QSqlQuery q(opened.value()->handle());
        ASSERT_TRUE(q.exec(u"UPDATE schema_meta SET value = '999' WHERE key = 'schema_version'"_s));
    }
    const auto [code, output] = runCordial({u"migrate"_s, u"--db"_s, path});
    EXPECT_EQ(code, 2) << output.toStdString();
    EXPECT_TRUE(output.contains(u"newer version of Cordial"_s)) << output.toStdString();
}

TEST(MigrateCommand, ReportsAnUnreachableServerWithExitCode2)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString url = u"postgresql://admin:secret@127.0.0.1:%1/cordial?connect_timeout=2"_s.arg(port);
    const auto [code, output] = runCordial({u"migrate"_s, u"--db"_s, url});
    EXPECT_EQ(code, 2) << output.toStdString();
    EXPECT_TRUE(output.contains(u"cannot be reached"_s)) << output.toStdString();
    EXPECT_FALSE(output.contains(u"secret"_s)) << output.toStdString();
}

TEST(MigrateCommand, HasItsOwnHelp)
{
    const auto [code, output] = runCordial({u"migrate"_s, u"--help"_s});
    EXPECT_EQ(code, 0) << output.toStdString();
    EXPECT_TRUE(output.contains(u"--db"_s)) << output.toStdString();
    EXPECT_FALSE(output.contains(u"--call"_s)) << output.toStdString();
    const auto [mainCode, mainHelp] = runCordial({u"--help"_s});
    EXPECT_EQ(mainCode, 0) << mainHelp.toStdString();
    EXPECT_TRUE(mainHelp.contains(u"cordial migrate"_s)) << mainHelp.toStdString();
}

TEST(ProgramOpen, RefusesAReadOnlyDatabaseFileWithExitCode2)
{
    if (Unprivileged::isRoot()) {
        const QString failure = Unprivileged::rerunCurrentTest();
        EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"agent.sqlite"_s);
    {
        DatabaseConfig config;
        config.sqlitePath = path;
        Result<std::unique_ptr<Database>> created = Database::open(config);
        ASSERT_TRUE(created) << created.error().fullText().toStdString();
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner));

    // The folder is writable, so only the test write at open finds it out: not the first call.
    const QStringList offscreen {u"QT_QPA_PLATFORM=offscreen"_s,
        u"CORDIAL_INSTANCE_NAME=cordial-readonly-test-%1"_s.arg(QCoreApplication::applicationPid())};
    const auto [code, output] = runCordial({u"--db"_s, path, u"--lang"_s, u"en"_s}, offscreen);
    EXPECT_EQ(code, 2) << output.toStdString();
    EXPECT_TRUE(output.contains(u"read-only"_s)) << output.toStdString();
    const auto [migrateCode, migrateOutput] = runCordial({u"migrate"_s, u"--db"_s, path});
    EXPECT_EQ(migrateCode, 2) << migrateOutput.toStdString();
}
