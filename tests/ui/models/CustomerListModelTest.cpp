#include "models/CustomerListModel.h"

#include "UiTestSupport.h"
#include "models/ModelRoles.h"
#include "services/CustomerService.h"
#include "storage/DatabaseWorker.h"
#include "support/TempDatabase.h"

#include <QSet>
#include <QSignalSpy>

#include <gmock/gmock.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class CustomerListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_temp.db())
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        ASSERT_TRUE(UiTestSupport::addCustomers(*m_temp.db(), CustomerCount));
        m_reads = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-reads"_s);
        ASSERT_TRUE(m_reads->open());
        m_service = std::make_unique<CustomerService>(*m_reads, *m_reads); // the model only reads
    }

    static constexpr int CustomerCount = 450;
    TempDatabase m_temp;
    std::unique_ptr<DatabaseWorker> m_reads;
    std::unique_ptr<CustomerService> m_service;
};

TEST_F(CustomerListModelTest, PassesTheModelTesterWhileLoadingAndSearching)
{
    CustomerListModel model(*m_service);
    UiTestSupport::ModelCheck check(&model);
    model.setSearchText({});
    ASSERT_TRUE(UiTestSupport::fetchAll(model));
    // Searches that supersede each other before their pages arrive.
    model.setSearchText(u"Sharma"_s);
    model.setSearchText(u"nobody-matches-this"_s);
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    model.setSearchText(u"Sharma"_s);
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    model.retranslate();
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(u'\n').toStdString();
}

TEST_F(CustomerListModelTest, LoadsOnePageAtATimeUntilTheEnd)
{
    CustomerListModel model(*m_service);
    model.setSearchText({});
    EXPECT_EQ(model.rowCount(), 0) << "the page comes from the read worker, through the event loop";
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    EXPECT_EQ(model.rowCount(), CustomerListModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));

    model.fetchMore({});
    EXPECT_FALSE(model.canFetchMore({})) << "one page at a time";
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    EXPECT_EQ(model.rowCount(), 2 * CustomerListModel::PageSize);
    model.fetchMore({});
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    EXPECT_EQ(model.rowCount(), CustomerCount);
    EXPECT_FALSE(model.canFetchMore({}));

    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(IdRole).toLongLong());
    EXPECT_EQ(ids.size(), CustomerCount) << "keyset pages must neither repeat nor skip rows";
}

TEST_F(CustomerListModelTest, NewSearchTextReplacesTheRows)
{
    CustomerListModel model(*m_service);
    model.setSearchText(u"Puig"_s);
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_LT(model.rowCount(), CustomerCount);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.customerAt(row)->familyName, u"Puig"_s);

    model.setSearchText(u"خان"_s);
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.customerAt(row)->familyName, u"خان"_s);
}

TEST_F(CustomerListModelTest, ShowsNameAndPhoneColumns)
{
    CustomerListModel model(*m_service);
    model.setSearchText(u"Rao"_s);
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    ASSERT_GT(model.rowCount(), 0);
    const Customer* first = model.customerAt(0);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(model.index(0, CustomerListModel::NameColumn).data().toString(), first->fullName());
    EXPECT_EQ(model.index(0, CustomerListModel::PhoneColumn).data(RawValueRole).toString(), first->phone);
    // Displayed inside a left-to-right isolate so the digits keep their order in Urdu.
    const QString shown = model.index(0, CustomerListModel::PhoneColumn).data().toString();
    EXPECT_EQ(shown, QChar(0x2066) + first->phone + QChar(0x2069));
    // The screen reader's row: the typed name isolated, the phone number kept left-to-right.
    EXPECT_EQ(model.index(0, CustomerListModel::NameColumn).data(Qt::AccessibleTextRole).toString(),
        QChar(0x2068) + first->fullName() + QChar(0x2069) + u", phone "_s + QChar(0x2066) + first->phone + QChar(0x2069));
    EXPECT_EQ(model.headerData(CustomerListModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    EXPECT_EQ(model.customerAt(-1), nullptr);
    EXPECT_EQ(model.customerAt(model.rowCount()), nullptr);
}

} // namespace

namespace {

/// A customer service whose pages arrive only when the test says so, in the order it chooses.
class MockCustomerService : public ICustomerService
{
public:
    MOCK_METHOD(void, searchPage,
        (const QString& text, const std::optional<CustomerCursor>& after, int limit, const ReadGeneration::Tag& tag,
            QObject* receiver, PageDone done),
        (override));
    MOCK_METHOD(void, countUpTo, (qint64 cap, QObject* receiver, CountDone done), (override));
    MOCK_METHOD(void, find, (qint64 id, QObject* receiver, FoundDone done), (override));
    MOCK_METHOD(void, findByPhone,
        (const QString& phone, const ReadGeneration::Tag& tag, QObject* receiver, FoundDone done), (override));
    MOCK_METHOD(void, create, (const Customer& customer, QObject* receiver, CreatedDone done), (override));
};

struct AskedPage
{
    QString text;
    ReadGeneration::Tag tag;
    ICustomerService::PageDone done;
};

CustomerPage pageOf(const QString& familyName, int rows)
{
    CustomerPage page;
    for (int i = 0; i < rows; ++i) {
        Customer customer;
        customer.id = i + 1;
        customer.givenName = u"Given %1"_s.arg(i);
        customer.familyName = familyName;
        page.rows << customer;
    }
    return page;
}

class CustomerListModelGenerationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        EXPECT_CALL(m_service, searchPage)
            .WillRepeatedly([this](const QString& text, const std::optional<CustomerCursor>&, int,
                                const ReadGeneration::Tag& tag, QObject*, ICustomerService::PageDone done) {
                m_asked.append({text, tag, std::move(done)});
            });
    }

    ::testing::NiceMock<MockCustomerService> m_service;
    QList<AskedPage> m_asked;
};

TEST_F(CustomerListModelGenerationTest, APageOfAnOlderSearchNeverReplacesANewerOne)
{
    CustomerListModel model(m_service);
    UiTestSupport::ModelCheck check(&model);
    model.setSearchText(u"Pu"_s);
    model.setSearchText(u"Puig"_s);
    ASSERT_EQ(m_asked.size(), 2);
    EXPECT_TRUE(m_asked.at(0).tag.stale()) << "the older search is superseded before it runs";
    EXPECT_FALSE(m_asked.at(1).tag.stale());

    // The newer search answers first, then the older one arrives late.
    m_asked[1].done(pageOf(u"Puig"_s, 3));
    m_asked[0].done(pageOf(u"Pujol"_s, 5));
    ASSERT_EQ(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.customerAt(row)->familyName, u"Puig"_s);
    EXPECT_FALSE(model.isLoading());
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(u'\n').toStdString();
}

TEST_F(CustomerListModelGenerationTest, AnErrorOfAnOlderSearchIsNotReported)
{
    CustomerListModel model(m_service);
    QSignalSpy failed(&model, &CustomerListModel::loadFailed);
    model.setSearchText(u"Kh"_s);
    model.setSearchText(u"Khan"_s);
    ASSERT_EQ(m_asked.size(), 2);
    m_asked[0].done(Error {Error::Code::DatabaseLocked, u"locked"_s, {}});
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_TRUE(model.isLoading()) << "the newer search is still on its way";
    m_asked[1].done(pageOf(u"Khan"_s, 2));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_FALSE(model.isLoading());
}

} // namespace
