#include "StorageTest.h"

#include "storage/AgentRepository.h"
#include "storage/CallRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/TeamAdministration.h"

#include <QSqlError>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

// Built into the PostgreSQL suite only: roles, grants and row-level security of team mode, checked with
// hand-written SQL on connections of the people themselves (docs/team-mode.md).
namespace {
const QDateTime Started = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

/// A person's own connection: the owner's server, their login and password.
Result<std::unique_ptr<Database>> connectAs(const DatabaseConfig& owner, const QString& login, const QString& password)
{
    DatabaseConfig config = owner;
    config.user = login;
    config.password = password;
    return Database::open(config, Database::Schema::CheckOnly);
}

/// Runs hand-written SQL; the first column of the first row, or the SQLSTATE prefixed by "error ".
QString sql(Database& db, const QString& text)
{
    QSqlQuery query(db.handle());
    if (!query.exec(text))
        return u"error "_s + query.lastError().nativeErrorCode();
    if (!query.isSelect())
        return u"rows "_s + QString::number(query.numRowsAffected());
    return query.next() ? query.value(0).toString() : u"none"_s;
}

class TeamModeTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        prefix = temp().config().databaseName + u'_';
        alice = add(u"alice"_s, u"agent"_s, {u"north"_s});
        bob = add(u"bob"_s, u"agent"_s, {u"south"_s});
        sam = add(u"sam"_s, u"supervisor"_s, {u"north"_s});
        ada = add(u"ada"_s, u"admin"_s, {});
        Result<Customer> customer
            = addTestCustomer(db(), u"Mrs"_s, u"Lakshmi"_s, u"Rao"_s, u"+91 94401 66823"_s, u"te"_s);
        CORDIAL_ASSERT_OK(customer);
        customerId = customer.value().id;
    }

    qint64 add(const QString& name, const QString& role, const QStringList& teams)
    {
        const TeamAdministration::Person person {prefix + name, name, role, teams};
        const Result<qint64> id = TeamAdministration::addPerson(db(), person, password(name));
        EXPECT_TRUE(id.ok()) << id.error().fullText().toStdString();
        return id.ok() ? id.value() : 0;
    }

    static QString password(const QString& name) { return name + u"-Secret-1"_s; }

    std::unique_ptr<Database> as(const QString& name)
    {
        Result<std::unique_ptr<Database>> opened = connectAs(temp().config(), prefix + name, password(name));
        EXPECT_TRUE(opened.ok()) << opened.error().fullText().toStdString();
        return opened.ok() ? opened.take() : nullptr;
    }

    /// A whole call by `agentId` on the agent's own connection, as the console writes it.
    qint64 workCall(Database& conn, qint64 agentId, const QString& noteText)
    {
        CallRepository calls(conn);
        Call call;
        call.customerId = customerId;
        call.agentId = agentId;
        call.startedUtc = Started;
        call.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Result<qint64> id = calls.createCall(call);
        EXPECT_TRUE(id.ok()) << id.error().fullText().toStdString();
        if (!id.ok())
            return 0;
        call.id = id.value();
        CallEvent offered;
        offered.callId = call.id;
        offered.agentId = agentId;
        offered.atUtc = Started;
        offered.payload = CallEvents::Offered {Channel::Phone, true};
        call.state = CallState::Active;
        const Status changed = calls.recordChange(call, {offered});
        EXPECT_TRUE(changed.ok()) << changed.error().fullText().toStdString();
        const Result<qint64> note = calls.saveNote(Note {0, customerId, call.id, agentId, QUuid::createUuid().toString(),
            noteText, Started.addSecs(30)});
        EXPECT_TRUE(note.ok()) << note.error().fullText().toStdString();
        const Status draft = calls.saveDraft(CallDraft {call.id, u"refund"_s, {}, {}, u"te"_s, Started.addSecs(40)});
        EXPECT_TRUE(draft.ok()) << draft.error().fullText().toStdString();
        FollowUp followUp;
        followUp.customerId = customerId;
        followUp.callId = call.id;
        followUp.ownerAgentId = agentId;
        followUp.dueUtc = Started.addDays(1);
        followUp.uid = QUuid::createUuid().toString();
        const Result<qint64> due = calls.addFollowUp(followUp);
        EXPECT_TRUE(due.ok()) << due.error().fullText().toStdString();
        if (due.ok()) {
            EXPECT_TRUE(calls.setFollowUpDone(due.value(), true).ok());
        }

        call.state = CallState::Closed;
        call.endedUtc = Started.addSecs(300);
        call.disposition = Disposition::Resolved;
        CallEvent closed;
        closed.agentId = agentId;
        closed.atUtc = call.endedUtc;
        closed.payload = CallEvents::Closed {Disposition::Resolved, false, false};
        QList<CallEvent> events {closed};
        Interaction history;
        history.customerId = customerId;
        history.occurredUtc = Started;
        history.agentId = agentId;
        history.subject = noteText;
        history.notes = noteText;
        const Status done = calls.closeCall(call, events, history);
        EXPECT_TRUE(done.ok()) << done.error().fullText().toStdString();
        return call.id;
    }

    QString prefix;
    qint64 alice = 0;
    qint64 bob = 0;
    qint64 sam = 0;
    qint64 ada = 0;
    qint64 customerId = 0;
};
} // namespace

