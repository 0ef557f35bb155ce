#include "StorageTest.h"

#include "storage/AgentRepository.h"
#include "storage/CustomerAuditRepository.h"
#include "storage/CustomerEditRepository.h"
#include "storage/CustomerMergeRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/SqlStatement.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QDateTime Created(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc());
const QDateTime Merged(QDate(2026, 3, 14), QTime(11, 5), QTimeZone::utc());

Customer card(const QString& given, const QString& family, const QString& phone, const QString& email)
{
    Customer c;
    c.givenName = given;
    c.familyName = family;
    c.phone = phone;
    c.email = email;
    c.country = u"PK"_s;
    return c;
}

/// Tables holding a customer's rows directly, with the column that names the customer.
const QStringList OwnedTables {u"calls"_s, u"call_facts"_s, u"interactions"_s, u"notes"_s, u"follow_ups"_s};
} // namespace

class CustomerMergeRepositoryTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        Agent agent;
        agent.name = u"Núria"_s;
        agent.login = u"nuria"_s;
        agent.role = u"agent"_s;
        Result<qint64> id = AgentRepository(db()).insert(agent);
        CORDIAL_ASSERT_OK(id);
        agentId = id.value();
        Result<Customer> a = CustomerEditRepository(db()).create(
            card(u"عمران"_s, u"خان"_s, u"+92 300 1234567"_s, u"imran@example.pk"_s), agentId, Created);
        CORDIAL_ASSERT_OK(a);
        kept = a.value();
        Result<Customer> b = CustomerEditRepository(db()).create(
            card(u"عمران احمد"_s, u"خان"_s, u"0321 7654321"_s, u"imran.khan@example.pk"_s), agentId, Created);
        CORDIAL_ASSERT_OK(b);
        other = b.value();
        addHistory(other.id, 1'770'000'000'000);
        addHistory(kept.id, 1'760'000'000'000);
    }

    void exec(const QString& sql, std::initializer_list<qint64> values)
    {
        SqlStatement q(db(), sql);
        for (const qint64 v : values)
            q.bindInt(v);
        CORDIAL_ASSERT_OK(q.exec());
    }

    /// One of each kind of customer-owned row: a call with its facts and a payment read-back, an
    /// interaction, a note, a follow-up.
    void addHistory(qint64 customerId, qint64 at)
    {
        SqlStatement call = SqlStatement::insert(db(),
            u"INSERT INTO calls (customer_id, agent_id, channel, state, started_ms) VALUES (?, ?, 'phone', 'closed', ?)"_s);
        call.bindInt(customerId).bindInt(agentId).bindInt(at);
        Result<qint64> callId = call.execInsert();
        CORDIAL_ASSERT_OK(callId);
        exec(u"INSERT INTO call_facts (call_id, customer_id, channel, started_ms, ended_ms, disposition) "
             u"VALUES (?, ?, 'phone', ?, ?, 'resolved')"_s,
            {callId.value(), customerId, at, at + 60000});
        exec(u"INSERT INTO payment_read_backs (call_id, last4, at_ms) VALUES (?, '4242', ?)"_s, {callId.value(), at});
        exec(u"INSERT INTO interactions (customer_id, channel, occurred_ms, call_id) VALUES (?, 'phone', ?, ?)"_s,
            {customerId, at, callId.value()});
        exec(u"INSERT INTO notes (customer_id, call_id, updated_ms) VALUES (?, ?, ?)"_s, {customerId, callId.value(), at});
        exec(u"INSERT INTO follow_ups (customer_id, call_id, owner_agent_id, due_ms) VALUES (?, ?, ?, ?)"_s,
            {customerId, callId.value(), agentId, at + 86'400'000});
        exec(u"UPDATE customers SET last_contact_ms = ? WHERE id = ?"_s, {at, customerId});
    }

    qint64 rowsOf(const QString& table, qint64 customerId)
    {
        SqlStatement q(db(), u"SELECT count(*) FROM "_s + table + u" WHERE customer_id = ?"_s);
        q.bindInt(customerId);
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.integer(0) : -1;
    }

    qint64 agentId = 0;
    Customer kept;
    Customer other;
};

