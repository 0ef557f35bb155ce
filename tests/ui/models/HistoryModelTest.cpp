#include "models/HistoryModel.h"

#include "UiTestSupport.h"
#include "models/ModelRoles.h"
#include "storage/CustomerRepository.h"
#include "services/HistoryService.h"
#include "storage/DatabaseWorker.h"
#include "storage/InteractionRepository.h"
#include "support/TempDatabase.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class HistoryModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_temp.db())
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        CustomerRepository customers(*m_temp.db());
        Customer customer;
        customer.givenName = u"عائشہ"_s;
        customer.familyName = u"خان"_s;
        customer.phone = u"+92 21 5555 0101"_s;
        customer.preferredLanguage = u"ur"_s;
        const Result<qint64> id = customers.insert(customer);
        ASSERT_TRUE(id.ok());
        m_customerId = id.value();

        m_repository = std::make_unique<InteractionRepository>(*m_temp.db());
        const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < InteractionCount; ++i) {
            Interaction row;
            row.customerId = m_customerId;
            row.channel = ChannelInfo::all().at(static_cast<std::size_t>(i) % ChannelInfo::all().size());
            row.inbound = i % 2 == 0;
            // Every tenth pair shares a timestamp, so paging must order by id as well.
            row.occurredUtc = start.addSecs(static_cast<qint64>(i / 2) * 3600);
            row.agentName = u"Jonathan"_s;
            row.subject = u"Contact %1"_s.arg(i);
            row.summary = u"آرڈر کے بارے میں سوال %1"_s.arg(i);
            ASSERT_TRUE(m_repository->insert(row).ok());
        }
        m_reads = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-reads"_s);
        ASSERT_TRUE(m_reads->open());
        m_service = std::make_unique<HistoryService>(*m_reads);
    }

    static constexpr int InteractionCount = 450;
    TempDatabase m_temp;
    qint64 m_customerId = 0;
    std::unique_ptr<InteractionRepository> m_repository;
    std::unique_ptr<DatabaseWorker> m_reads;
    std::unique_ptr<HistoryService> m_service;
};

TEST_F(HistoryModelTest, PagesNewestFirstWithoutGapsOrRepeats)
{
    HistoryModel model(*m_service);
    model.setCustomer(m_customerId);
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    EXPECT_EQ(model.rowCount(), HistoryModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    ASSERT_TRUE(UiTestSupport::fetchAll(model));
    ASSERT_EQ(model.rowCount(), InteractionCount);

    QSet<qint64> ids;
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(IdRole).toLongLong());
        const QDateTime when = model.index(row, HistoryModel::WhenColumn).data(RawValueRole).toDateTime();
        if (previous.isValid()) {
            EXPECT_LE(when, previous) << "row " << row;
        }
        previous = when;
    }
    EXPECT_EQ(ids.size(), InteractionCount);
    EXPECT_EQ(model.index(0, HistoryModel::SubjectColumn).data().toString(), u"Contact 449"_s);
}

TEST_F(HistoryModelTest, PassesTheModelTester)
{
    HistoryModel model(*m_service);
    UiTestSupport::ModelCheck check(&model);
    model.setCustomer(m_customerId);
    ASSERT_TRUE(UiTestSupport::fetchAll(model));
    model.retranslate();
    model.setCustomer(0);
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(u'\n').toStdString();
}

TEST_F(HistoryModelTest, FormatsCellsAndKeepsRawValues)
{
    HistoryModel model(*m_service);
    model.setCustomer(m_customerId);
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(model));
    ASSERT_GT(model.rowCount(), 0);
    const Interaction* first = model.interactionAt(0);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(model.index(0, HistoryModel::ChannelColumn).data().toString(), ChannelInfo::displayName(first->channel));
    EXPECT_EQ(model.index(0, HistoryModel::ChannelColumn).data(RawValueRole).toString(), ChannelInfo::key(first->channel));
    EXPECT_EQ(model.index(0, HistoryModel::SubjectColumn).data(Qt::ToolTipRole).toString(), first->summary);
    EXPECT_FALSE(model.index(0, HistoryModel::WhenColumn).data().toString().isEmpty());
    EXPECT_EQ(model.headerData(HistoryModel::WhenColumn, Qt::Horizontal).toString(), u"When"_s);
}

TEST_F(HistoryModelTest, NoCustomerMeansNoRows)
{
    HistoryModel model(*m_service);
    model.setCustomer(0);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

} // namespace