TEST_F(TeamModeTest, AnAgentWorksACallAndSeesOnlyTheirOwnCallData)
{
    const std::unique_ptr<Database> a = as(u"alice"_s);
    const std::unique_ptr<Database> b = as(u"bob"_s);
    ASSERT_TRUE(a && b);
    const qint64 aliceCall = workCall(*a, alice, u"alice's words"_s);
    const qint64 bobCall = workCall(*b, bob, u"bob's words"_s);
    ASSERT_NE(aliceCall, 0);
    ASSERT_NE(bobCall, 0);

    // Hand-written SQL on Alice's connection: Bob's call facts, notes, events, drafts are not there.
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM call_facts"_s), u"1"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM call_facts WHERE agent_id = %1"_s.arg(bob)), u"0"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM notes WHERE call_id = %1"_s.arg(bobCall)), u"0"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM notes"_s), u"1"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM calls"_s), u"1"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM call_events WHERE call_id = %1"_s.arg(bobCall)), u"0"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM call_drafts"_s), u"1"_s);
    // What the console needs of everyone: the customer's card and history, the colleagues.
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM customers"_s), u"1"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM interactions"_s), u"2"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM follow_ups"_s), u"2"_s);
    EXPECT_EQ(sql(*a, u"SELECT count(*) FROM agents"_s), u"4"_s);
    Result<HistoryPage> history = InteractionRepository(*a).fetchPage(customerId, std::nullopt, 10);
    CORDIAL_ASSERT_OK(history);
    EXPECT_EQ(history.value().rows.size(), 2);

    // The log cannot be changed, not even one's own; nor can an agent make themselves someone else.
    EXPECT_EQ(sql(*a, u"UPDATE call_events SET at_ms = 0 WHERE call_id = %1"_s.arg(aliceCall)), u"error 42501"_s);
    EXPECT_EQ(sql(*a, u"DELETE FROM call_events"_s), u"error 42501"_s);
    EXPECT_EQ(sql(*a, u"UPDATE call_facts SET talk_ms = 0"_s), u"error 42501"_s);
    EXPECT_EQ(sql(*a, u"UPDATE agents SET role = 'admin'"_s), u"error 42501"_s);
    EXPECT_EQ(sql(*a, u"INSERT INTO team_supervisors (team_id, agent_id) SELECT id, %1 FROM teams"_s.arg(alice)),
        u"error 42501"_s);
    EXPECT_EQ(sql(*a, u"UPDATE calls SET summary = 'x' WHERE id = %1"_s.arg(bobCall)), u"rows 0"_s);
    EXPECT_EQ(sql(*a, u"INSERT INTO calls (agent_id, channel, state, started_ms) VALUES (%1, 'phone', 'offered', 1)"_s
                          .arg(bob)),
        u"error 42501"_s);
}

