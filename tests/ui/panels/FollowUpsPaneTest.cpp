#include "panels/FollowUpsPane.h"

#include "services/FollowUpService.h"

#include "storage/AgentRepository.h"
#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/QueryWatch.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// The real service, except that "mark done" answers only when the test says so, as it chooses.
class HeldFollowUps final : public IFollowUpService
{
public:
    explicit HeldFollowUps(IFollowUpService& real)
        : m_real(real)
    {
    }

    void loadDue(qint64 ownerAgentId, int limit, QObject* receiver, DueDone done) override
    {
        m_real.loadDue(ownerAgentId, limit, receiver, std::move(done));
    }
    void markDone(qint64 followUpId, QObject* receiver, MarkedDone done) override
    {
        held.append({followUpId, receiver, std::move(done)});
    }

    /// Lets the first held write through to the database.
    void store()
    {
        Held first = held.takeFirst();
        m_real.markDone(first.id, first.receiver, std::move(first.done));
    }
    /// Fails the first held write as a locked database would.
    void fail()
    {
        held.takeFirst().done(Error {Error::Code::DatabaseLocked, u"The database is busy. Try again."_s, {}});
    }

    struct Held
    {
        qint64 id;
        QObject* receiver;
        MarkedDone done;
    };
    QList<Held> held;

private:
    IFollowUpService& m_real;
};

class FollowUpsPaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(m_temp.db(), nullptr) << m_temp.openError().toStdString();
        m_calls = std::make_unique<CallRepository>(*m_temp.db());
        m_customers = std::make_unique<CustomerRepository>(*m_temp.db());
        AgentRepository agents(*m_temp.db());
        const Result<qint64> owner = agents.insert(Agent {0, u"Núria Puig"_s, u"npuig"_s, u"agent"_s, {}});
        const Result<qint64> other = agents.insert(Agent {0, u"Anil Rao"_s, u"arao"_s, u"agent"_s, {}});
        ASSERT_TRUE(owner && other);
        m_owner = owner.value();
        m_other = other.value();

        m_aisha = addCustomer(u"عائشہ"_s, u"خان"_s);
        m_jordi = addCustomer(u"Jordi"_s, u"Puig"_s);
        const QDateTime now = m_clock.nowUtc();
        m_tomorrow = addFollowUp(m_aisha, m_owner, now.addDays(1), u"confirm the refund"_s);
        m_lastWeek = addFollowUp(m_jordi, m_owner, now.addDays(-7), u"send the new contract"_s);
        m_yesterday = addFollowUp(m_aisha, m_owner, now.addDays(-1), u"رقم کی واپسی کی تصدیق"_s);
        addFollowUp(m_jordi, m_other, now.addDays(-3), u"someone else's"_s);
        const qint64 done = addFollowUp(m_jordi, m_owner, now.addDays(-2), u"already done"_s);
        ASSERT_TRUE(m_calls->setFollowUpDone(done, true));

        m_reads = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-reads"_s);
        ASSERT_TRUE(m_reads->open());
        m_writes = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-writer"_s);
        ASSERT_TRUE(m_writes->open());
        m_service = std::make_unique<FollowUpService>(*m_reads, *m_writes);
        m_pane = std::make_unique<FollowUpsPane>(*m_service, m_clock);
        m_pane->setCalendarDetails(u"Núria Puig"_s, u"ABC Company"_s);
        m_pane->setOwner(m_owner);
        ASSERT_TRUE(loaded());
    }

    /// The list asked for has arrived from the read worker (through the event loop), and a follow-up
    /// being marked done is stored (or refused).
    bool loaded() const
    {
        return QTest::qWaitFor([this] { return !m_pane->isLoading() && !m_pane->isMarkingDone(); }, 10'000);
    }

    qint64 addCustomer(const QString& given, const QString& family)
    {
        Customer c;
        c.salutation = u"Ms."_s;
        c.givenName = given;
        c.familyName = family;
        c.phone = u"+34 600 000 0%1"_s.arg(given.size());
        const Result<qint64> id = m_customers->insert(c);
        EXPECT_TRUE(id);
        return id ? id.value() : 0;
    }

    qint64 addFollowUp(qint64 customerId, qint64 ownerId, const QDateTime& due, const QString& reason)
    {
        FollowUp f;
        f.customerId = customerId;
        f.ownerAgentId = ownerId;
        f.dueUtc = due;
        f.reason = reason;
        const Result<qint64> id = m_calls->addFollowUp(f);
        EXPECT_TRUE(id) << id.error().fullText().toStdString();
        return id ? id.value() : 0;
    }

    QTableWidget* table() const { return m_pane->findChild<QTableWidget*>(u"followUpsTableWidget"_s); }
    QString cell(int row, int column) const
    {
        const QTableWidgetItem* item = table()->item(row, column);
        return item ? item->text() : QString();
    }

    TempDatabase m_temp;
    FakeClock m_clock;
    std::unique_ptr<CallRepository> m_calls;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<DatabaseWorker> m_reads;
    std::unique_ptr<DatabaseWorker> m_writes;
    std::unique_ptr<FollowUpService> m_service;
    std::unique_ptr<FollowUpsPane> m_pane;
    qint64 m_owner = 0;
    qint64 m_other = 0;
    qint64 m_aisha = 0;
    qint64 m_jordi = 0;
    qint64 m_tomorrow = 0;
    qint64 m_lastWeek = 0;
    qint64 m_yesterday = 0;
};