TEST_F(CustomerMergeRepositoryTest, MovesEveryCustomerOwnedRowToTheKeptCard)
{
    Customer values = kept;
    values.email = other.email; // chosen from the other card
    Result<Customer> merged = CustomerMergeRepository(db()).merge(values, other.id, agentId, Merged);
    CORDIAL_ASSERT_OK(merged);
    EXPECT_EQ(merged.value().id, kept.id);
    EXPECT_EQ(merged.value().email, u"imran.khan@example.pk"_s);
    for (const QString& table : OwnedTables) {
        EXPECT_EQ(rowsOf(table, other.id), 0) << table.toStdString();
        EXPECT_EQ(rowsOf(table, kept.id), 2) << table.toStdString();
    }
    // Payment read-backs hang on their calls, which moved.
    SqlStatement pay(db(),
        u"SELECT count(*) FROM payment_read_backs p JOIN calls c ON c.id = p.call_id WHERE c.customer_id = ?"_s);
    pay.bindInt(kept.id);
    CORDIAL_ASSERT_OK(pay.exec());
    ASSERT_TRUE(pay.next());
    EXPECT_EQ(pay.integer(0), 2);
    // The kept card was last in touch when the merged one was.
    EXPECT_EQ(merged.value().lastContactUtc.toMSecsSinceEpoch(), 1'770'000'000'000);
    Result<CustomerFollowUps> followUps = FollowUpRepository(db()).openForCustomer(kept.id);
    CORDIAL_ASSERT_OK(followUps);
    EXPECT_EQ(followUps.value().open, 2);
}

TEST_F(CustomerMergeRepositoryTest, LogsTheMergeOnBothCardsAndEachChangedField)
{
    Customer values = kept;
    values.email = other.email;
    CORDIAL_ASSERT_OK(CustomerMergeRepository(db()).merge(values, other.id, agentId, Merged));

    Result<QList<CustomerAuditEntry>> keptTrail = CustomerAuditRepository(db()).forCustomer(kept.id, 50);
    CORDIAL_ASSERT_OK(keptTrail);
    int merges = 0;
    bool emailLogged = false;
    for (const CustomerAuditEntry& e : keptTrail.value()) {
        if (e.action != CustomerAuditEntry::Action::Merge)
            continue;
        ++merges;
        EXPECT_EQ(e.otherCustomerId, other.id);
        EXPECT_EQ(e.agentName, u"Núria"_s);
        EXPECT_EQ(e.changedUtc, Merged);
        if (e.field == u"email") {
            emailLogged = true;
            EXPECT_EQ(e.oldValue, u"imran@example.pk"_s);
            EXPECT_EQ(e.newValue, u"imran.khan@example.pk"_s);
        }
    }
    EXPECT_GE(merges, 2);
    EXPECT_TRUE(emailLogged);

    Result<QList<CustomerAuditEntry>> otherTrail = CustomerAuditRepository(db()).forCustomer(other.id, 50);
    CORDIAL_ASSERT_OK(otherTrail);
    ASSERT_FALSE(otherTrail.value().isEmpty());
    EXPECT_EQ(otherTrail.value().first().action, CustomerAuditEntry::Action::Merge);
    EXPECT_EQ(otherTrail.value().first().otherCustomerId, kept.id);
    EXPECT_EQ(otherTrail.value().first().otherCustomerName, u"عمران خان"_s);
}

