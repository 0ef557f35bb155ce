#include "StorageTest.h"

#include "domain/PhoneKeys.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/SqlStatement.h"

#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The search contract of issue 14, on SQLite and on PostgreSQL: folding in five scripts, word
// rules, e-mail prefix, phone forms from several countries, ranking, paging and merged cards.
namespace {
Customer named(const QString& given, const QString& family, const QString& phone = {}, const QString& country = {})
{
    Customer c;
    c.givenName = given;
    c.familyName = family;
    c.phone = phone;
    c.country = country;
    c.createdUtc = QDateTime(QDate(2025, 11, 3), QTime(8, 15), QTimeZone::utc());
    return c;
}
} // namespace

class CustomerSearchTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        PhoneKeys::setDefaultRegion(QString());
        repo = std::make_unique<CustomerRepository>(db());
    }
    void TearDown() override
    {
        PhoneKeys::setDefaultRegion(PhoneKeys::systemRegion());
        StorageTest::TearDown();
    }

    qint64 add(const Customer& c)
    {
        Result<qint64> id = repo->insert(c);
        EXPECT_TRUE(id.ok()) << id.error().fullText().toStdString();
        return id.ok() ? id.value() : 0;
    }

    /// Full names found for `text`, in rank order.
    QStringList find(const QString& text, int limit = 50)
    {
        Result<CustomerPage> page = repo->search(text, std::nullopt, limit);
        EXPECT_TRUE(page.ok()) << page.error().fullText().toStdString();
        QStringList names;
        if (page.ok()) {
            for (const Customer& c : page.value().rows)
                names << c.fullName();
        }
        return names;
    }

    void contact(qint64 id, qint64 ms)
    {
        Interaction row;
        row.customerId = id;
        row.occurredUtc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        row.subject = u"Call"_s;
        Result<qint64> stored = InteractionRepository(db()).insert(row);
        ASSERT_TRUE(stored.ok()) << stored.error().fullText().toStdString();
    }

    std::unique_ptr<CustomerRepository> repo;
};

TEST_F(CustomerSearchTest, LatinNamesFoldCaseAccentsAndTurkishDottedI)
{
    add(named(u"Núria"_s, u"Puigdomènech"_s));
    add(named(u"Çağrı"_s, u"Çelik"_s));
    add(named(u"İpek"_s, u"Yılmaz"_s));
    EXPECT_EQ(find(u"nuria"_s), QStringList { u"Núria Puigdomènech"_s });
    EXPECT_EQ(find(u"NÚRIA"_s), QStringList { u"Núria Puigdomènech"_s });
    EXPECT_EQ(find(u"Puigdomènech Núria"_s), QStringList { u"Núria Puigdomènech"_s });
    EXPECT_EQ(find(u"puigdomenech nu"_s), QStringList { u"Núria Puigdomènech"_s });
    EXPECT_EQ(find(u"celik"_s), QStringList { u"Çağrı Çelik"_s });
    EXPECT_EQ(find(u"ÇELİK"_s), QStringList { u"Çağrı Çelik"_s });
    EXPECT_EQ(find(u"ipek"_s), QStringList { u"İpek Yılmaz"_s });
    EXPECT_EQ(find(u"İPEK"_s), QStringList { u"İpek Yılmaz"_s });
    EXPECT_EQ(find(u"nuria celik"_s), QStringList {});
}

TEST_F(CustomerSearchTest, ApostrophesHyphensAndTheMiddleDotSeparateWords)
{
    add(named(u"Gal·la"_s, u"Serra"_s));
    add(named(u"Seán"_s, u"O’Brien"_s));
    add(named(u"Oriol"_s, u"Ferrer-Vidal"_s));
    EXPECT_EQ(find(u"galla"_s), QStringList { u"Gal·la Serra"_s });
    EXPECT_EQ(find(u"gal la"_s), QStringList { u"Gal·la Serra"_s });
    EXPECT_EQ(find(u"la serra"_s), QStringList { u"Gal·la Serra"_s });
    EXPECT_EQ(find(u"obrien"_s), QStringList { u"Seán O’Brien"_s });
    EXPECT_EQ(find(u"o'brien"_s), QStringList { u"Seán O’Brien"_s });
    EXPECT_EQ(find(u"brien sean"_s), QStringList { u"Seán O’Brien"_s });
    EXPECT_EQ(find(u"vidal"_s), QStringList { u"Oriol Ferrer-Vidal"_s });
    EXPECT_EQ(find(u"ferrervidal"_s), QStringList { u"Oriol Ferrer-Vidal"_s });
    EXPECT_EQ(find(u"ferrer.vidal"_s), QStringList { u"Oriol Ferrer-Vidal"_s });
}

