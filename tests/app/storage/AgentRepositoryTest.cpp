#include "StorageTest.h"

#include "storage/AgentRepository.h"

using namespace Qt::StringLiterals;

class AgentRepositoryTest : public StorageTest
{
};

TEST_F(AgentRepositoryTest, StoresAgentsAndFindsThemByLogin)
{
    AgentRepository repo(db());
    Result<qint64> priya = repo.insert(Agent { 0, u"Priya"_s, u"priya"_s, u"agent"_s, u"ग्राहक सेवा"_s });
    CORDIAL_ASSERT_OK(priya);
    CORDIAL_ASSERT_OK(repo.insert(Agent { 0, u"Jonathan"_s, u"jonathan"_s, u"supervisor"_s, u"Customer service"_s }));

    Result<std::optional<Agent>> found = repo.findByLogin(u"priya"_s);
    CORDIAL_ASSERT_OK(found);
    ASSERT_TRUE(found.value().has_value());
    EXPECT_EQ(found.value()->id, priya.value());
    EXPECT_EQ(found.value()->name, u"Priya"_s);
    EXPECT_EQ(found.value()->role, u"agent"_s);
    EXPECT_EQ(found.value()->department, u"ग्राहक सेवा"_s);

    Result<std::optional<Agent>> missing = repo.findByLogin(u"nobody"_s);
    CORDIAL_ASSERT_OK(missing);
    EXPECT_FALSE(missing.value().has_value());

    Result<QList<Agent>> all = repo.all();
    CORDIAL_ASSERT_OK(all);
    ASSERT_EQ(all.value().size(), 2);
    EXPECT_EQ(all.value().at(0).name, u"Jonathan"_s);
    EXPECT_EQ(all.value().at(1).name, u"Priya"_s);
}

TEST_F(AgentRepositoryTest, RefusesADuplicateLogin)
{
    AgentRepository repo(db());
    CORDIAL_ASSERT_OK(repo.insert(Agent { 0, u"Ravi"_s, u"ravi"_s, u"agent"_s, {} }));
    Result<qint64> again = repo.insert(Agent { 0, u"Ravi Kumar"_s, u"ravi"_s, u"agent"_s, {} });
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::DatabaseQueryFailed);
    EXPECT_FALSE(again.error().message.isEmpty());
    // The connection is still usable afterwards.
    CORDIAL_EXPECT_OK(repo.all());
}

TEST_F(AgentRepositoryTest, StoresTransferTargetsInOrder)
{
    AgentRepository repo(db());
    CORDIAL_ASSERT_OK(repo.insertTransferTarget(TransferTarget { 0, u"Billing"_s, u"department"_s, u"2001"_s }));
    CORDIAL_ASSERT_OK(repo.insertTransferTarget(TransferTarget { 0, u"Sunita Rao"_s, u"manager"_s, u"2100"_s }));
    Result<QList<TransferTarget>> targets = repo.transferTargets();
    CORDIAL_ASSERT_OK(targets);
    ASSERT_EQ(targets.value().size(), 2);
    EXPECT_EQ(targets.value().at(0).name, u"Billing"_s);
    EXPECT_EQ(targets.value().at(0).kind, u"department"_s);
    EXPECT_EQ(targets.value().at(1).kind, u"manager"_s);
    EXPECT_EQ(targets.value().at(1).extension, u"2100"_s);
    EXPECT_GT(targets.value().at(1).id, targets.value().at(0).id);
}
