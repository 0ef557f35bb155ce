// The history pane (issue 14, F10): channel and text filters run as new queries on the read worker, a
// call's entry expands by keyboard or mouse to its timeline, read once when first expanded, never while
// scrolling; every control is named for a screen reader; in both directions.
#include "panels/HistoryPane.h"

#include "UiTestSupport.h"
#include "models/HistoryModel.h"
#include "models/ModelRoles.h"
#include "services/HistoryService.h"
#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/InteractionRepository.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The real service, counting the timelines asked for.
class CountingHistory final : public IHistoryService
{
public:
    explicit CountingHistory(IHistoryService& real)
        : m_real(real)
    {
    }
    void fetchPage(qint64 customerId, const HistoryFilter& filter, const std::optional<HistoryCursor>& after,
        int limit, const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) override
    {
        m_real.fetchPage(customerId, filter, after, limit, tag, receiver, std::move(done));
    }
    void fetchTimeline(qint64 callId, const ReadGeneration::Tag& tag, QObject* receiver, TimelineDone done) override
    {
        ++timelines;
        m_real.fetchTimeline(callId, tag, receiver, std::move(done));
    }
    int timelines = 0;

private:
    IHistoryService& m_real;
};

class HistoryPaneTest : public ::testing::TestWithParam<Qt::LayoutDirection>
{
protected:
    void SetUp() override
    {
        QApplication::setLayoutDirection(GetParam());
        if (!m_temp.db())
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        Database& db = *m_temp.db();
        Customer customer;
        customer.givenName = u"अनीता"_s;
        customer.familyName = u"शर्मा"_s;
        const Result<qint64> id = CustomerRepository(db).insert(customer);
        ASSERT_TRUE(id.ok());
        m_customerId = id.value();

        InteractionRepository interactions(db);
        const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), QTimeZone::utc());
        for (int i = 0; i < EntryCount; ++i) {
            Interaction row;
            row.customerId = m_customerId;
            row.channel = ChannelInfo::all().at(static_cast<std::size_t>(i) % ChannelInfo::all().size());
            row.occurredUtc = start.addSecs(qint64(i) * 3600);
            row.subject = i % 10 == 0 ? u"Núria: rebut duplicat %1"_s.arg(i) : u"Contact %1"_s.arg(i);
            ASSERT_TRUE(interactions.insert(row).ok());
        }
        addCall(db, start.addSecs(qint64(EntryCount) * 3600));

        m_reads = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-reads"_s);
        ASSERT_TRUE(m_reads->open());
        m_service = std::make_unique<HistoryService>(*m_reads);
        m_counting = std::make_unique<CountingHistory>(*m_service);
        m_pane = std::make_unique<HistoryPane>(*m_counting);
        m_pane->resize(900, 600);
        m_pane->show();
        m_pane->setCustomer(m_customerId);
        ASSERT_TRUE(UiTestSupport::waitUntilLoaded(*model()));
    }

    void TearDown() override
    {
        m_pane.reset();
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    /// The newest entry: a closed call with a long hold, a transfer and a script step.
    void addCall(Database& db, const QDateTime& started)
    {
        CallRepository calls(db);
        Call call;
        call.customerId = m_customerId;
        call.channel = Channel::Phone;
        call.state = CallState::Active;
        call.startedUtc = started;
        const Result<qint64> callId = calls.createCall(call);
        ASSERT_TRUE(callId.ok());
        call.id = callId.value();
        const auto event = [&](qint64 offsetMs, CallEventPayload payload) {
            CallEvent e;
            e.atUtc = started.addMSecs(offsetMs);
            e.monotonicMs = offsetMs;
            e.payload = std::move(payload);
            return e;
        };
        QList<CallEvent> events = {
            event(0, CallEvents::Offered {Channel::Phone, false}),
            event(5'000, CallEvents::Answered {5'000}),
            event(20'000, CallEvents::HoldStarted {HoldReason::Hold}),
            event(95'000, CallEvents::HoldEnded {HoldReason::Hold, 75'000, 1, true}),
            event(100'000, CallEvents::ColdTransfer {1, u"Billing"_s, u"department"_s}),
            event(101'000, CallEvents::TransferConnected {}),
            event(110'000, CallEvents::Closed {Disposition::Resolved, false, false}),
        };
        call.state = CallState::Closed;
        call.endedUtc = started.addSecs(110);
        call.disposition = Disposition::Resolved;
        Interaction entry;
        entry.customerId = m_customerId;
        entry.occurredUtc = started;
        entry.subject = u"दोहरे भुगतान की वापसी"_s;
        entry.summary = entry.subject;
        ASSERT_TRUE(calls.closeCall(call, events, entry).ok());
    }

    HistoryModel* model() const { return m_pane->model(); }
    QTreeView* view() const { return m_pane->view(); }
    QModelIndex callEntry() const { return model()->index(0, 0); }

    bool waitForTimeline() const
    {
        return QTest::qWaitFor([this] { return model()->rowCount(callEntry()) > 0; }, 10'000);
    }

    static constexpr int EntryCount = 450;
    TempDatabase m_temp;
    qint64 m_customerId = 0;
    std::unique_ptr<DatabaseWorker> m_reads;
    std::unique_ptr<HistoryService> m_service;
    std::unique_ptr<CountingHistory> m_counting;
    std::unique_ptr<HistoryPane> m_pane;
};

} // namespace

TEST_P(HistoryPaneTest, FiltersByChannelAndByWordsAsNewQueries)
{
    QComboBox* channels = m_pane->channelFilter();
    ASSERT_EQ(channels->count(), 7);
    EXPECT_EQ(channels->currentIndex(), 0);
    channels->setFocus();
    // The keyboard picks the channel: e-mail is the fifth after "All channels".
    channels->setCurrentIndex(channels->findData(ChannelInfo::key(Channel::Email)));
    Q_EMIT channels->activated(channels->currentIndex());
    ASSERT_TRUE(UiTestSupport::fetchAll(*model()));
    EXPECT_EQ(model()->rowCount(), EntryCount / 6);
    for (int row = 0; row < model()->rowCount(); ++row)
        EXPECT_EQ(model()->interactionAt(row)->channel, Channel::Email) << row;

    // Words, typed: nothing is read before the pause or Enter; then only matches, any case and accent.
    channels->setCurrentIndex(0);
    Q_EMIT channels->activated(0);
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(*model()));
    QTest::keyClicks(m_pane->textFilter(), u"NURIA"_s);
    EXPECT_TRUE(m_pane->model()->filter().text.isEmpty());
    QTest::keyClick(m_pane->textFilter(), Qt::Key_Return);
    EXPECT_EQ(m_pane->model()->filter().text, u"NURIA"_s);
    ASSERT_TRUE(UiTestSupport::fetchAll(*model()));
    EXPECT_EQ(model()->rowCount(), EntryCount / 10);
    // The clear button empties the filter at once.
    m_pane->textFilter()->clear();
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(*model()));
    EXPECT_TRUE(m_pane->model()->filter().text.isEmpty());
    EXPECT_GE(model()->rowCount(), HistoryModel::PageSize);

    // Nothing matches: the pane says so.
    m_pane->textFilter()->setText(u"no such words anywhere"_s);
    m_pane->applyFilterNow();
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(*model()));
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_FALSE(view()->accessibleDescription().isEmpty());
}