TEST_F(CustomerSearchTest, DevanagariVowelSignsAreLetters)
{
    add(named(u"राजेश"_s, u"शर्मा"_s));
    add(named(u"राज"_s, u"कुमार"_s));
    EXPECT_EQ(find(u"राजे"_s), QStringList { u"राजेश शर्मा"_s });
    EXPECT_EQ(find(u"राजेश"_s), QStringList { u"राजेश शर्मा"_s });
    EXPECT_EQ(find(u"कुमार राज"_s), QStringList { u"राज कुमार"_s });
    EXPECT_EQ(find(u"शर्मा रा"_s), QStringList { u"राजेश शर्मा"_s });
    // "राज" is a whole word of one and begins the other: the exact name ranks first.
    EXPECT_EQ(find(u"राज"_s), (QStringList { u"राज कुमार"_s, u"राजेश शर्मा"_s }));
}

TEST_F(CustomerSearchTest, TeluguVowelSignsAreLetters)
{
    add(named(u"రవి"_s, u"రెడ్డి"_s));
    add(named(u"రవీంద్ర"_s, u"నాయుడు"_s));
    EXPECT_EQ(find(u"రవీ"_s), QStringList { u"రవీంద్ర నాయుడు"_s });
    EXPECT_EQ(find(u"రవి"_s), QStringList { u"రవి రెడ్డి"_s });
    EXPECT_EQ(find(u"రెడ్డి రవి"_s), QStringList { u"రవి రెడ్డి"_s });
    EXPECT_EQ(find(u"నా రవీం"_s), QStringList { u"రవీంద్ర నాయుడు"_s });
}

TEST_F(CustomerSearchTest, UrduAndArabicIgnoreHarakatSuperscriptAlefAndZwnj)
{
    add(named(u"مُحَمَّد"_s, u"خان"_s));
    add(named(u"عبدالرحمٰن"_s, u"قریشی"_s));
    add(named(u"سیف\u200Cاللہ"_s, u"ملک"_s));
    add(named(u"فاطمہ"_s, u"صدیقی"_s));
    EXPECT_EQ(find(u"محمد"_s), QStringList { u"مُحَمَّد خان"_s });
    EXPECT_EQ(find(u"مُحَمَّد خان"_s), QStringList { u"مُحَمَّد خان"_s });
    EXPECT_EQ(find(u"عبدالرحمن"_s), QStringList { u"عبدالرحمٰن قریشی"_s });
    EXPECT_EQ(find(u"سیفاللہ"_s), QStringList { u"سیف\u200Cاللہ ملک"_s });
    EXPECT_EQ(find(u"سیف\u200Cا"_s), QStringList { u"سیف\u200Cاللہ ملک"_s });
    EXPECT_EQ(find(u"\u200Fصدیقی فا"_s), QStringList { u"فاطمہ صدیقی"_s });
}

TEST_F(CustomerSearchTest, EmailMatchesByPrefix)
{
    Customer c = named(u"Jane"_s, u"Smith"_s);
    c.email = u"Jane.Smith@Example.com"_s;
    add(c);
    add(named(u"Janet"_s, u"Brown"_s));
    EXPECT_EQ(find(u"jane.smith@ex"_s), QStringList { u"Jane Smith"_s });
    EXPECT_EQ(find(u"JANE.SMITH@EXAMPLE.COM"_s), QStringList { u"Jane Smith"_s });
    EXPECT_EQ(find(u"jane.s"_s), QStringList { u"Jane Smith"_s });
    EXPECT_EQ(find(u"jane.smith@other"_s), QStringList {});
}

