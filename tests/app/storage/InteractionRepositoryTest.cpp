#include "StorageTest.h"

#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class InteractionRepositoryTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        Customer c;
        c.givenName = u"زینب"_s;
        c.familyName = u"حسین"_s;
        Result<qint64> id = CustomerRepository(db()).insert(c);
        ASSERT_TRUE(id.ok()) << id.error().fullText().toStdString();
        customerId = id.value();
        repo = std::make_unique<InteractionRepository>(db());
    }

    Interaction make(qint64 ms, Channel channel = Channel::Phone) const
    {
        Interaction i;
        i.customerId = customerId;
        i.channel = channel;
        i.occurredUtc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        i.agentName = u"Aisha"_s;
        i.subject = u"آرڈر ابھی تک نہیں پہنچا"_s;
        return i;
    }

    qint64 customerId = 0;
    std::unique_ptr<InteractionRepository> repo;
};

TEST_F(InteractionRepositoryTest, RoundTripsUrduTextAndEveryChannel)
{
    for (const Channel channel : ChannelInfo::all()) {
        Interaction i = make(1'700'000'000'000 + qint64(channel), channel);
        i.inbound = channel != Channel::Letter;
        i.summary = u"گاہک کا آرڈر پیر تک پہنچنا تھا مگر ابھی تک نہیں آیا۔\nدو دن میں ترسیل کی یقین دہانی کرائی۔"_s;
        CORDIAL_ASSERT_OK(repo->insert(i));
    }
    Result<HistoryPage> page = repo->fetchPage(customerId, std::nullopt, 10);
    CORDIAL_ASSERT_OK(page);
    ASSERT_EQ(page.value().rows.size(), 6);
    EXPECT_FALSE(page.value().next.has_value());
    // Newest first: the channel with the largest offset comes first.
    EXPECT_EQ(page.value().rows.first().channel, Channel::WebForm);
    EXPECT_EQ(page.value().rows.last().channel, Channel::Phone);
    for (const Interaction& row : page.value().rows) {
        EXPECT_EQ(row.customerId, customerId);
        EXPECT_EQ(row.subject, u"آرڈر ابھی تک نہیں پہنچا"_s);
        EXPECT_TRUE(row.summary.endsWith(u"دو دن میں ترسیل کی یقین دہانی کرائی۔"_s));
        EXPECT_EQ(row.inbound, row.channel != Channel::Letter);
        EXPECT_EQ(row.agentName, u"Aisha"_s);
        EXPECT_EQ(row.callId, 0);
        EXPECT_EQ(row.occurredUtc.toMSecsSinceEpoch(), 1'700'000'000'000 + qint64(row.channel));
    }
}

TEST_F(InteractionRepositoryTest, PagesAThousandRowsWithEqualTimesWithoutGapsOrDuplicates)
{
    {
        Transaction tx(db());
        CORDIAL_ASSERT_OK(tx.begin());
        for (int i = 0; i < 1000; ++i) {
            // Ten distinct times, a hundred rows each: the id must break every tie.
            ASSERT_TRUE(repo->insert(make(1'750'000'000'000 + (i % 10) * 1000)).ok());
        }
        CORDIAL_ASSERT_OK(tx.commit());
    }
    QSet<qint64> seen;
    std::optional<HistoryCursor> cursor;
    qint64 lastMs = std::numeric_limits<qint64>::max();
    qint64 lastId = std::numeric_limits<qint64>::max();
    int pages = 0;
    do {
        Result<HistoryPage> page = repo->fetchPage(customerId, cursor, 37);
        CORDIAL_ASSERT_OK(page);
        for (const Interaction& row : page.value().rows) {
            const qint64 ms = row.occurredUtc.toMSecsSinceEpoch();
            EXPECT_TRUE(ms < lastMs || (ms == lastMs && row.id < lastId)) << "out of order at id " << row.id;
            EXPECT_FALSE(seen.contains(row.id));
            seen.insert(row.id);
            lastMs = ms;
            lastId = row.id;
        }
        cursor = page.value().next;
        ++pages;
    } while (cursor && pages < 100);
    EXPECT_EQ(seen.size(), 1000);
    EXPECT_EQ(pages, 28); // 27 full pages of 37 and one of 1
    Result<qint64> count = repo->countForCustomer(customerId);
    CORDIAL_ASSERT_OK(count);
    EXPECT_EQ(count.value(), 1000);
}