TEST_F(CustomerMergeRepositoryTest, TheMergedCardLeavesSearch)
{
    CORDIAL_ASSERT_OK(CustomerMergeRepository(db()).merge(kept, other.id, agentId, Merged));
    // The merged card's number lives on as another phone of the kept card.
    Result<std::optional<Customer>> stored = CustomerRepository(db()).find(kept.id);
    CORDIAL_ASSERT_OK(stored);
    ASSERT_TRUE(stored.value().has_value());
    EXPECT_TRUE(stored.value()->otherPhones.contains(u"0321 7654321"_s));
    Result<CustomerPage> page = CustomerRepository(db()).search(u"احمد"_s, std::nullopt, 10);
    CORDIAL_ASSERT_OK(page);
    EXPECT_TRUE(page.value().rows.isEmpty());
    EXPECT_EQ(rowsOf(u"customer_search_terms"_s, other.id), 0);
    EXPECT_EQ(rowsOf(u"customer_phones"_s, other.id), 0);
    SqlStatement q(db(), u"SELECT merged_into FROM customers WHERE id = ?"_s);
    q.bindInt(other.id);
    CORDIAL_ASSERT_OK(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.integer(0), kept.id);
    // The kept card is still found.
    Result<CustomerPage> keptPage = CustomerRepository(db()).search(u"عمران"_s, std::nullopt, 10);
    CORDIAL_ASSERT_OK(keptPage);
    ASSERT_EQ(keptPage.value().rows.size(), 1);
    EXPECT_EQ(keptPage.value().rows.first().id, kept.id);
}

TEST_F(CustomerMergeRepositoryTest, AMergedCardCannotBeMergedOrEditedAgain)
{
    CORDIAL_ASSERT_OK(CustomerMergeRepository(db()).merge(kept, other.id, agentId, Merged));
    Result<Customer> again = CustomerMergeRepository(db()).merge(kept, other.id, agentId, Merged);
    EXPECT_FALSE(again.ok());
    Customer stale = other;
    stale.givenName = u"Imran"_s;
    Result<Customer> edit = CustomerEditRepository(db()).update(stale, agentId, Merged);
    ASSERT_FALSE(edit.ok());
    EXPECT_FALSE(edit.error().message.isEmpty());
}

TEST_F(CustomerMergeRepositoryTest, AFailedMergeChangesNothing)
{
    if (postgres()) {
        CORDIAL_ASSERT_OK(SqlStatement::run(db(),
            u"CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ "
            u"BEGIN RAISE EXCEPTION 'refused'; END $$"_s));
        CORDIAL_ASSERT_OK(SqlStatement::run(db(),
            u"CREATE TRIGGER refuse_audit BEFORE INSERT ON customer_audit FOR EACH ROW "
            u"EXECUTE FUNCTION refuse_audit()"_s));
    } else {
        CORDIAL_ASSERT_OK(SqlStatement::run(db(),
            u"CREATE TRIGGER refuse_audit BEFORE INSERT ON customer_audit "
            u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    }
    Customer values = kept;
    values.email = other.email;
    EXPECT_FALSE(CustomerMergeRepository(db()).merge(values, other.id, agentId, Merged).ok());
    for (const QString& table : OwnedTables) {
        EXPECT_EQ(rowsOf(table, other.id), 1) << table.toStdString();
        EXPECT_EQ(rowsOf(table, kept.id), 1) << table.toStdString();
    }
    Result<std::optional<Customer>> stored = CustomerRepository(db()).find(kept.id);
    CORDIAL_ASSERT_OK(stored);
    EXPECT_EQ(stored.value()->email, u"imran@example.pk"_s);
    Result<CustomerPage> page = CustomerRepository(db()).search(u"احمد"_s, std::nullopt, 10);
    CORDIAL_ASSERT_OK(page);
    EXPECT_EQ(page.value().rows.size(), 1);
}

TEST_F(CustomerMergeRepositoryTest, ACardIsNotMergedWithItself)
{
    Result<Customer> self = CustomerMergeRepository(db()).merge(kept, kept.id, agentId, Merged);
    ASSERT_FALSE(self.ok());
    EXPECT_FALSE(self.error().message.isEmpty());
}
