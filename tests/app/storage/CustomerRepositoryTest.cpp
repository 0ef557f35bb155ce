#include "StorageTest.h"

#include "storage/CustomerRepository.h"
#include "storage/SearchTerms.h"
#include "storage/Transaction.h"

#include <QSet>
#include <limits>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
Customer person(const QString& salutation, const QString& given, const QString& family, const QString& phone,
    const QString& email = {}, const QString& language = {})
{
    Customer c;
    c.salutation = salutation;
    c.givenName = given;
    c.familyName = family;
    c.phone = phone;
    c.email = email;
    c.preferredLanguage = language;
    c.createdUtc = QDateTime(QDate(2025, 11, 3), QTime(8, 15), QTimeZone::utc());
    return c;
}

QStringList givenNames(const CustomerPage& page)
{
    QStringList names;
    for (const Customer& c : page.rows)
        names << c.givenName;
    return names;
}
} // namespace

class CustomerRepositoryTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        repo = std::make_unique<CustomerRepository>(db());
        const QList<Customer> people {
            person(
                u"Sr."_s, u"Jordi"_s, u"Puig i Ferrer"_s, u"+34 612 345 678"_s, u"jordi.puig@example.cat"_s, u"ca"_s),
            person(u"Sr."_s, u"Àlex"_s, u"Martí Casals"_s, u"+34 654 789 123"_s, u"alex.marti@example.cat"_s, u"ca"_s),
            person(u"Sr."_s, u"Oriol"_s, u"Ferrer-Vidal Roca"_s, u"+34 611 223 344"_s, {}, u"ca"_s),
            person(u"श्रीमती"_s, u"अनीता"_s, u"शर्मा"_s, u"+91 98110 45210"_s, u"anita.sharma@example.in"_s, u"hi"_s),
            person(u"శ్రీ"_s, u"వెంకట రమణ"_s, u"రెడ్డి"_s, u"+91 98480 22338"_s, {}, u"te"_s),
            person(u"جناب"_s, u"عمران احمد"_s, u"خان"_s, u"+92 300 1234567"_s, {}, u"ur"_s),
            person(u"Ms."_s, u"Jane"_s, u"Smith"_s, u"+1 555 010 2345"_s, u"Jane.Smith@Example.com"_s, u"en"_s),
        };
        for (const Customer& c : people) {
            Result<qint64> id = repo->insert(c);
            ASSERT_TRUE(id.ok()) << id.error().fullText().toStdString();
            ids << id.value();
        }
    }

    QStringList find(const QString& text)
    {
        Result<CustomerPage> page = repo->search(text, std::nullopt, 50);
        EXPECT_TRUE(page.ok()) << page.error().fullText().toStdString();
        return page.ok() ? givenNames(page.value()) : QStringList();
    }

    std::unique_ptr<CustomerRepository> repo;
    QList<qint64> ids;
};

TEST_F(CustomerRepositoryTest, StoresAndFindsEveryField)
{
    Customer c = person(u"محترمہ"_s, u"فاطمہ"_s, u"صدیقی"_s, u"+92 321 4567890"_s, u"fatima@example.pk"_s, u"ur"_s);
    c.address = u"بلاک 7، گلشنِ اقبال\nکراچی"_s;
    Result<qint64> id = repo->insert(c);
    CORDIAL_ASSERT_OK(id);
    Result<std::optional<Customer>> found = repo->find(id.value());
    CORDIAL_ASSERT_OK(found);
    ASSERT_TRUE(found.value().has_value());
    const Customer& back = *found.value();
    EXPECT_EQ(back.id, id.value());
    EXPECT_EQ(back.salutation, c.salutation);
    EXPECT_EQ(back.givenName, c.givenName);
    EXPECT_EQ(back.familyName, c.familyName);
    EXPECT_EQ(back.phone, c.phone);
    EXPECT_EQ(back.email, c.email);
    EXPECT_EQ(back.address, c.address);
    EXPECT_EQ(back.preferredLanguage, u"ur"_s);
    EXPECT_EQ(back.createdUtc, c.createdUtc);
    EXPECT_EQ(back.formalName(), u"محترمہ صدیقی"_s);
}

TEST_F(CustomerRepositoryTest, FindsNothingForAnUnknownId)
{
    Result<std::optional<Customer>> found = repo->find(987654);
    CORDIAL_ASSERT_OK(found);
    EXPECT_FALSE(found.value().has_value());
}

TEST_F(CustomerRepositoryTest, SearchIgnoresCase)
{
    EXPECT_EQ(find(u"JOR"_s), QStringList { u"Jordi"_s });
    EXPECT_EQ(find(u"jordi"_s), QStringList { u"Jordi"_s });
    EXPECT_EQ(find(u"sMiTh"_s), QStringList { u"Jane"_s });
}

