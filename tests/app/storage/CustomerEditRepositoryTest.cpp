#include "StorageTest.h"

#include "storage/AgentRepository.h"
#include "storage/CustomerAuditRepository.h"
#include "storage/CustomerEditRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlStatement.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QDateTime Created(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc());
const QDateTime Edited(QDate(2026, 3, 14), QTime(10, 45), QTimeZone::utc());

Customer sunita()
{
    Customer c;
    c.salutation = u"श्रीमती"_s;
    c.givenName = u"सुनीता"_s;
    c.familyName = u"वर्मा"_s;
    c.phone = u"+91 98480 22338"_s;
    c.email = u"sunita@example.in"_s;
    c.address = u"12 MG Road\nPune"_s;
    c.preferredLanguage = u"hi"_s;
    c.country = u"IN"_s;
    c.tags = {u"VIP"_s};
    return c;
}
} // namespace

class CustomerEditRepositoryTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        Agent agent;
        agent.name = u"Meera"_s;
        agent.login = u"meera"_s;
        agent.role = u"agent"_s;
        Result<qint64> id = AgentRepository(db()).insert(agent);
        CORDIAL_ASSERT_OK(id);
        agentId = id.value();
    }

    QList<CustomerAuditEntry> trail(qint64 customerId)
    {
        Result<QList<CustomerAuditEntry>> list = CustomerAuditRepository(db()).forCustomer(customerId, 100);
        EXPECT_TRUE(list.ok());
        return list ? list.value() : QList<CustomerAuditEntry>();
    }

    qint64 agentId = 0;
};

TEST_F(CustomerEditRepositoryTest, CreateStoresTheCardAndOneCreateRow)
{
    Result<Customer> created = CustomerEditRepository(db()).create(sunita(), agentId, Created);
    CORDIAL_ASSERT_OK(created);
    EXPECT_GT(created.value().id, 0);
    EXPECT_EQ(created.value().familyName, u"वर्मा"_s);
    EXPECT_EQ(created.value().createdUtc, Created);
    const QList<CustomerAuditEntry> rows = trail(created.value().id);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].action, CustomerAuditEntry::Action::Create);
    EXPECT_EQ(rows[0].agentId, agentId);
    EXPECT_EQ(rows[0].agentName, u"Meera"_s);
    EXPECT_EQ(rows[0].changedUtc, Created);
}

TEST_F(CustomerEditRepositoryTest, EditWritesOneAuditRowPerChangedFieldWithWhoWhenOldAndNew)
{
    Result<Customer> created = CustomerEditRepository(db()).create(sunita(), agentId, Created);
    CORDIAL_ASSERT_OK(created);
    Customer edited = created.value();
    edited.familyName = u"शर्मा"_s;
    edited.email = u"sunita.sharma@example.in"_s;
    Result<Customer> saved = CustomerEditRepository(db()).update(edited, agentId, Edited);
    CORDIAL_ASSERT_OK(saved);
    EXPECT_EQ(saved.value().familyName, u"शर्मा"_s);

    const QList<CustomerAuditEntry> rows = trail(edited.id);
    ASSERT_EQ(rows.size(), 3); // two edits, newest first, then the creation
    QMap<QString, CustomerAuditEntry> byField;
    for (const CustomerAuditEntry& e : rows.mid(0, 2)) {
        EXPECT_EQ(e.action, CustomerAuditEntry::Action::Edit);
        EXPECT_EQ(e.agentName, u"Meera"_s);
        EXPECT_EQ(e.changedUtc, Edited);
        byField.insert(e.field, e);
    }
    EXPECT_EQ(byField.value(u"family_name"_s).oldValue, u"वर्मा"_s);
    EXPECT_EQ(byField.value(u"family_name"_s).newValue, u"शर्मा"_s);
    EXPECT_EQ(byField.value(u"email"_s).oldValue, u"sunita@example.in"_s);
    EXPECT_EQ(byField.value(u"email"_s).newValue, u"sunita.sharma@example.in"_s);
    EXPECT_EQ(rows[2].action, CustomerAuditEntry::Action::Create);
}

TEST_F(CustomerEditRepositoryTest, SavingWithoutChangesWritesNoAuditRow)
{
    Result<Customer> created = CustomerEditRepository(db()).create(sunita(), agentId, Created);
    CORDIAL_ASSERT_OK(created);
    CORDIAL_ASSERT_OK(CustomerEditRepository(db()).update(created.value(), agentId, Edited));
    EXPECT_EQ(trail(created.value().id).size(), 1);
}

TEST_F(CustomerEditRepositoryTest, AuditValuesAreMaskedLikeTheCard)
{
    Result<Customer> created = CustomerEditRepository(db()).create(sunita(), agentId, Created);
    CORDIAL_ASSERT_OK(created);
    Customer edited = created.value();
    edited.address = u"card 4111 1111 1111 1111"_s;
    CORDIAL_ASSERT_OK(CustomerEditRepository(db()).update(edited, agentId, Edited));
    const QList<CustomerAuditEntry> rows = trail(edited.id);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows[0].field, u"address"_s);
    EXPECT_FALSE(rows[0].newValue.contains(u"4111 1111 1111 1111"_s)) << rows[0].newValue.toStdString();
}

TEST_F(CustomerEditRepositoryTest, AFailedAuditWriteLeavesTheCardAsItWas)
{
    Result<Customer> created = CustomerEditRepository(db()).create(sunita(), agentId, Created);
    CORDIAL_ASSERT_OK(created);
    // The audit row cannot be written: the change it records must not be stored either.
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
    Customer edited = created.value();
    edited.givenName = u"Sunita"_s;
    edited.phone = u"+91 99999 88888"_s;
    Result<Customer> saved = CustomerEditRepository(db()).update(edited, agentId, Edited);
    ASSERT_FALSE(saved.ok());
    Result<std::optional<Customer>> stored = CustomerRepository(db()).find(edited.id);
    CORDIAL_ASSERT_OK(stored);
    ASSERT_TRUE(stored.value().has_value());
    EXPECT_EQ(stored.value()->givenName, u"सुनीता"_s);
    EXPECT_EQ(stored.value()->phone, u"+91 98480 22338"_s);
    EXPECT_EQ(trail(edited.id).size(), 1);
    // Still found by its old name, not by the new one.
    Result<CustomerPage> page = CustomerRepository(db()).search(u"सुनीता"_s, std::nullopt, 10);
    CORDIAL_ASSERT_OK(page);
    EXPECT_EQ(page.value().rows.size(), 1);
}

TEST_F(CustomerEditRepositoryTest, EditOfACardThatIsGoneIsRefusedAndWritesNothing)
{
    Customer ghost = sunita();
    ghost.id = 4242;
    Result<Customer> saved = CustomerEditRepository(db()).update(ghost, agentId, Edited);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, Error::Code::NotFound);
    EXPECT_FALSE(saved.error().message.isEmpty());
    SqlStatement q(db(), u"SELECT count(*) FROM customer_audit"_s);
    CORDIAL_ASSERT_OK(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.integer(0), 0);
}