TEST_F(TeamModeTest, ASupervisorSeesTheirTeamAndTheAdministratorEverything)
{
    const std::unique_ptr<Database> a = as(u"alice"_s);
    const std::unique_ptr<Database> b = as(u"bob"_s);
    ASSERT_TRUE(a && b);
    const qint64 aliceCall = workCall(*a, alice, u"north"_s);
    ASSERT_NE(workCall(*b, bob, u"south"_s), 0);

    const std::unique_ptr<Database> s = as(u"sam"_s);
    ASSERT_TRUE(s);
    EXPECT_EQ(sql(*s, u"SELECT count(*) FROM call_facts"_s), u"1"_s);
    EXPECT_EQ(sql(*s, u"SELECT string_agg(DISTINCT agent_id::text, ',') FROM call_facts"_s), QString::number(alice));
    EXPECT_EQ(sql(*s, u"SELECT count(*) FROM notes"_s), u"1"_s);
    EXPECT_EQ(sql(*s, u"SELECT count(*) FROM call_events WHERE call_id = %1"_s.arg(aliceCall)), u"2"_s);
    EXPECT_EQ(sql(*s, u"DELETE FROM call_events"_s), u"error 42501"_s);

    const std::unique_ptr<Database> admin = as(u"ada"_s);
    ASSERT_TRUE(admin);
    EXPECT_EQ(sql(*admin, u"SELECT count(*) FROM call_facts"_s), u"2"_s);
    EXPECT_EQ(sql(*admin, u"SELECT count(*) FROM notes"_s), u"2"_s);
    // Only the administrator may correct the event log.
    EXPECT_EQ(sql(*admin, u"UPDATE call_events SET monotonic_ms = 1 WHERE call_id = %1"_s.arg(aliceCall)), u"rows 2"_s);
    // The owner who migrates is not an administrator: the log stays append-only for it too.
    EXPECT_EQ(sql(db(), u"DELETE FROM call_events"_s), u"error 23001"_s);
}

TEST_F(TeamModeTest, ASupervisorAddsAgentsToTheirOwnTeamsOnly)
{
    const std::unique_ptr<Database> s = as(u"sam"_s);
    ASSERT_TRUE(s);
    const Result<qint64> added
        = TeamAdministration::addPerson(*s, {prefix + u"carla"_s, u"Carla"_s, u"agent"_s, {u"north"_s}}, u"pw-carla"_s);
    CORDIAL_ASSERT_OK(added);
    const Result<qint64> south
        = TeamAdministration::addPerson(*s, {prefix + u"dan"_s, u"Dan"_s, u"agent"_s, {u"south"_s}}, u"pw-dan"_s);
    ASSERT_FALSE(south.ok());
    EXPECT_TRUE(south.error().detail.contains(u"42501"_s)) << south.error().fullText().toStdString();
    const Result<qint64> boss
        = TeamAdministration::addPerson(*s, {prefix + u"eve"_s, u"Eve"_s, u"admin"_s, {}}, u"pw-eve"_s);
    ASSERT_FALSE(boss.ok());
    const std::unique_ptr<Database> a = as(u"alice"_s);
    ASSERT_TRUE(a);
    const Result<qint64> byAgent
        = TeamAdministration::addPerson(*a, {prefix + u"fay"_s, u"Fay"_s, u"agent"_s, {u"north"_s}}, u"pw-fay"_s);
    ASSERT_FALSE(byAgent.ok());
    // Carla signs in with her own password.
    EXPECT_TRUE(connectAs(temp().config(), prefix + u"carla"_s, u"pw-carla"_s).ok());
}

TEST_F(TeamModeTest, WrongPasswordAndRevokedRoleAreRefusedWithClearMessages)
{
    Result<std::unique_ptr<Database>> wrong = connectAs(temp().config(), prefix + u"alice"_s, u"not-it"_s);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, Error::Code::AuthenticationFailed);
    EXPECT_FALSE(wrong.error().message.contains(u"not-it"_s));

    EXPECT_EQ(sql(db(), u"ALTER ROLE %1 NOLOGIN"_s.arg(prefix + u"bob"_s)), u"rows 0"_s);
    Result<std::unique_ptr<Database>> revoked = connectAs(temp().config(), prefix + u"bob"_s, password(u"bob"_s));
    ASSERT_FALSE(revoked.ok());
    EXPECT_EQ(revoked.error().code, Error::Code::AuthenticationFailed);
    EXPECT_TRUE(revoked.error().message.contains(prefix + u"bob"_s)) << revoked.error().message.toStdString();
    EXPECT_TRUE(revoked.error().detail.contains(u"28000"_s)) << revoked.error().detail.toStdString();
}

