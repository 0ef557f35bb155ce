#include "StorageTest.h"

#include "storage/Migrations.h"
#include "storage/SchemaHistory.h"
#include "support/SchemaFixtures.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
/// Runs one statement the program never runs; returns the driver's error text, empty on success.
QString tryExec(Database& db, const QString& sql)
{
    QSqlQuery query(db.handle());
    return query.exec(sql) ? QString() : query.lastError().text();
}

qint64 countOf(Database& db, const QString& sql)
{
    QSqlQuery query(db.handle());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

/// A database of an older schema, built step by step (version 0 = empty).
class MigrationTest : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override
    {
        m_temp = std::make_unique<TempDatabase>(Database::Schema::AsIs);
        if (!m_temp->skipReason().isEmpty())
            GTEST_SKIP() << m_temp->skipReason().toStdString();
        ASSERT_NE(m_temp->db(), nullptr) << m_temp->openError().toStdString();
    }

    Database& db() { return *m_temp->db(); }

    std::unique_ptr<TempDatabase> m_temp;
};

TEST_P(MigrationTest, KeepsEveryRowWhenMigratingToTheLatestVersion)
{
    const int from = GetParam();
    if (from > 0) {
        Result<int> built = Migrations::apply(db(), from);
        CORDIAL_ASSERT_OK(built);
        ASSERT_EQ(built.value(), from);
    }
    QList<FixtureRow> rows;
    for (int version = 1; version <= from; ++version) {
        for (const FixtureRow& row : SchemaFixtures::rowsAddedAt(version)) {
            const QString error = SchemaFixtures::insert(db(), row);
            ASSERT_TRUE(error.isEmpty()) << error.toStdString();
            rows << row;
        }
    }

    Result<int> migrated = Migrations::apply(db());
    CORDIAL_ASSERT_OK(migrated);
    EXPECT_EQ(migrated.value(), SchemaHistory::latest());

    // And once more through the way the program opens it.
    m_temp->close();
    Result<std::unique_ptr<Database>> reopened = m_temp->reopen();
    CORDIAL_ASSERT_OK(reopened);
    Database& latest = *reopened.value();
    EXPECT_EQ(latest.schemaVersion(), SchemaHistory::latest());

    for (const FixtureRow& row : rows) {
        const QString differences = SchemaFixtures::compare(latest, row);
        EXPECT_TRUE(differences.isEmpty()) << differences.toStdString();
    }
    // Columns added after `from` hold their defaults in the rows written before.
    for (int version = from + 1; version <= SchemaHistory::latest(); ++version) {
        for (const AddedColumn& added : SchemaFixtures::columnsAddedAt(version)) {
            for (const FixtureRow& row : rows) {
                if (row.table != added.table)
                    continue;
                const QVariant value = SchemaFixtures::valueOf(latest, row, added.column);
                if (added.value.isNull()) {
                    EXPECT_TRUE(value.isNull()) << QString(added.table + u'.' + added.column).toStdString();
                } else {
                    EXPECT_EQ(value.toString(), added.value.toString())
                        << QString(added.table + u'.' + added.column).toStdString();
                }
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(EveryOlderVersion, MigrationTest, ::testing::Range(0, SchemaHistory::latest()),
    [](const ::testing::TestParamInfo<int>& paramInfo) { return "FromVersion" + std::to_string(paramInfo.param); });

TEST(SchemaHistory, KeepsTheReleasedMigrationsForBothDialects)
{
    ASSERT_GE(SchemaHistory::latest(), 4);
    for (int version = 1; version <= 3; ++version) {
        // Versions 1 to 3 predate per-dialect steps: the same statements on both backends.
        EXPECT_EQ(SchemaHistory::statements(version, false).size(), SchemaHistory::statements(version, true).size());
    }
    EXPECT_TRUE(SchemaHistory::statements(0, false).isEmpty());
    EXPECT_TRUE(SchemaHistory::statements(SchemaHistory::latest() + 1, true).isEmpty());
    // Migration 4 is written per dialect: triggers on SQLite, a trigger function on PostgreSQL.
    EXPECT_TRUE(SchemaHistory::statements(4, false).join(u' ').contains(u"RAISE(ABORT"_s));
    EXPECT_TRUE(SchemaHistory::statements(4, true).join(u' ').contains(u"plpgsql"_s));
    EXPECT_FALSE(SchemaHistory::statements(4, false).join(u' ').contains(u"plpgsql"_s));
}

class AppendOnlyEventsTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        for (const QString& sql :
            { u"INSERT INTO agents (id, name, login) VALUES (7, 'Jordi', 'jordi')"_s,
                u"INSERT INTO calls (id, channel, state, started_ms, uid) VALUES (21, 'phone', 'closed', 1000, 'c-21')"_s,
                u"INSERT INTO call_events (id, call_id, type, at_ms, agent_id, uid) "
                u"VALUES (31, 21, 'hold_started', 2000, 7, 'e-31')"_s,
                u"INSERT INTO calls (id, channel, state, started_ms, uid) VALUES (22, 'phone', 'closed', 3000, 'c-22')"_s }) {
            const QString error = tryExec(db(), sql);
            ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        }
    }
};

TEST_F(AppendOnlyEventsTest, RefusesToChangeAnEvent)
{
    EXPECT_FALSE(tryExec(db(), u"UPDATE call_events SET type = 'hold_ended' WHERE id = 31"_s).isEmpty());
    EXPECT_EQ(countOf(db(), u"SELECT count(*) FROM call_events WHERE type = 'hold_started'"_s), 1);
}

TEST_F(AppendOnlyEventsTest, RefusesToDeleteAnEvent)
{
    EXPECT_FALSE(tryExec(db(), u"DELETE FROM call_events WHERE id = 31"_s).isEmpty());
    EXPECT_EQ(countOf(db(), u"SELECT count(*) FROM call_events"_s), 1);
}

TEST_F(AppendOnlyEventsTest, RefusesToDeleteACallWithEventsButNotOneWithout)
{
    // The cascade would delete the call's log silently: the whole delete is refused instead.
    EXPECT_FALSE(tryExec(db(), u"DELETE FROM calls WHERE id = 21"_s).isEmpty());
    EXPECT_EQ(countOf(db(), u"SELECT count(*) FROM calls WHERE id = 21"_s), 1);
    EXPECT_EQ(countOf(db(), u"SELECT count(*) FROM call_events"_s), 1);
    EXPECT_TRUE(tryExec(db(), u"DELETE FROM calls WHERE id = 22"_s).isEmpty());
}

TEST_F(AppendOnlyEventsTest, RefusesToDeleteAnAgentNamedInEvents)
{
    // ON DELETE SET NULL would change the events: agents are deactivated instead.
    EXPECT_FALSE(tryExec(db(), u"DELETE FROM agents WHERE id = 7"_s).isEmpty());
    EXPECT_EQ(countOf(db(), u"SELECT count(*) FROM call_events WHERE agent_id = 7"_s), 1);
}

TEST_F(AppendOnlyEventsTest, StillTakesNewEventsAndIgnoresAReplayedOne)
{
    const QString replay = u"INSERT INTO call_events (call_id, type, at_ms, uid) VALUES (21, 'hold_ended', 9000, 'e-32') "
                           u"ON CONFLICT (uid) DO NOTHING"_s;
    EXPECT_TRUE(tryExec(db(), replay).isEmpty());
    EXPECT_TRUE(tryExec(db(), replay).isEmpty());
    EXPECT_EQ(countOf(db(), u"SELECT count(*) FROM call_events"_s), 2);
}
