// The real `cordial` program in its own process (offscreen, its own home, database and instance name):
// F20 "A test starts the real program, types, kills it with SIGKILL, starts it again and finds the
// text", and F18's hand-over of a number from a second launch to the running instance. What types into
// the window and answers its questions are the test hooks (tests/support/TestHooks.h), which only the
// test build of the program, CORDIAL_TEST_PROGRAM, carries; the shipped CORDIAL_EXECUTABLE runs where
// no hook is needed.

#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "support/QStringPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include "UiTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int StepTimeoutMs = 30'000;

class ProgramProcessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QFile::exists(QStringLiteral(CORDIAL_EXECUTABLE))) << CORDIAL_EXECUTABLE;
        ASSERT_TRUE(QFile::exists(QStringLiteral(CORDIAL_TEST_PROGRAM))) << CORDIAL_TEST_PROGRAM;
        for (const char* sub : {"home", "config", "data", "cache", "runtime"})
            QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
        QFile::setPermissions(m_dir.filePath(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        m_env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        m_env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"runtime"_s));
        m_env.insert(u"CORDIAL_INSTANCE_NAME"_s, u"cordial-test-%1"_s.arg(QCoreApplication::applicationPid()));
        m_env.remove(u"CORDIAL_TEST_AUTOTYPE"_s);
        m_env.remove(u"CORDIAL_TEST_RECOVERY"_s);
        m_db = m_dir.filePath(u"cordial.sqlite"_s);
    }

    void TearDown() override
    {
        for (QProcess* process : {&m_first, &m_second}) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }

    /// Starts `program`: by default the test build, whose hooks the environment drives.
    void start(QProcess& process, const QProcessEnvironment& env, const QStringList& extra = {},
               const QString& program = QStringLiteral(CORDIAL_TEST_PROGRAM))
    {
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(program,
            QStringList {u"--demo"_s, u"--db"_s, m_db, u"--lang"_s, u"en"_s, u"--agent"_s, u"Jonathan"_s} + extra);
        ASSERT_TRUE(process.waitForStarted(StepTimeoutMs)) << process.errorString().toStdString();
    }

    /// Reads the process's output until a line starts with `prefix`; returns that line (empty on timeout).
    static QString waitForLine(QProcess& process, const QString& prefix)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < StepTimeoutMs) {
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (line.startsWith(prefix))
                    return line;
            }
            if (process.state() == QProcess::NotRunning)
                break;
            process.waitForReadyRead(200);
        }
        ADD_FAILURE() << "no line starting with " << prefix.toStdString() << "; stderr: "
                      << process.readAllStandardError().toStdString();
        return {};
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
    QProcess m_first;
    QProcess m_second;
};

TEST_F(ProgramProcessTest, TextTypedBeforeSigkillIsOfferedBackAfterRestart)
{
    const QString typed = u"Ms. Smith: दो और सीडी, card 4111 1111 1111 1111"_s;
    const QString masked = u"Ms. Smith: दो और सीडी, card [Visa •••• 1111]"_s;

    QProcessEnvironment typing = m_env;
    typing.insert(u"CORDIAL_TEST_AUTOTYPE"_s, typed);
    start(m_first, typing);
    ASSERT_EQ(waitForLine(m_first, u"typed"_s), u"typed"_s);
    m_first.kill(); // SIGKILL: no destructor, no flush, no goodbye
    ASSERT_TRUE(m_first.waitForFinished(StepTimeoutMs));
    EXPECT_EQ(m_first.exitStatus(), QProcess::CrashExit);

    QProcessEnvironment recovering = m_env;
    recovering.insert(u"CORDIAL_TEST_RECOVERY"_s, u"accept"_s);
    start(m_second, recovering);
    const QString asked = waitForLine(m_second, u"asked "_s);
    EXPECT_TRUE(asked.contains(u"was interrupted at"_s)) << asked.toStdString();
    const QString recovered = waitForLine(m_second, u"recovered "_s);
    ASSERT_FALSE(recovered.isEmpty());
    const QJsonObject shown = QJsonDocument::fromJson(recovered.mid(10).toUtf8()).object();
    EXPECT_EQ(shown.value(u"notes"_s).toString(), masked);
    EXPECT_EQ(shown.value(u"request"_s).toString(), masked);
    EXPECT_EQ(shown.value(u"state"_s).toString(), u"active"_s);
    m_second.kill();
    ASSERT_TRUE(m_second.waitForFinished(StepTimeoutMs));

    // And the database agrees: the text, masked, and the Recovered event.
    DatabaseConfig config;
    config.sqlitePath = m_db;
    Result<std::unique_ptr<Database>> db = Database::open(config);
    ASSERT_TRUE(db) << db.error().fullText().toStdString();
    CallRepository calls(*db.value());
    const QList<Call> open = calls.openCalls().value();
    ASSERT_EQ(open.size(), 1);
    const QList<Note> notes = calls.notesForCall(open.first().id).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().text, masked);
    EXPECT_EQ(calls.draft(open.first().id).value()->request, masked);
    EXPECT_EQ(calls.events(open.first().id).value().last().type(), CallEventType::Recovered);
}

