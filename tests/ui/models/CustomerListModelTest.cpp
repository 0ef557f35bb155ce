#include "models/CustomerListModel.h"

#include "UiTestSupport.h"
#include "models/ModelRoles.h"
#include "storage/CustomerRepository.h"
#include "support/TempDatabase.h"

#include <QSet>

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
        m_repository = std::make_unique<CustomerRepository>(*m_temp.db());
    }

    static constexpr int CustomerCount = 450;
    TempDatabase m_temp;
    std::unique_ptr<CustomerRepository> m_repository;
};

TEST_F(CustomerListModelTest, PassesTheModelTesterWhileLoadingAndSearching)
{
    CustomerListModel model(*m_repository);
    UiTestSupport::ModelCheck check(&model);
    model.setSearchText({});
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.setSearchText(u"Sharma"_s);
    model.setSearchText(u"nobody-matches-this"_s);
    model.retranslate();
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(u'\n').toStdString();
}

TEST_F(CustomerListModelTest, LoadsOnePageAtATimeUntilTheEnd)
{
    CustomerListModel model(*m_repository);
    model.setSearchText({});
    EXPECT_EQ(model.rowCount(), CustomerListModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));

    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * CustomerListModel::PageSize);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), CustomerCount);
    EXPECT_FALSE(model.canFetchMore({}));

    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(IdRole).toLongLong());
    EXPECT_EQ(ids.size(), CustomerCount) << "keyset pages must neither repeat nor skip rows";
}

TEST_F(CustomerListModelTest, NewSearchTextReplacesTheRows)
{
    CustomerListModel model(*m_repository);
    model.setSearchText(u"Puig"_s);
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_LT(model.rowCount(), CustomerCount);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.customerAt(row)->familyName, u"Puig"_s);

    model.setSearchText(u"خان"_s);
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.customerAt(row)->familyName, u"خان"_s);
}

TEST_F(CustomerListModelTest, ShowsNameAndPhoneColumns)
{
    CustomerListModel model(*m_repository);
    model.setSearchText(u"Rao"_s);
    ASSERT_GT(model.rowCount(), 0);
    const Customer* first = model.customerAt(0);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(model.index(0, CustomerListModel::NameColumn).data().toString(), first->fullName());
    EXPECT_EQ(model.index(0, CustomerListModel::PhoneColumn).data(RawValueRole).toString(), first->phone);
    // Displayed inside a left-to-right isolate so the digits keep their order in Urdu.
    const QString shown = model.index(0, CustomerListModel::PhoneColumn).data().toString();
    EXPECT_EQ(shown, QChar(0x2066) + first->phone + QChar(0x2069));
    EXPECT_EQ(model.headerData(CustomerListModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    EXPECT_EQ(model.customerAt(-1), nullptr);
    EXPECT_EQ(model.customerAt(model.rowCount()), nullptr);
}

} // namespace