TEST_F(CustomerRepositoryTest, SearchTreatsCatalanAccentsAsOptional)
{
    EXPECT_EQ(find(u"àlex"_s), QStringList { u"Àlex"_s });
    EXPECT_EQ(find(u"ÀLEX"_s), QStringList { u"Àlex"_s });
    EXPECT_EQ(find(u"alex"_s), QStringList { u"Àlex"_s });
    EXPECT_EQ(find(u"MARTÍ"_s), QStringList { u"Àlex"_s });
}

TEST_F(CustomerRepositoryTest, SearchFindsEveryWordOfTheName)
{
    EXPECT_EQ(find(u"ferrer"_s), (QStringList { u"Oriol"_s, u"Jordi"_s })); // "ferrer-vidal roca" < "puig i ferrer"
    EXPECT_EQ(find(u"vidal"_s), QStringList { u"Oriol"_s });
    EXPECT_EQ(find(u"jordi puig"_s), QStringList { u"Jordi"_s });
    EXPECT_EQ(find(u"jordi casals"_s), QStringList {});
}

TEST_F(CustomerRepositoryTest, SearchWorksInHindiTeluguAndUrdu)
{
    EXPECT_EQ(find(u"अनी"_s), QStringList { u"अनीता"_s });
    EXPECT_EQ(find(u"शर्मा"_s), QStringList { u"अनीता"_s });
    EXPECT_EQ(find(u"వెంక"_s), QStringList { u"వెంకట రమణ"_s });
    EXPECT_EQ(find(u"రెడ్డి"_s), QStringList { u"వెంకట రమణ"_s });
    EXPECT_EQ(find(u"عمر"_s), QStringList { u"عمران احمد"_s });
    EXPECT_EQ(find(u"خان"_s), QStringList { u"عمران احمد"_s });
}

TEST_F(CustomerRepositoryTest, SearchFindsPhoneDigitsAndEmail)
{
    EXPECT_EQ(find(u"022338"_s), QStringList { u"వెంకట రమణ"_s });
    EXPECT_EQ(find(u"+91 98480 22"_s), QStringList { u"వెంకట రమణ"_s });
    EXPECT_EQ(find(u"919848022338"_s), QStringList { u"వెంకట రమణ"_s });
    EXPECT_EQ(find(u"345-678"_s), QStringList { u"Jordi"_s });
    EXPECT_EQ(find(u"jordi.puig@"_s), QStringList { u"Jordi"_s });
    EXPECT_EQ(find(u"jane.smith@example"_s), QStringList { u"Jane"_s });
    EXPECT_EQ(find(u"zzz"_s), QStringList {});
}

TEST_F(CustomerRepositoryTest, EmptySearchListsEveryoneMostRecentFirst)
{
    const QStringList all = find(QString());
    ASSERT_EQ(all.size(), ids.size());
    // Nobody contacted yet: the newest card first.
    EXPECT_EQ(all,
        (QStringList { u"Jane"_s, u"عمران احمد"_s, u"వెంకట రమణ"_s, u"अनीता"_s, u"Oriol"_s, u"Àlex"_s, u"Jordi"_s }));
}

TEST_F(CustomerRepositoryTest, PagesThroughSearchResultsWithoutGapsOrDuplicates)
{
    for (int i = 0; i < 23; ++i)
        ASSERT_TRUE(
            repo->insert(person(u"Sr."_s, u"Pere"_s, u"Vila"_s, u"+34 600 000 0%1"_s.arg(i, 2, 10, QChar(u'0')))).ok());
    QSet<qint64> seen;
    std::optional<CustomerCursor> cursor;
    int pages = 0;
    do {
        Result<CustomerPage> page = repo->search(u"pere"_s, cursor, 5);
        CORDIAL_ASSERT_OK(page);
        for (const Customer& c : page.value().rows)
            EXPECT_FALSE(seen.contains(c.id)) << c.id;
        for (const Customer& c : page.value().rows)
            seen.insert(c.id);
        cursor = page.value().next;
        ++pages;
    } while (cursor && pages < 20);
    EXPECT_EQ(seen.size(), 23);
    EXPECT_EQ(pages, 5);
}

/// Runs a test body under each search plan: by id list, walking in order, intersecting words.
class CustomerSearchPlanTest : public CustomerRepositoryTest, public ::testing::WithParamInterface<int>
{
protected:
    void SetUp() override
    {
        CustomerRepositoryTest::SetUp();
        switch (GetParam()) {
        case 0: // defaults: small data always takes the id-list plan
            break;
        case 1:
            CustomerRepository::setSearchTuningForTesting(0, 8);
            break;
        default:
            CustomerRepository::setSearchTuningForTesting(6000, 0);
            break;
        }
    }
    void TearDown() override
    {
        CustomerRepository::setSearchTuningForTesting(6000, 8);
        CustomerRepositoryTest::TearDown();
    }
};