TEST_P(HistoryPaneTest, ACallExpandsToItsTimelineByKeyboardReadOnceAndNeverWhileScrolling)
{
    ASSERT_TRUE(UiTestSupport::fetchAll(*model()));
    EXPECT_EQ(model()->rowCount(), EntryCount + 1);
    EXPECT_EQ(m_counting->timelines, 0) << "no timeline is read while scrolling";
    EXPECT_TRUE(model()->hasChildren(callEntry()));
    EXPECT_FALSE(model()->hasChildren(model()->index(1, 0)));

    view()->setFocus();
    view()->setCurrentIndex(callEntry());
    // Right (Left in a right-to-left view) expands.
    QTest::keyClick(view(), GetParam() == Qt::RightToLeft ? Qt::Key_Left : Qt::Key_Right);
    EXPECT_TRUE(view()->isExpanded(callEntry()));
    ASSERT_TRUE(waitForTimeline());
    EXPECT_EQ(m_counting->timelines, 1);

    QStringList lines;
    for (int row = 0; row < model()->rowCount(callEntry()); ++row)
        lines << model()->index(row, 0, callEntry()).data().toString();
    const QString all = lines.join(u'\n');
    EXPECT_TRUE(all.contains(u"On hold for 1:15, a minute or more"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"Apologised for the wait"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"Cold transfer to"_s)) << all.toStdString();
    EXPECT_TRUE(view()->isFirstColumnSpanned(0, callEntry()));
    // The details below hold the whole timeline too.
    EXPECT_TRUE(m_pane->detailView()->toPlainText().contains(u"Billing"_s));

    // "-" closes it, "+" opens it again, Enter toggles: the timeline is read only once.
    QTest::keyClick(view(), Qt::Key_Minus);
    EXPECT_FALSE(view()->isExpanded(callEntry()));
    QTest::keyClick(view(), Qt::Key_Plus);
    EXPECT_TRUE(view()->isExpanded(callEntry()));
    QTest::keyClick(view(), Qt::Key_Return);
    EXPECT_FALSE(view()->isExpanded(callEntry()));
    QTest::keyClick(view(), Qt::Key_Return);
    EXPECT_TRUE(view()->isExpanded(callEntry()));
    EXPECT_EQ(m_counting->timelines, 1);

    // An entry that is no call does not expand.
    view()->setCurrentIndex(model()->index(1, 0));
    QTest::keyClick(view(), Qt::Key_Return);
    EXPECT_FALSE(view()->isExpanded(model()->index(1, 0)));

    UiTestSupport::ModelCheck check(model());
    model()->retranslate();
    m_pane->textFilter()->setText(u"भुगतान"_s);
    m_pane->applyFilterNow();
    ASSERT_TRUE(UiTestSupport::waitUntilLoaded(*model()));
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_TRUE(check.problems().isEmpty()) << check.problems().join(u'\n').toStdString();
}

TEST_P(HistoryPaneTest, EveryControlHasANameAndTheTabOrderGoesFiltersFirst)
{
    EXPECT_FALSE(m_pane->channelFilter()->accessibleName().isEmpty());
    EXPECT_FALSE(m_pane->textFilter()->accessibleName().isEmpty());
    EXPECT_FALSE(m_pane->textFilter()->placeholderText().isEmpty());
    EXPECT_FALSE(view()->accessibleName().isEmpty());
    EXPECT_FALSE(m_pane->detailView()->accessibleName().isEmpty());
    EXPECT_EQ(m_pane->channelFilter()->nextInFocusChain(), m_pane->textFilter());
    EXPECT_EQ(m_pane->channelFilter()->itemText(0), u"All channels"_s);
    for (const Channel channel : ChannelInfo::all())
        EXPECT_GE(m_pane->channelFilter()->findText(ChannelInfo::displayName(channel)), 1);
}

INSTANTIATE_TEST_SUITE_P(BothDirections, HistoryPaneTest, ::testing::Values(Qt::LeftToRight, Qt::RightToLeft),
    [](const ::testing::TestParamInfo<Qt::LayoutDirection>& direction) {
        return std::string(direction.param == Qt::LeftToRight ? "LeftToRight" : "RightToLeft");
    });