class CustomerPhoneSearchTest : public CustomerSearchTest
{
protected:
    void SetUp() override
    {
        CustomerSearchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        add(named(u"Venkat"_s, u"Reddy"_s, u"+91 98480 22338"_s));
        add(named(u"Imran"_s, u"Khan"_s, u"0300-1234567"_s, u"PK"_s));
        add(named(u"Bilal"_s, u"Malik"_s, u"0321 7654321"_s)); // no country known
        add(named(u"London"_s, u"Office"_s, u"+44 20 7946 0958"_s));
        add(named(u"Pune"_s, u"Office"_s, u"020 7946 0958"_s, u"IN"_s));
        add(named(u"Jordi"_s, u"Puig"_s, u"0034 612 345 678"_s));
        add(named(u"Jane"_s, u"Doe"_s, u"(212) 555-0142"_s, u"US"_s));
    }
};

TEST_F(CustomerPhoneSearchTest, IndiaAndPakistanInEveryForm)
{
    for (const QString& q : { u"+91 98480 22338"_s, u"+919848022338"_s, u"0091 98480 22338"_s, u"098480 22338"_s,
             u"9848022338"_s, u"919848022338"_s, u"022338"_s, u"848022338"_s, u"+91 98480"_s,
             u"+९१ ९८४८० २२३३८"_s, u"९८४८०२२३३८"_s }) {
        EXPECT_EQ(find(q), QStringList { u"Venkat Reddy"_s }) << q.toStdString();
    }
    for (const QString& q : { u"0300-1234567"_s, u"+92 300 1234567"_s, u"0092 300 1234567"_s, u"923001234567"_s,
             u"1234567"_s, u"٠٣٠٠١٢٣٤٥٦٧"_s, u"۰۳۰۰۱۲۳۴۵۶۷"_s, u"+۹۲ ۳۰۰ ۱۲۳۴۵۶۷"_s }) {
        EXPECT_EQ(find(q), QStringList { u"Imran Khan"_s }) << q.toStdString();
    }
    // Stored without a country: its national number ends the query, or the query ends it.
    for (const QString& q : { u"923217654321"_s, u"0321 7654321"_s, u"+92 321 7654321"_s, u"654321"_s }) {
        EXPECT_EQ(find(q), QStringList { u"Bilal Malik"_s }) << q.toStdString();
    }
}

TEST_F(CustomerPhoneSearchTest, LondonAndPuneWithTheSameNationalDigitsAreDifferentCustomers)
{
    EXPECT_EQ(find(u"+44 20 7946 0958"_s), QStringList { u"London Office"_s });
    EXPECT_EQ(find(u"+44 (0)20 7946 0958"_s), QStringList { u"London Office"_s });
    EXPECT_EQ(find(u"0044 (0)20 7946 0958"_s), QStringList { u"London Office"_s });
    EXPECT_EQ(find(u"+91 20 7946 0958"_s), QStringList { u"Pune Office"_s });
    EXPECT_EQ(find(u"442079460958"_s), QStringList { u"London Office"_s });
    EXPECT_EQ(find(u"912079460958"_s), QStringList { u"Pune Office"_s });
    EXPECT_EQ(find(u"7946 0958"_s).size(), 2);
    Result<std::optional<Customer>> london = repo->findByPhone(u"+442079460958"_s);
    CORDIAL_ASSERT_OK(london);
    ASSERT_TRUE(london.value().has_value());
    EXPECT_EQ(london.value()->givenName, u"London"_s);
    Result<std::optional<Customer>> pune = repo->findByPhone(u"+91 20 7946 0958"_s);
    CORDIAL_ASSERT_OK(pune);
    ASSERT_TRUE(pune.value().has_value());
    EXPECT_EQ(pune.value()->givenName, u"Pune"_s);
}

