#include "StorageTest.h"

#include "storage/IntegrityMarker.h"
#include "support/FakeClock.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// When opening a SQLite file reads it whole with PRAGMA quick_check (IntegrityMarker): only when there
// is reason to doubt it, so that a large file does not make every start slow. SQLite suite only.
class IntegrityCheckTest : public StorageTest
{
protected:
    DatabaseConfig config()
    {
        DatabaseConfig c = temp().config();
        c.clock = &clock;
        return c;
    }
    QString path() { return temp().config().sqlitePath; }

    /// Opens, reports whether the open ran the check, and closes cleanly.
    bool openAndClose()
    {
        Result<std::unique_ptr<Database>> opened = Database::open(config());
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : opened.error().fullText().toStdString());
        return opened.ok() && opened.value()->integrityChecked();
    }

    /// A clean close has been recorded with a check at the clock's time.
    void checkedAndClosedNow()
    {
        temp().close();
        QFile::remove(IntegrityMarker::recordPath(path()));
        ASSERT_TRUE(openAndClose());
    }

    FakeClock clock;
};

TEST_F(IntegrityCheckTest, SkipsTheCheckAfterACleanCloseOfAnUnchangedFile)
{
    checkedAndClosedNow();
    clock.advance(1h);
    EXPECT_FALSE(openAndClose());
    clock.advance(24h);
    EXPECT_FALSE(openAndClose());
}

TEST_F(IntegrityCheckTest, ChecksAFileWithNoRecordOfACleanClose)
{
    checkedAndClosedNow();
    // A session that never ended (crash, power cut, kill) removed the record when it started.
    QFile::remove(IntegrityMarker::recordPath(path()));
    clock.advance(1min);
    EXPECT_TRUE(openAndClose());
}

TEST_F(IntegrityCheckTest, ASessionInProgressLeavesNoRecord)
{
    checkedAndClosedNow();
    ASSERT_TRUE(QFile::exists(IntegrityMarker::recordPath(path())));
    Result<std::unique_ptr<Database>> opened = Database::open(config());
    CORDIAL_ASSERT_OK(opened);
    // Were the program killed now, the next start would check the file.
    EXPECT_FALSE(QFile::exists(IntegrityMarker::recordPath(path())));
    opened.value().reset();
    EXPECT_TRUE(QFile::exists(IntegrityMarker::recordPath(path())));
}

TEST_F(IntegrityCheckTest, ChecksAFileChangedOutsideCordial)
{
    checkedAndClosedNow();
    // Copied over or restored from a backup: same size, another modification time.
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
    ASSERT_TRUE(file.setFileTime(modified.addSecs(-3600), QFileDevice::FileModificationTime));
    file.close();
    EXPECT_TRUE(openAndClose());
    // Checked once, trusted again afterwards.
    EXPECT_FALSE(openAndClose());
}

TEST_F(IntegrityCheckTest, ChecksWhenAWriteAheadLogWasLeftBeside)
{
    checkedAndClosedNow();
    writeFile(path() + u"-wal"_s, QByteArray(64, '\0'));
    EXPECT_TRUE(openAndClose());
}

TEST_F(IntegrityCheckTest, ChecksAgainWhenTheLastCheckIsAWeekOld)
{
    checkedAndClosedNow();
    clock.advance(std::chrono::milliseconds(IntegrityMarker::MaxCheckAgeMs - 1));
    EXPECT_FALSE(openAndClose());
    clock.advance(1ms);
    EXPECT_TRUE(openAndClose());
    clock.advance(24h);
    EXPECT_FALSE(openAndClose());
}

TEST_F(IntegrityCheckTest, ChecksWhenTheClockWentBackwards)
{
    checkedAndClosedNow();
    clock.jumpWallClock(-48h);
    EXPECT_TRUE(openAndClose());
}

TEST_F(IntegrityCheckTest, FurtherConnectionsOfASessionTrustTheFirst)
{
    checkedAndClosedNow();
    QFile::remove(IntegrityMarker::recordPath(path()));
    Result<std::unique_ptr<Database>> first = Database::open(config());
    CORDIAL_ASSERT_OK(first);
    EXPECT_TRUE(first.value()->integrityChecked());
    Result<std::unique_ptr<Database>> second = Database::open(config());
    CORDIAL_ASSERT_OK(second);
    EXPECT_FALSE(second.value()->integrityChecked());
    first.value().reset();
    // The record is written when the last connection closes, not before.
    EXPECT_FALSE(QFile::exists(IntegrityMarker::recordPath(path())));
    second.value().reset();
    EXPECT_TRUE(QFile::exists(IntegrityMarker::recordPath(path())));
    EXPECT_FALSE(openAndClose());
}

TEST_F(IntegrityCheckTest, ANewFileNeedsNoCheckOnItsSecondOpen)
{
    temp().close();
    DatabaseConfig fresh = config();
    fresh.sqlitePath = temp().dir() + u"/new.sqlite"_s;
    {
        Result<std::unique_ptr<Database>> created = Database::open(fresh);
        CORDIAL_ASSERT_OK(created);
        EXPECT_FALSE(created.value()->integrityChecked());
    }
    clock.advance(1h);
    Result<std::unique_ptr<Database>> again = Database::open(fresh);
    CORDIAL_ASSERT_OK(again);
    EXPECT_FALSE(again.value()->integrityChecked());
}

TEST_F(IntegrityCheckTest, RefusesADamagedFileAfterACrashAndLeavesItAlone)
{
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
    }
    temp().close();
    // Pages in the middle overwritten, size unchanged, and no record: the last session crashed.
    QByteArray bytes = readFile(path());
    ASSERT_GT(bytes.size(), 32 * 4096);
    bytes.replace(bytes.size() / 2, 3 * 4096, QByteArray(3 * 4096, '\x5a'));
    writeFile(path(), bytes);
    QFile::remove(IntegrityMarker::recordPath(path()));

    Result<std::unique_ptr<Database>> opened = Database::open(config());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::DatabaseNotADatabase);
    EXPECT_EQ(readFile(path()), bytes);
    EXPECT_FALSE(QFile::exists(IntegrityMarker::recordPath(path())));
}