TEST_F(ProgramProcessTest, SecondLaunchHandsItsNumberToTheRunningInstance)
{
    QProcessEnvironment announcing = m_env;
    announcing.insert(u"CORDIAL_TEST_ANNOUNCE"_s, u"1"_s);
    start(m_first, announcing);
    ASSERT_EQ(waitForLine(m_first, u"ready"_s), u"ready"_s);

    DatabaseConfig config;
    config.sqlitePath = m_db;
    Result<std::unique_ptr<Database>> db = Database::open(config);
    ASSERT_TRUE(db) << db.error().fullText().toStdString();
    const Result<CustomerPage> page = CustomerRepository(*db.value()).search({}, std::nullopt, 1);
    ASSERT_TRUE(page && !page.value().rows.isEmpty());
    const Customer customer = page.value().rows.first();

    // The second launch is the shipped program: the hand-over needs no hook.
    start(m_second, m_env, {u"--call"_s, customer.phone}, QStringLiteral(CORDIAL_EXECUTABLE));
    ASSERT_TRUE(m_second.waitForFinished(StepTimeoutMs));
    EXPECT_EQ(m_second.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(m_second.exitCode(), 0) << m_second.readAllStandardError().toStdString();

    const QString line = waitForLine(m_first, u"call "_s);
    const QJsonObject call = QJsonDocument::fromJson(line.mid(5).toUtf8()).object();
    EXPECT_EQ(call.value(u"customer_id"_s).toInteger(), customer.id);
    EXPECT_EQ(call.value(u"state"_s).toString(), u"offered"_s);
}

TEST_F(ProgramProcessTest, SecondLaunchWithAnotherDatabaseOrLanguageSaysSoAndFails)
{
    QProcessEnvironment announcing = m_env;
    announcing.insert(u"CORDIAL_TEST_ANNOUNCE"_s, u"1"_s);
    start(m_first, announcing);
    ASSERT_EQ(waitForLine(m_first, u"ready"_s), u"ready"_s);

    // Another database: refused, in the second process, with both names and a non-zero exit.
    const QString other = m_dir.filePath(u"other.sqlite"_s);
    m_second.setProcessEnvironment(m_env);
    m_second.start(QStringLiteral(CORDIAL_EXECUTABLE), {u"--db"_s, other, u"--call"_s, u"+34 933 123 456"_s});
    ASSERT_TRUE(m_second.waitForFinished(StepTimeoutMs));
    EXPECT_EQ(m_second.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(m_second.exitCode(), 5);
    const QString refused = QString::fromUtf8(m_second.readAllStandardError());
    EXPECT_TRUE(refused.contains(u"already running with the database"_s)) << refused.toStdString();
    EXPECT_TRUE(refused.contains(m_db)) << refused.toStdString();
    EXPECT_TRUE(refused.contains(other)) << refused.toStdString();
    EXPECT_FALSE(QFile::exists(other)) << "the second launch opened no database of its own";

    // Another language: refused too, and said in the language the launch asked for.
    m_second.start(QStringLiteral(CORDIAL_EXECUTABLE), {u"--db"_s, m_db, u"--lang"_s, u"ca"_s});
    ASSERT_TRUE(m_second.waitForFinished(StepTimeoutMs));
    EXPECT_EQ(m_second.exitCode(), 5);
    const QString catalan = QString::fromUtf8(m_second.readAllStandardError());
    EXPECT_TRUE(catalan.contains(u"English"_s)) << catalan.toStdString();
    EXPECT_FALSE(catalan.contains(u"already running"_s)) << "in Catalan: " << catalan.toStdString();

    // The running instance took neither, and still takes what agrees with it (a relative path included).
    EXPECT_EQ(m_first.state(), QProcess::Running);
    m_second.setWorkingDirectory(m_dir.path());
    m_second.start(QStringLiteral(CORDIAL_EXECUTABLE), {u"--db"_s, u"cordial.sqlite"_s, u"--lang"_s, u"en"_s});
    ASSERT_TRUE(m_second.waitForFinished(StepTimeoutMs));
    EXPECT_EQ(m_second.exitCode(), 0) << m_second.readAllStandardError().toStdString();
}

} // namespace

namespace {

std::pair<int, QString> runWithoutDisplay(const QStringList& arguments)
{
    return UiTestSupport::runWithoutDisplay(QStringLiteral(CORDIAL_EXECUTABLE), arguments);
}

} // namespace

TEST(ProgramWithoutDisplay, HelpAndVersionNeedNoDisplay)
{
    const auto [helpCode, help] = runWithoutDisplay({u"--help"_s});
    EXPECT_EQ(helpCode, 0) << help.toStdString();
    EXPECT_TRUE(help.contains(u"--db"_s)) << help.toStdString();
    const auto [hindiCode, hindi] = runWithoutDisplay({u"--lang"_s, u"hi"_s, u"--help"_s});
    EXPECT_EQ(hindiCode, 0) << hindi.toStdString();
    EXPECT_TRUE(hindi.contains(u"ग्राहक"_s)) << "the help follows --lang: " << hindi.toStdString();
    const auto [versionCode, version] = runWithoutDisplay({u"--version"_s});
    EXPECT_EQ(versionCode, 0) << version.toStdString();
    EXPECT_TRUE(version.contains(QStringLiteral(CORDIAL_VERSION))) << version.toStdString();
}

TEST(ProgramWithoutDisplay, MissingDisplayIsExplainedNotAborted)
{
    const auto [code, output] = runWithoutDisplay({u"--lang"_s, u"ca"_s});
    EXPECT_EQ(code, 4) << output.toStdString();
    EXPECT_TRUE(output.contains(u"DISPLAY"_s)) << output.toStdString();
    EXPECT_FALSE(output.contains(u"No graphical display"_s)) << "translated into Catalan: " << output.toStdString();
}