TEST_F(CustomerPhoneSearchTest, SpainAndTheUnitedStates)
{
    for (const QString& q : { u"+34 612 345 678"_s, u"0034612345678"_s, u"612 345 678"_s, u"345678"_s,
             u"34612345678"_s }) {
        EXPECT_EQ(find(q), QStringList { u"Jordi Puig"_s }) << q.toStdString();
    }
    for (const QString& q : { u"+1 212 555 0142"_s, u"(212) 555-0142"_s, u"2125550142"_s, u"12125550142"_s,
             u"555-0142"_s, u"001 212.555.0142"_s }) {
        EXPECT_EQ(find(q), QStringList { u"Jane Doe"_s }) << q.toStdString();
    }
    EXPECT_EQ(find(u"12345"_s), QStringList {}); // fewer than six digits: not a phone query
    EXPECT_EQ(find(u"+1 999 555 0142"_s), QStringList {});
}

TEST_F(CustomerPhoneSearchTest, ScreenPopUsesTheSameKeys)
{
    for (const QString& number : { u"+923001234567"_s, u"00923001234567"_s, u"03001234567"_s }) {
        Result<std::optional<Customer>> found = repo->findByPhone(number);
        CORDIAL_ASSERT_OK(found);
        ASSERT_TRUE(found.value().has_value()) << number.toStdString();
        EXPECT_EQ(found.value()->givenName, u"Imran"_s);
    }
    Result<std::optional<Customer>> none = repo->findByPhone(u"+91 00000 00000"_s);
    CORDIAL_ASSERT_OK(none);
    EXPECT_FALSE(none.value().has_value());
}

TEST_F(CustomerSearchTest, OtherPhonesAreFoundAndReadBack)
{
    Customer c = named(u"Anita"_s, u"Sharma"_s, u"+91 98110 45210"_s);
    c.otherPhones = QStringList { u"+91 11 2345 6789"_s };
    const qint64 id = add(c);
    EXPECT_EQ(find(u"+91 11 2345 6789"_s), QStringList { u"Anita Sharma"_s });
    Result<std::optional<Customer>> back = repo->find(id);
    CORDIAL_ASSERT_OK(back);
    ASSERT_TRUE(back.value().has_value());
    EXPECT_EQ(back.value()->otherPhones, QStringList { u"+91 11 2345 6789"_s });
    EXPECT_EQ(back.value()->phone, u"+91 98110 45210"_s); // as typed
}

TEST_F(CustomerSearchTest, ExactNamesFirstThenMostRecentContact)
{
    const qint64 old = add(named(u"Pere"_s, u"Vila"_s));
    const qint64 recent = add(named(u"Pere"_s, u"Soler"_s));
    const qint64 prefix = add(named(u"Perea"_s, u"Roca"_s));
    contact(old, 1'700'000'000'000);
    contact(recent, 1'750'000'000'000);
    contact(prefix, 1'760'000'000'000);
    EXPECT_EQ(find(u"pere"_s), (QStringList { u"Pere Soler"_s, u"Pere Vila"_s, u"Perea Roca"_s }));
    EXPECT_EQ(find(u"per"_s), (QStringList { u"Perea Roca"_s, u"Pere Soler"_s, u"Pere Vila"_s }));
    contact(old, 1'770'000'000'000);
    EXPECT_EQ(find(u"pere"_s), (QStringList { u"Pere Vila"_s, u"Pere Soler"_s, u"Perea Roca"_s }));
    // An older contact never moves recency back.
    contact(old, 1'600'000'000'000);
    EXPECT_EQ(find(u"pere"_s).first(), u"Pere Vila"_s);
    Result<std::optional<Customer>> back = repo->find(old);
    CORDIAL_ASSERT_OK(back);
    EXPECT_EQ(back.value()->lastContactUtc.toMSecsSinceEpoch(), 1'770'000'000'000);
}