TEST_F(FollowUpsPaneTest, ListsTheOwnersOpenFollowUpsOverdueFirstAndSaysSo)
{
    ASSERT_NE(table(), nullptr);
    ASSERT_EQ(table()->rowCount(), 3);
    EXPECT_EQ(m_pane->overdueCount(), 2);
    EXPECT_EQ(m_pane->followUps().at(0).id, m_lastWeek);
    EXPECT_EQ(m_pane->followUps().at(1).id, m_yesterday);
    EXPECT_EQ(m_pane->followUps().at(2).id, m_tomorrow);

    EXPECT_TRUE(cell(0, FollowUpsPane::DueColumn).startsWith(u"Overdue"_s)) << cell(0, FollowUpsPane::DueColumn).toStdString();
    EXPECT_TRUE(cell(1, FollowUpsPane::DueColumn).startsWith(u"Overdue"_s)) << cell(1, FollowUpsPane::DueColumn).toStdString();
    EXPECT_FALSE(cell(2, FollowUpsPane::DueColumn).contains(u"Overdue"_s)) << cell(2, FollowUpsPane::DueColumn).toStdString();
    // The date and the time each one run: "9:30 AM" cannot turn into "AM 9:30" in right-to-left text.
    const QDateTime due = m_pane->followUps().at(0).dueUtc.toLocalTime();
    const QString time = QLocale().toString(due, QLocale().timeFormat(QLocale::ShortFormat));
    EXPECT_TRUE(cell(0, FollowUpsPane::DueColumn).contains(QChar(0x2068) + time + QChar(0x2069)))
        << cell(0, FollowUpsPane::DueColumn).toStdString();
    EXPECT_EQ(cell(0, FollowUpsPane::CustomerColumn), u"Jordi Puig"_s);
    EXPECT_EQ(cell(1, FollowUpsPane::CustomerColumn), u"عائشہ خان"_s);
    EXPECT_EQ(cell(1, FollowUpsPane::ReasonColumn), u"رقم کی واپسی کی تصدیق"_s);

    const QString summary = m_pane->findChild<QLabel*>(u"followUpsSummaryLabel"_s)->text();
    EXPECT_TRUE(summary.contains(u"Overdue: 2"_s)) << summary.toStdString();
}

TEST_F(FollowUpsPaneTest, TimePassingMakesAFollowUpOverdueOnReload)
{
    m_clock.advance(std::chrono::hours(25));
    m_pane->reload();
    ASSERT_TRUE(loaded());
    EXPECT_EQ(m_pane->overdueCount(), 3);
    EXPECT_TRUE(cell(2, FollowUpsPane::DueColumn).startsWith(u"Overdue"_s));
}

