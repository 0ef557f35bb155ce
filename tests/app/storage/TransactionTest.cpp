#include "StorageTest.h"

#include "storage/AgentRepository.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

class TransactionTest : public StorageTest
{
protected:
    int agentCount()
    {
        Result<QList<Agent>> all = AgentRepository(db()).all();
        EXPECT_TRUE(all.ok());
        return all.ok() ? int(all.value().size()) : -1;
    }
};

TEST_F(TransactionTest, RollsBackUnlessCommitted)
{
    {
        Transaction tx(db());
        CORDIAL_ASSERT_OK(tx.begin());
        CORDIAL_ASSERT_OK(AgentRepository(db()).insert(Agent { 0, u"Priya"_s, u"priya"_s, {}, {} }));
    }
    EXPECT_EQ(agentCount(), 0);
    {
        Transaction tx(db());
        CORDIAL_ASSERT_OK(tx.begin());
        CORDIAL_ASSERT_OK(AgentRepository(db()).insert(Agent { 0, u"Priya"_s, u"priya"_s, {}, {} }));
        CORDIAL_ASSERT_OK(tx.commit());
    }
    EXPECT_EQ(agentCount(), 1);
}

TEST_F(TransactionTest, NestedTransactionsAreSavepoints)
{
    AgentRepository agents(db());
    Transaction outer(db());
    CORDIAL_ASSERT_OK(outer.begin());
    CORDIAL_ASSERT_OK(agents.insert(Agent { 0, u"Ravi"_s, u"ravi"_s, {}, {} }));
    {
        Transaction inner(db());
        CORDIAL_ASSERT_OK(inner.begin());
        CORDIAL_ASSERT_OK(agents.insert(Agent { 0, u"Aisha"_s, u"aisha"_s, {}, {} }));
        // Not committed: only the inner insert is undone.
    }
    {
        Transaction inner(db());
        CORDIAL_ASSERT_OK(inner.begin());
        CORDIAL_ASSERT_OK(agents.insert(Agent { 0, u"Jordi"_s, u"jordi"_s, {}, {} }));
        CORDIAL_ASSERT_OK(inner.commit());
    }
    // A failed statement inside a savepoint does not poison the outer transaction.
    {
        Transaction inner(db());
        CORDIAL_ASSERT_OK(inner.begin());
        EXPECT_FALSE(agents.insert(Agent { 0, u"Ravi again"_s, u"ravi"_s, {}, {} }).ok());
    }
    CORDIAL_ASSERT_OK(outer.commit());

    Result<QList<Agent>> all = agents.all();
    CORDIAL_ASSERT_OK(all);
    ASSERT_EQ(all.value().size(), 2);
    EXPECT_EQ(all.value().at(0).name, u"Jordi"_s);
    EXPECT_EQ(all.value().at(1).name, u"Ravi"_s);
}