TEST_F(CustomerSearchTest, MergedCardsNeverAppear)
{
    const qint64 kept = add(named(u"Laia"_s, u"Castells"_s, u"+34 655 111 222"_s));
    const qint64 merged = add(named(u"Laia"_s, u"Castells"_s, u"+34 655 111 222"_s));
    SqlStatement merge(db(), u"UPDATE customers SET merged_into = ? WHERE id = ?"_s);
    merge.bindInt(kept).bindInt(merged);
    CORDIAL_ASSERT_OK(merge.exec());
    EXPECT_EQ(find(u"laia"_s).size(), 1);
    EXPECT_EQ(find(u"laia castells"_s).size(), 1);
    EXPECT_EQ(find(u"+34 655 111 222"_s).size(), 1);
    EXPECT_EQ(find(QString()).size(), 1);
    Result<std::optional<Customer>> popped = repo->findByPhone(u"+34655111222"_s);
    CORDIAL_ASSERT_OK(popped);
    ASSERT_TRUE(popped.value().has_value());
    EXPECT_EQ(popped.value()->id, kept);
}

/// Every plan (fetch, walk, pairs off) gives the same customers in the same order, page by page.
class CustomerSearchPagingTest : public CustomerSearchTest, public ::testing::WithParamInterface<int>
{
protected:
    void SetUp() override
    {
        CustomerSearchTest::SetUp();
        if (GetParam() == 1)
            CustomerRepository::setSearchTuningForTesting(0, 8); // always walk
        else if (GetParam() == 2)
            CustomerRepository::setSearchTuningForTesting(6000, 0); // no pair sources
    }
    void TearDown() override
    {
        CustomerRepository::setSearchTuningForTesting(6000, 8);
        CustomerSearchTest::TearDown();
    }
};

TEST_P(CustomerSearchPagingTest, PagesInRankOrderWithoutGapsOrDuplicates)
{
    constexpr int Many = 60;
    QList<qint64> ids;
    for (int i = 0; i < Many; ++i) {
        const QString given = i % 3 == 0 ? u"Pere"_s : u"Perot"_s;
        ids << add(named(given, (i % 2 ? u"Vila "_s : u"Soler "_s) + QString::number(i)));
    }
    for (int i = 0; i < Many; i += 2)
        contact(ids.at(i), 1'700'000'000'000 + (i % 7) * 1000); // ties on recency, broken by id
    for (const QString& text : { u"pere"_s, u"per v"_s, u"vila per"_s, u"soler pere"_s, QString() }) {
        QList<Customer> all;
        std::optional<CustomerCursor> cursor;
        int pages = 0;
        do {
            Result<CustomerPage> page = repo->search(text, cursor, 7);
            CORDIAL_ASSERT_OK(page);
            all << page.value().rows;
            cursor = page.value().next;
            ++pages;
        } while (cursor && pages < 50);
        Result<CustomerPage> whole = repo->search(text, std::nullopt, 1000);
        CORDIAL_ASSERT_OK(whole);
        ASSERT_EQ(all.size(), whole.value().rows.size()) << text.toStdString();
        QSet<qint64> seen;
        for (qsizetype i = 0; i < all.size(); ++i) {
            EXPECT_EQ(all.at(i).id, whole.value().rows.at(i).id) << text.toStdString() << " row " << i;
            EXPECT_FALSE(seen.contains(all.at(i).id));
            seen.insert(all.at(i).id);
        }
    }
    EXPECT_EQ(find(u"pere"_s, 1000).size(), Many / 3);
    EXPECT_EQ(find(u"per"_s, 1000).size(), Many);
    EXPECT_EQ(find(u"vila per"_s, 1000).size(), Many / 2);
    EXPECT_EQ(find(u"soler pere"_s, 1000).size(), 10);
    EXPECT_EQ(find(u"soler 12 perot"_s, 1000), QStringList {});
    EXPECT_EQ(find(u"soler 12 pere"_s, 1000), QStringList { u"Pere Soler 12"_s });
}

INSTANTIATE_TEST_SUITE_P(Plans, CustomerSearchPagingTest, ::testing::Values(0, 1, 2),
    [](const ::testing::TestParamInfo<int>& plan) {
        return std::string(plan.param == 0 ? "Default" : plan.param == 1 ? "Walk" : "NoPairs");
    });