TEST_P(CustomerSearchPlanTest, FindsTheSameCustomersWithEveryPlan)
{
    EXPECT_EQ(find(u"JOR"_s), QStringList { u"Jordi"_s });
    EXPECT_EQ(find(u"ferrer"_s), (QStringList { u"Oriol"_s, u"Jordi"_s }));
    EXPECT_EQ(find(u"jordi puig"_s), QStringList { u"Jordi"_s });
    EXPECT_EQ(find(u"ferrer jordi"_s), QStringList { u"Jordi"_s });
    EXPECT_EQ(find(u"jordi casals"_s), QStringList {});
    EXPECT_EQ(find(u"अनी शर्"_s), QStringList { u"अनीता"_s });
    EXPECT_EQ(find(u"9848022338"_s), QStringList { u"వెంకట రమణ"_s });
}

TEST_P(CustomerSearchPlanTest, PagesThroughACommonNameInOrder)
{
    constexpr int Many = 230;
    {
        Transaction tx(db());
        CORDIAL_ASSERT_OK(tx.begin());
        for (int i = 0; i < Many; ++i) {
            const QString family = (i % 2 ? u"Vila "_s : u"Soler "_s) + QString::number(Many - i);
            ASSERT_TRUE(repo->insert(person(u"Sr."_s, u"Pere"_s, family, {})).ok());
        }
        CORDIAL_ASSERT_OK(tx.commit());
    }
    for (const QString& text : { u"pere"_s, u"pere v"_s }) {
        QSet<qint64> seen;
        qint64 lastId = std::numeric_limits<qint64>::max();
        std::optional<CustomerCursor> cursor;
        int pages = 0;
        do {
            Result<CustomerPage> page = repo->search(text, cursor, 20);
            CORDIAL_ASSERT_OK(page);
            for (const Customer& c : page.value().rows) {
                // Nobody contacted yet and all of one tier: newest card first.
                EXPECT_LT(c.id, lastId);
                lastId = c.id;
                EXPECT_FALSE(seen.contains(c.id));
                seen.insert(c.id);
            }
            cursor = page.value().next;
            ++pages;
        } while (cursor && pages < 50);
        EXPECT_EQ(seen.size(), text == u"pere" ? Many : Many / 2) << text.toStdString();
    }
    Result<CustomerPage> narrow = repo->search(u"pere 199"_s, std::nullopt, 10);
    CORDIAL_ASSERT_OK(narrow);
    ASSERT_EQ(narrow.value().rows.size(), 1);
    EXPECT_EQ(narrow.value().rows.first().familyName, u"Vila 199"_s);
}

INSTANTIATE_TEST_SUITE_P(
    Plans, CustomerSearchPlanTest, ::testing::Values(0, 1, 2), [](const ::testing::TestParamInfo<int>& plan) {
        return std::string(plan.param == 0 ? "Fetch" : plan.param == 1 ? "Walk" : "NoPairs");
    });

TEST_F(CustomerRepositoryTest, UpdateKeepsSearchTermsInStep)
{
    Result<std::optional<Customer>> found = repo->find(ids.first());
    CORDIAL_ASSERT_OK(found);
    Customer c = *found.value();
    c.givenName = u"Núria"_s;
    c.familyName = u"Vilalta Soler"_s;
    c.phone = u"+34 633 210 987"_s;
    c.email = u"nuria.vilalta@example.cat"_s;
    CORDIAL_ASSERT_OK(repo->update(c));
    EXPECT_EQ(find(u"jordi"_s), QStringList {});
    EXPECT_EQ(find(u"NÚRIA"_s), QStringList { u"Núria"_s });
    EXPECT_EQ(find(u"nuria"_s), QStringList { u"Núria"_s });
    EXPECT_EQ(find(u"210 987"_s), QStringList { u"Núria"_s });
    EXPECT_EQ(find(u"612"_s), QStringList {});
}

TEST_F(CustomerRepositoryTest, UpdatingAMissingCustomerIsNotFound)
{
    Customer ghost = person(u"Mr."_s, u"Nobody"_s, u"Here"_s, {});
    ghost.id = 424242;
    const Status status = repo->update(ghost);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::NotFound);
}

TEST_F(CustomerRepositoryTest, FindsByPhoneInAnyNotation)
{
    for (const QString& phone :
        { u"+91 98480 22338"_s, u"+919848022338"_s, u"0091 98480-22338"_s, u"098480 22338"_s, u"98480 22338"_s }) {
        Result<std::optional<Customer>> found = repo->findByPhone(phone);
        CORDIAL_ASSERT_OK(found);
        ASSERT_TRUE(found.value().has_value()) << phone.toStdString();
        EXPECT_EQ(found.value()->familyName, u"రెడ్డి"_s);
    }
    Result<std::optional<Customer>> none = repo->findByPhone(u"+91 00000 00000"_s);
    CORDIAL_ASSERT_OK(none);
    EXPECT_FALSE(none.value().has_value());
    Result<std::optional<Customer>> empty = repo->findByPhone(u"anonymous"_s);
    CORDIAL_ASSERT_OK(empty);
    EXPECT_FALSE(empty.value().has_value());
}

TEST_F(CustomerRepositoryTest, CountsCustomers)
{
    Result<qint64> count = repo->count();
    CORDIAL_ASSERT_OK(count);
    EXPECT_EQ(count.value(), ids.size());
}
