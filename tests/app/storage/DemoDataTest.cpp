#include "StorageTest.h"

#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "demo/DemoData.h"
#include "storage/InteractionRepository.h"
#include "support/FakeClock.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
struct Snapshot
{
    QStringList names;
    QStringList history; ///< "subject@ms/channel" of every interaction
};

Snapshot snapshot(Database& db)
{
    Snapshot s;
    CustomerRepository customers(db);
    InteractionRepository interactions(db);
    Result<CustomerPage> all = customers.search(QString(), std::nullopt, 1000);
    EXPECT_TRUE(all.ok());
    if (!all.ok())
        return s;
    for (const Customer& c : all.value().rows) {
        s.names << c.fullName();
        Result<HistoryPage> page = interactions.fetchPage(c.id, std::nullopt, 1000);
        EXPECT_TRUE(page.ok());
        if (!page.ok())
            continue;
        for (const Interaction& i : page.value().rows) {
            s.history << i.subject + u'@' + QString::number(i.occurredUtc.toMSecsSinceEpoch()) + u'/'
                    + ChannelInfo::key(i.channel);
        }
    }
    return s;
}
} // namespace

class DemoDataTest : public StorageTest
{
protected:
    FakeClock clock;
};

TEST_F(DemoDataTest, FillsAnEmptyDatabaseOnceWithMultilingualCustomers)
{
    Result<bool> first = DemoData::populateIfEmpty(db(), clock);
    CORDIAL_ASSERT_OK(first);
    EXPECT_TRUE(first.value());

    CustomerRepository customers(db());
    Result<qint64> count = customers.count();
    CORDIAL_ASSERT_OK(count);
    EXPECT_GE(count.value(), 35);
    EXPECT_LE(count.value(), 50);

    Result<CustomerPage> all = customers.search(QString(), std::nullopt, 1000);
    CORDIAL_ASSERT_OK(all);
    QSet<QString> languages;
    QSet<Channel> channels;
    InteractionRepository interactions(db());
    const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
    for (const Customer& c : all.value().rows) {
        languages.insert(c.preferredLanguage);
        EXPECT_FALSE(c.salutation.isEmpty());
        EXPECT_FALSE(c.phone.isEmpty());
        Result<HistoryPage> page = interactions.fetchPage(c.id, std::nullopt, 100);
        CORDIAL_ASSERT_OK(page);
        EXPECT_GE(page.value().rows.size(), 3);
        EXPECT_LE(page.value().rows.size(), 16); // with a demo call
        for (const Interaction& i : page.value().rows) {
            channels.insert(i.channel);
            EXPECT_LE(i.occurredUtc.toMSecsSinceEpoch(), now);
            EXPECT_GE(i.occurredUtc.toMSecsSinceEpoch(), now - 366LL * 24 * 3600 * 1000);
            EXPECT_FALSE(i.subject.isEmpty());
            EXPECT_FALSE(i.summary.isEmpty());
        }
    }
    EXPECT_EQ(languages, (QSet<QString> { u"hi"_s, u"te"_s, u"ur"_s, u"ca"_s, u"en"_s }));
    EXPECT_EQ(channels.size(), 6);

    // Names in every script are searchable.
    for (const QString& word : { u"अनीता"_s, u"వెంకట"_s, u"عمران"_s, u"núria"_s, u"smith"_s }) {
        Result<CustomerPage> hit = customers.search(word, std::nullopt, 10);
        CORDIAL_ASSERT_OK(hit);
        EXPECT_EQ(hit.value().rows.size(), 1) << word.toStdString();
    }

    AgentRepository agents(db());
    Result<QList<Agent>> staff = agents.all();
    CORDIAL_ASSERT_OK(staff);
    EXPECT_GE(staff.value().size(), 5);
    Result<QList<TransferTarget>> targets = agents.transferTargets();
    CORDIAL_ASSERT_OK(targets);
    EXPECT_GE(targets.value().size(), 4);

    Result<bool> second = DemoData::populateIfEmpty(db(), clock);
    CORDIAL_ASSERT_OK(second);
    EXPECT_FALSE(second.value());
    Result<qint64> after = customers.count();
    CORDIAL_ASSERT_OK(after);
    EXPECT_EQ(after.value(), count.value());
}

TEST_F(DemoDataTest, IsDeterministic)
{
    CORDIAL_ASSERT_OK(DemoData::populateIfEmpty(db(), clock));
    TempDatabase other;
    if (other.db() == nullptr)
        GTEST_SKIP() << other.openError().toStdString();
    CORDIAL_ASSERT_OK(DemoData::populateIfEmpty(*other.db(), clock));
    const Snapshot a = snapshot(db());
    const Snapshot b = snapshot(*other.db());
    EXPECT_EQ(a.names, b.names);
    EXPECT_EQ(a.history, b.history);
    EXPECT_FALSE(a.history.isEmpty());
}