TEST_F(InteractionRepositoryTest, KeepsCustomersApart)
{
    Customer other;
    other.givenName = u"Mercè"_s;
    Result<qint64> otherId = CustomerRepository(db()).insert(other);
    CORDIAL_ASSERT_OK(otherId);
    CORDIAL_ASSERT_OK(repo->insert(make(1000)));
    Interaction theirs = make(2000);
    theirs.customerId = otherId.value();
    CORDIAL_ASSERT_OK(repo->insert(theirs));

    Result<HistoryPage> page = repo->fetchPage(customerId, std::nullopt, 10);
    CORDIAL_ASSERT_OK(page);
    ASSERT_EQ(page.value().rows.size(), 1);
    EXPECT_EQ(page.value().rows.first().occurredUtc.toMSecsSinceEpoch(), 1000);
}

TEST_F(InteractionRepositoryTest, RejectsAnUnknownCustomer)
{
    Interaction orphan = make(1000);
    orphan.customerId = 999'999;
    Result<qint64> id = repo->insert(orphan);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, Error::Code::DatabaseQueryFailed);
}

TEST_F(InteractionRepositoryTest, FindsTheEntryOfACall)
{
    Call call;
    call.customerId = customerId;
    call.startedUtc = QDateTime::fromMSecsSinceEpoch(5000, QTimeZone::utc());
    Result<qint64> callId = CallRepository(db()).createCall(call);
    CORDIAL_ASSERT_OK(callId);

    Result<std::optional<Interaction>> none = repo->findForCall(callId.value());
    CORDIAL_ASSERT_OK(none);
    EXPECT_FALSE(none.value().has_value());

    CORDIAL_ASSERT_OK(repo->insert(make(1000)));
    Interaction fromCall = make(5000);
    fromCall.callId = callId.value();
    fromCall.inbound = false;
    Result<qint64> id = repo->insert(fromCall);
    CORDIAL_ASSERT_OK(id);

    Result<std::optional<Interaction>> found = repo->findForCall(callId.value());
    CORDIAL_ASSERT_OK(found);
    ASSERT_TRUE(found.value().has_value());
    EXPECT_EQ(found.value()->id, id.value());
    EXPECT_EQ(found.value()->callId, callId.value());
    EXPECT_EQ(found.value()->customerId, customerId);
    EXPECT_FALSE(found.value()->inbound);
    EXPECT_EQ(found.value()->subject, fromCall.subject);
}

TEST_F(InteractionRepositoryTest, InsertsManyRowsAsInsertWouldAndMasksCardNumbers)
{
    QList<Interaction> rows;
    for (int n = 0; n < 300; ++n) {
        Interaction i = make(1'700'000'000'000 + n, ChannelInfo::all().at(std::size_t(n % 6)));
        i.summary = u"कार्ड 4111 1111 1111 1111 से भुगतान"_s;
        rows << i;
    }
    CORDIAL_ASSERT_OK(repo->insertMany(rows));
    Result<qint64> count = repo->countForCustomer(customerId);
    CORDIAL_ASSERT_OK(count);
    EXPECT_EQ(count.value(), 300);
    Result<HistoryPage> page = repo->fetchPage(customerId, std::nullopt, 1);
    CORDIAL_ASSERT_OK(page);
    ASSERT_EQ(page.value().rows.size(), 1);
    const Interaction& newest = page.value().rows.first();
    EXPECT_EQ(newest.occurredUtc.toMSecsSinceEpoch(), 1'700'000'000'299);
    EXPECT_EQ(newest.channel, ChannelInfo::all().at(299 % 6));
    EXPECT_EQ(newest.subject, u"آرڈر ابھی تک نہیں پہنچا"_s);
    EXPECT_FALSE(newest.summary.contains(u"4111 1111 1111 1111"_s)) << newest.summary.toStdString();
}

TEST_F(InteractionRepositoryTest, InsertsManyRowsOrNoneWhenOneIsRefused)
{
    QList<Interaction> rows { make(1'700'000'000'000), make(1'700'000'000'001) };
    rows[1].customerId = customerId + 999; // no such customer
    EXPECT_FALSE(repo->insertMany(rows).ok());
    Result<qint64> count = repo->countForCustomer(customerId);
    CORDIAL_ASSERT_OK(count);
    EXPECT_EQ(count.value(), 0);
}