TEST_F(FollowUpsPaneTest, MarkDoneRemovesItFromTheList)
{
    QSignalSpy changed(m_pane.get(), &FollowUpsPane::followUpsChanged);
    table()->selectRow(0);
    auto* done = m_pane->findChild<QPushButton*>(u"markFollowUpDonePushButton"_s);
    ASSERT_NE(done, nullptr);
    ASSERT_TRUE(done->isEnabled());
    QueryWatch::forbid(QThread::currentThread());
    QTest::mouseClick(done, Qt::LeftButton);
    const bool reloaded = loaded(); // stored on the writer, then the list read again
    const int violations = QueryWatch::violations();
    QueryWatch::forbid(nullptr);
    ASSERT_TRUE(reloaded);
    EXPECT_EQ(violations, 0) << "nothing waited on the database on the GUI thread";

    ASSERT_EQ(table()->rowCount(), 2);
    EXPECT_EQ(table()->currentRow(), 0) << "the next follow-up takes the done one's place";
    EXPECT_EQ(m_pane->followUps().at(0).id, m_yesterday);
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.last().at(0).toInt(), 2);
    EXPECT_EQ(changed.last().at(1).toInt(), 1);
    const Result<QList<FollowUp>> stored = m_calls->dueFollowUps(m_owner, 10);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value().size(), 2);
}