TEST_F(TeamModeTest, AServerGoneMidSessionIsReportedAsUnreachable)
{
    const std::unique_ptr<Database> a = as(u"alice"_s);
    ASSERT_TRUE(a);
    const QString pid = sql(*a, u"SELECT pg_backend_pid()"_s);
    // Alice's session ends under her, as when the server stops (a role may end its own sessions).
    const std::unique_ptr<Database> other = as(u"alice"_s);
    ASSERT_TRUE(other);
    EXPECT_EQ(sql(*other, u"SELECT pg_terminate_backend(%1, 10000)"_s.arg(pid)), u"true"_s);
    const Result<std::optional<Customer>> read = CustomerRepository(*a).find(customerId);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, Error::Code::ServerUnreachable) << read.error().fullText().toStdString();
}

TEST(TeamModeInit, SetsUpAnEmptyDatabaseWhereAnAgentThenWorks)
{
    TempDatabase empty(Database::Schema::AsIs);
    ASSERT_NE(empty.db(), nullptr) << empty.openError().toStdString();
    ASSERT_EQ(empty.db()->schemaVersion(), 0);
    const QString prefix = empty.config().databaseName + u'_';
    const Result<int> version = TeamAdministration::initialize(
        *empty.db(), {prefix + u"root"_s, u"Root"_s, u"admin"_s, {}}, u"root-pw-1"_s);
    CORDIAL_ASSERT_OK(version);
    EXPECT_EQ(version.value(), Database::latestSchemaVersion());

    Result<std::unique_ptr<Database>> admin = connectAs(empty.config(), prefix + u"root"_s, u"root-pw-1"_s);
    CORDIAL_ASSERT_OK(admin);
    const Result<qint64> agentId = TeamAdministration::addPerson(
        *admin.value(), {prefix + u"gita"_s, u"Gita"_s, u"agent"_s, {u"east"_s}}, u"gita-pw-1"_s);
    CORDIAL_ASSERT_OK(agentId);

    Result<std::unique_ptr<Database>> agent = connectAs(empty.config(), prefix + u"gita"_s, u"gita-pw-1"_s);
    CORDIAL_ASSERT_OK(agent);
    Database& conn = *agent.value();
    Result<std::optional<Agent>> me = AgentRepository(conn).findByLogin(prefix + u"gita"_s);
    CORDIAL_ASSERT_OK(me);
    ASSERT_TRUE(me.value().has_value());
    EXPECT_EQ(me.value()->department, u"east"_s);
    Result<Customer> customer = addTestCustomer(conn, {}, u"Núria"_s, u"Puig"_s, u"+34 600 000 000"_s, u"ca"_s);
    CORDIAL_ASSERT_OK(customer);
    Call call;
    call.customerId = customer.value().id;
    call.agentId = agentId.value();
    call.startedUtc = Started;
    CORDIAL_EXPECT_OK(CallRepository(conn).createCall(call));
    // Demo data and people are the administrator's business.
    const Result<qint64> notAllowed = AgentRepository(conn).insert(Agent {0, u"X"_s, u"x"_s, u"agent"_s, {}});
    ASSERT_FALSE(notAllowed.ok());
    EXPECT_TRUE(notAllowed.error().detail.contains(u"42501"_s));
}

TEST_F(TeamModeTest, AnotherInstanceHearsOfACustomerEditedHere)
{
    // Two instances: Alice's and Bob's programs, each with its own connection and login.
    const std::unique_ptr<Database> a = as(u"alice"_s);
    const std::unique_ptr<Database> b = as(u"bob"_s);
    ASSERT_TRUE(a && b);
    ChangeFeed feed;
    CORDIAL_ASSERT_OK(feed.listen(*b));
    QSignalSpy heard(&feed, &ChangeFeed::changed);

    Result<std::optional<Customer>> card = CustomerRepository(*a).find(customerId);
    CORDIAL_ASSERT_OK(card);
    ASSERT_TRUE(card.value().has_value());
    EXPECT_EQ(sql(*a, u"UPDATE customers SET email = 'lakshmi@example.in' WHERE id = %1"_s.arg(customerId)),
        u"rows 1"_s);

    // Delivered at Alice's commit; the test waits on the notification itself, not on a clock.
    ASSERT_TRUE(heard.wait(10000));
    EXPECT_EQ(heard.first().at(0).toString(), u"customers"_s);
    EXPECT_EQ(heard.first().at(1).toLongLong(), customerId);
    Result<std::optional<Customer>> seen = CustomerRepository(*b).find(customerId);
    CORDIAL_ASSERT_OK(seen);
    EXPECT_EQ(seen.value()->email, u"lakshmi@example.in"_s);
}