TEST_F(FollowUpsPaneTest, ExportsAnIcsFileForTheSelectedFollowUp)
{
    const QTemporaryDir dir;
    QString suggested;
    m_pane->setFileChooser([&](const QString& proposal) {
        suggested = proposal;
        return dir.filePath(u"exported"_s); // the extension is added
    });
    table()->selectRow(2);
    auto* exportButton = m_pane->findChild<QPushButton*>(u"exportFollowUpPushButton"_s);
    ASSERT_NE(exportButton, nullptr);
    QTest::mouseClick(exportButton, Qt::LeftButton);

    EXPECT_TRUE(suggested.endsWith(u"followup-%1.ics"_s.arg(m_tomorrow))) << suggested.toStdString();
    QFile file(dir.filePath(u"exported.ics"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll().replace("\r\n ", ""); // unfolded (RFC 5545 3.1)
    EXPECT_FALSE(ics.isEmpty());
    EXPECT_TRUE(ics.contains("BEGIN:VEVENT")) << ics.constData();
    EXPECT_TRUE(ics.contains("confirm the refund")) << ics.constData();
    const QString status = m_pane->findChild<QLabel*>(u"followUpsStatusLabel"_s)->text();
    EXPECT_TRUE(status.contains(u"exported.ics"_s)) << status.toStdString();
    // The path is one left-to-right run: its leading "/" stays in front in right-to-left text too.
    EXPECT_TRUE(status.contains(QChar(0x2066) + QDir::toNativeSeparators(dir.filePath(u"exported.ics"_s)) + QChar(0x2069)))
        << status.toStdString();
}

TEST_F(FollowUpsPaneTest, AnUnwritablePathGivesAMessage)
{
    m_pane->setFileChooser([](const QString&) { return u"/nonexistent-dir/sub/followup.ics"_s; });
    table()->selectRow(0);
    m_pane->exportSelected();
    const auto* status = m_pane->findChild<QLabel*>(u"followUpsStatusLabel"_s);
    EXPECT_FALSE(status->isHidden());
    EXPECT_TRUE(status->text().contains(u"Cannot save"_s)) << status->text().toStdString();
}

TEST_F(FollowUpsPaneTest, CancellingTheSaveDialogWritesNothing)
{
    bool asked = false;
    m_pane->setFileChooser([&asked](const QString&) {
        asked = true;
        return QString();
    });
    table()->selectRow(0);
    m_pane->exportSelected();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(m_pane->findChild<QLabel*>(u"followUpsStatusLabel"_s)->isHidden());
}

TEST_F(FollowUpsPaneTest, NoOwnerMeansAnEmptyListAndDisabledButtons)
{
    m_pane->setOwner(0);
    EXPECT_EQ(table()->rowCount(), 0);
    EXPECT_FALSE(m_pane->findChild<QPushButton*>(u"markFollowUpDonePushButton"_s)->isEnabled());
    EXPECT_FALSE(m_pane->findChild<QPushButton*>(u"exportFollowUpPushButton"_s)->isEnabled());
    EXPECT_TRUE(m_pane->findChild<QLabel*>(u"followUpsSummaryLabel"_s)->text().contains(u"No follow-ups"_s));
}

TEST_F(FollowUpsPaneTest, AReloadArrivesThroughTheEventLoopWithTheCustomersJoined)
{
    QSignalSpy changed(m_pane.get(), &FollowUpsPane::followUpsChanged);
    FollowUp f;
    f.customerId = m_aisha;
    f.ownerAgentId = m_owner;
    f.dueUtc = m_clock.nowUtc().addDays(2);
    f.reason = u"call back about the parcel"_s;
    ASSERT_TRUE(m_calls->addFollowUp(f));
    m_pane->reload();
    m_pane->reload(); // superseded: only the newer answer is shown
    EXPECT_TRUE(m_pane->isLoading());
    EXPECT_EQ(table()->rowCount(), 3) << "the rows change only when the answer arrives";
    EXPECT_TRUE(changed.isEmpty());

    ASSERT_TRUE(changed.wait(10'000) || !changed.isEmpty());
    ASSERT_TRUE(loaded());
    EXPECT_EQ(changed.size(), 1) << "the superseded reload is dropped";
    ASSERT_EQ(table()->rowCount(), 4);
    EXPECT_EQ(cell(3, FollowUpsPane::CustomerColumn), u"عائشہ خان"_s);
    EXPECT_EQ(cell(3, FollowUpsPane::ReasonColumn), u"call back about the parcel"_s);
}

TEST_F(FollowUpsPaneTest, AFollowUpShowsDoneOnlyOnceItIsStored)
{
    HeldFollowUps held(*m_service);
    FollowUpsPane pane(held, m_clock);
    pane.setOwner(m_owner);
    ASSERT_TRUE(QTest::qWaitFor([&pane] { return !pane.isLoading(); }, 10'000));
    auto* view = pane.findChild<QTableWidget*>(u"followUpsTableWidget"_s);
    auto* done = pane.findChild<QPushButton*>(u"markFollowUpDonePushButton"_s);
    const auto* status = pane.findChild<QLabel*>(u"followUpsStatusLabel"_s);
    ASSERT_EQ(view->rowCount(), 3);
    view->selectRow(0);

    // Asked, not yet stored: the row stays and the button waits (no second write of the same row).
    pane.markSelectedDone();
    ASSERT_EQ(held.held.size(), 1);
    EXPECT_EQ(held.held.first().id, m_lastWeek);
    EXPECT_TRUE(pane.isMarkingDone());
    EXPECT_EQ(view->rowCount(), 3);
    EXPECT_FALSE(done->isEnabled());
    pane.markSelectedDone();
    EXPECT_EQ(held.held.size(), 1);

    // Refused: still listed, and the agent is told why.
    held.fail();
    EXPECT_FALSE(pane.isMarkingDone());
    EXPECT_EQ(view->rowCount(), 3);
    EXPECT_EQ(pane.followUps().at(0).id, m_lastWeek);
    EXPECT_FALSE(status->isHidden());
    EXPECT_EQ(status->text(), u"The database is busy. Try again."_s);
    EXPECT_TRUE(done->isEnabled());
    EXPECT_EQ(m_calls->dueFollowUps(m_owner, 10).value().size(), 3);

    // Again, and stored: only now does the row go.
    pane.markSelectedDone();
    ASSERT_EQ(held.held.size(), 1);
    EXPECT_EQ(view->rowCount(), 3);
    held.store();
    ASSERT_TRUE(QTest::qWaitFor([&pane] { return !pane.isMarkingDone() && !pane.isLoading(); }, 10'000));
    EXPECT_EQ(view->rowCount(), 2);
    EXPECT_EQ(pane.followUps().at(0).id, m_yesterday);
    EXPECT_TRUE(status->text().contains(u"Jordi Puig"_s)) << status->text().toStdString();
    EXPECT_EQ(m_calls->dueFollowUps(m_owner, 10).value().size(), 2);
}

} // namespace
