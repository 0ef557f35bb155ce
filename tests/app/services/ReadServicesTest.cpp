#include "services/AgentDirectory.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/ReadGeneration.h"
#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/QueryWatch.h"
#include "storage/SqlStatement.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"
#include "support/TempDatabase.h"

#include <QObject>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

class ReadServicesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_temp.db())
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        CustomerRepository customers(*m_temp.db());
        for (const QString& family : {u"Puig"_s, u"Puig"_s, u"Rao"_s}) {
            Customer c;
            c.givenName = u"Test"_s;
            c.familyName = family;
            c.phone = u"+34 600 000 00%1"_s.arg(m_ids.size());
            const Result<qint64> id = customers.insert(c);
            ASSERT_TRUE(id);
            m_ids << id.value();
        }
        m_reads = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-reads"_s);
        ASSERT_TRUE(m_reads->open());
        m_writes = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-writer"_s);
        ASSERT_TRUE(m_writes->open());
        m_customers = std::make_unique<CustomerService>(*m_reads, *m_writes);
    }

    /// Runs `ask` with a callback that keeps its answer, then waits for the answer (event loop).
    template <typename R, typename Ask>
    std::optional<R> answerOf(Ask ask)
    {
        std::optional<R> answer;
        ask([&answer](R result) { answer = std::move(result); });
        EXPECT_TRUE(QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000));
        return answer;
    }

    TempDatabase m_temp;
    FakeClock m_clock;
    QList<qint64> m_ids;
    std::unique_ptr<DatabaseWorker> m_reads;
    std::unique_ptr<DatabaseWorker> m_writes;
    std::unique_ptr<CustomerService> m_customers;
    QObject m_receiver;
};

TEST_F(ReadServicesTest, ASearchArrivesThroughTheEventLoop)
{
    ReadGeneration generation;
    std::optional<Result<CustomerPage>> page;
    m_customers->searchPage(u"Puig"_s, std::nullopt, 10, generation.advance(), &m_receiver,
        [&page](Result<CustomerPage> result) { page = std::move(result); });
    m_reads->waitForIdle();
    EXPECT_FALSE(page.has_value()) << "delivered by the event loop of the receiver's thread, never at once";
    ASSERT_TRUE(QTest::qWaitFor([&page] { return page.has_value(); }, 10'000));
    ASSERT_TRUE(page->ok()) << page->error().fullText().toStdString();
    EXPECT_EQ(page->value().rows.size(), 2);
}

TEST_F(ReadServicesTest, ASearchSupersededBeforeItStartsIsSkipped)
{
    // The worker is busy, as with a slow search; two keystrokes queue two searches behind it.
    QSemaphore busy;
    m_reads->post([&busy](Database&) { busy.acquire(); });
    ReadGeneration generation;
    std::optional<Result<CustomerPage>> older;
    std::optional<Result<CustomerPage>> newer;
    m_customers->searchPage(u"P"_s, std::nullopt, 10, generation.advance(), &m_receiver,
        [&older](Result<CustomerPage> result) { older = std::move(result); });
    m_customers->searchPage(u"Rao"_s, std::nullopt, 10, generation.advance(), &m_receiver,
        [&newer](Result<CustomerPage> result) { newer = std::move(result); });
    busy.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return older.has_value() && newer.has_value(); }, 10'000));

    ASSERT_FALSE(older->ok()) << "the older search never ran";
    EXPECT_EQ(older->error().detail, CustomerService::superseded().detail);
    ASSERT_TRUE(newer->ok());
    ASSERT_EQ(newer->value().rows.size(), 1);
    EXPECT_EQ(newer->value().rows.first().familyName, u"Rao"_s);
}

TEST_F(ReadServicesTest, AnAnswerForAReceiverThatIsGoneIsDropped)
{
    auto receiver = std::make_unique<QObject>();
    bool called = false;
    ReadGeneration generation;
    m_customers->searchPage(u"Puig"_s, std::nullopt, 10, generation.advance(), receiver.get(),
        [&called](Result<CustomerPage>) { called = true; });
    receiver.reset();
    m_reads->waitForIdle();
    QCoreApplication::processEvents();
    EXPECT_FALSE(called);
}

TEST_F(ReadServicesTest, CountsCustomersUpToACap)
{
    std::optional<Result<qint64>> capped;
    std::optional<Result<qint64>> all;
    m_customers->countUpTo(2, &m_receiver, [&capped](Result<qint64> n) { capped = std::move(n); });
    m_customers->countUpTo(100, &m_receiver, [&all](Result<qint64> n) { all = std::move(n); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return capped.has_value() && all.has_value(); }, 10'000));
    ASSERT_TRUE(capped->ok() && all->ok());
    EXPECT_EQ(capped->value(), 2);
    EXPECT_EQ(all->value(), 3);
}

TEST_F(ReadServicesTest, CreatesACustomerAndFindsItByPhoneAndIdWithoutWaiting)
{
    Customer fresh;
    fresh.givenName = u"Lakshmi"_s;
    fresh.familyName = u"Reddy"_s;
    fresh.phone = u"+1 555 0142"_s;
    using Found = Result<std::optional<Customer>>;
    QueryWatch::forbid(QThread::currentThread());
    const std::optional<Result<Customer>> stored = answerOf<Result<Customer>>(
        [&](auto done) { m_customers->create(fresh, &m_receiver, std::move(done)); });
    ReadGeneration generation;
    const std::optional<Found> byPhone = answerOf<Found>(
        [&](auto done) { m_customers->findByPhone(u"+15550142"_s, generation.advance(), &m_receiver, std::move(done)); });
    const std::optional<Found> byId = answerOf<Found>(
        [&](auto done) { m_customers->find(stored && *stored ? stored->value().id : 0, &m_receiver, std::move(done)); });
    const std::optional<Found> nobody = answerOf<Found>(
        [&](auto done) { m_customers->findByPhone(u"+15550199"_s, generation.advance(), &m_receiver, std::move(done)); });
    const int violations = QueryWatch::violations();
    QueryWatch::forbid(nullptr);
    EXPECT_EQ(violations, 0) << "every query ran on a worker";

    ASSERT_TRUE(stored && *stored) << (stored ? stored->error().fullText().toStdString() : std::string());
    EXPECT_NE(stored->value().id, 0);
    ASSERT_TRUE(byPhone && *byPhone && byPhone->value());
    EXPECT_EQ(byPhone->value()->id, stored->value().id);
    ASSERT_TRUE(byId && *byId && byId->value());
    EXPECT_EQ(byId->value()->familyName, u"Reddy"_s);
    ASSERT_TRUE(nobody && *nobody);
    EXPECT_FALSE(nobody->value().has_value());
}

TEST_F(ReadServicesTest, APhoneLookUpSupersededBeforeItStartsIsSkipped)
{
    QSemaphore busy;
    m_reads->post([&busy](Database&) { busy.acquire(); });
    ReadGeneration generation;
    std::optional<Result<std::optional<Customer>>> older;
    std::optional<Result<std::optional<Customer>>> newer;
    m_customers->findByPhone(u"+34600000000"_s, generation.advance(), &m_receiver,
        [&older](Result<std::optional<Customer>> found) { older = std::move(found); });
    m_customers->findByPhone(u"+34600000001"_s, generation.advance(), &m_receiver,
        [&newer](Result<std::optional<Customer>> found) { newer = std::move(found); });
    busy.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return older.has_value() && newer.has_value(); }, 10'000));
    ASSERT_FALSE(older->ok()) << "the older look-up never ran";
    EXPECT_TRUE(CustomerService::isSuperseded(older->error()));
    ASSERT_TRUE(newer->ok() && newer->value());
    EXPECT_EQ(newer->value()->id, m_ids.at(1));
}

TEST_F(ReadServicesTest, ANewCardThatCannotBeStoredSaysWhy)
{
    ASSERT_TRUE(SqlStatement::run(*m_temp.db(), u"ALTER TABLE customers RENAME TO customers_elsewhere"_s));
    Customer fresh;
    fresh.givenName = u"Anil"_s;
    const std::optional<Result<Customer>> stored = answerOf<Result<Customer>>(
        [&](auto done) { m_customers->create(fresh, &m_receiver, std::move(done)); });
    ASSERT_TRUE(stored.has_value());
    ASSERT_FALSE(stored->ok());
    EXPECT_FALSE(stored->error().message.isEmpty());
}

TEST_F(ReadServicesTest, DueFollowUpsComeWithTheirCustomers)
{
    AgentDirectory directory(*m_temp.db(), *m_reads);
    const Result<Agent> owner = directory.signIn(u"Núria Puig"_s, {});
    ASSERT_TRUE(owner);
    CallRepository calls(*m_temp.db());
    for (int i = 0; i < 3; ++i) {
        FollowUp f;
        f.customerId = m_ids.at(i);
        f.ownerAgentId = owner.value().id;
        f.dueUtc = m_clock.nowUtc().addDays(3 - i);
        f.reason = u"reason %1"_s.arg(i);
        ASSERT_TRUE(calls.addFollowUp(f));
    }
    FollowUpService service(*m_reads, *m_writes);
    std::optional<Result<QList<DueFollowUp>>> due;
    service.loadDue(owner.value().id, 10, &m_receiver, [&due](Result<QList<DueFollowUp>> r) { due = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor([&due] { return due.has_value(); }, 10'000));
    ASSERT_TRUE(due->ok());
    ASSERT_EQ(due->value().size(), 3);
    EXPECT_EQ(due->value().first().followUp.reason, u"reason 2"_s) << "oldest due first";
    ASSERT_TRUE(due->value().first().customer.has_value());
    EXPECT_EQ(due->value().first().customer->familyName, u"Rao"_s);

    const std::optional<Status> marked = answerOf<Status>(
        [&](auto done) { service.markDone(due->value().first().followUp.id, &m_receiver, std::move(done)); });
    ASSERT_TRUE(marked && *marked);
    due.reset();
    service.loadDue(owner.value().id, 10, &m_receiver, [&due](Result<QList<DueFollowUp>> r) { due = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor([&due] { return due.has_value(); }, 10'000));
    ASSERT_TRUE(due->ok());
    EXPECT_EQ(due->value().size(), 2);
}

TEST_F(ReadServicesTest, AgentsAndTransferTargetsArriveThroughTheEventLoop)
{
    AgentDirectory directory(*m_temp.db(), *m_reads);
    ASSERT_TRUE(directory.signIn(u"Anil Rao"_s, {}));
    QueryWatch::forbid(QThread::currentThread());
    const std::optional<Result<QList<Agent>>> agents
        = answerOf<Result<QList<Agent>>>([&](auto done) { directory.agents(&m_receiver, std::move(done)); });
    const std::optional<Result<QList<TransferTarget>>> targets = answerOf<Result<QList<TransferTarget>>>(
        [&](auto done) { directory.transferTargets(&m_receiver, std::move(done)); });
    const int violations = QueryWatch::violations();
    QueryWatch::forbid(nullptr);
    EXPECT_EQ(violations, 0);
    ASSERT_TRUE(agents && *agents);
    ASSERT_EQ(agents->value().size(), 1);
    EXPECT_EQ(agents->value().first().login, u"anil.rao"_s);
    ASSERT_TRUE(targets && *targets);
}

TEST_F(ReadServicesTest, SigningInCreatesTheAgentOnceThenFindsThem)
{
    AgentDirectory directory(*m_temp.db(), *m_reads);
    const Result<Agent> first = directory.signIn(u"Anil Rao"_s, {});
    ASSERT_TRUE(first);
    EXPECT_EQ(first.value().login, u"anil.rao"_s);
    const Result<Agent> again = directory.signIn(u"Anil Rao"_s, u"anil.rao"_s);
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value().id, first.value().id);
}

TEST_F(ReadServicesTest, AFailedSignInSaysWhoCouldNotBeSignedIn)
{
    ASSERT_TRUE(SqlStatement::run(*m_temp.db(), u"ALTER TABLE agents RENAME TO agents_elsewhere"_s));
    AgentDirectory directory(*m_temp.db(), *m_reads);
    const Result<Agent> agent = directory.signIn(u"Anil Rao"_s, {});
    ASSERT_FALSE(agent);
    EXPECT_TRUE(agent.error().message.startsWith(u"Cordial could not sign you in as "_s))
        << agent.error().message.toStdString();
    EXPECT_TRUE(agent.error().message.contains(u"Anil Rao"_s));
}

} // namespace

TEST_F(ReadServicesTest, ACardWithAPhoneNumberLongerThanE164IsRefused)
{
    Customer card;
    card.givenName = u"Lakshmi"_s;
    card.familyName = u"Reddy"_s;
    card.phone = u"9848022338"_s.repeated(4);
    const auto create = [&] {
        return answerOf<Result<Customer>>([&](auto done) { m_customers->create(card, &m_receiver, std::move(done)); });
    };
    const std::optional<Result<Customer>> refused = create();
    ASSERT_TRUE(refused.has_value());
    ASSERT_FALSE(*refused);
    EXPECT_EQ(refused->error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(refused->error().message.contains(u"at most 15 digits"_s)) << refused->error().message.toStdString();

    card.phone = u"+91 98480 22338"_s;
    const std::optional<Result<Customer>> stored = create();
    ASSERT_TRUE(stored.has_value());
    ASSERT_TRUE(*stored) << stored->error().message.toStdString();
    EXPECT_EQ(stored->value().phone, u"+91 98480 22338"_s) << "kept as typed";
    card.phone.clear();
    const std::optional<Result<Customer>> inPerson = create();
    ASSERT_TRUE(inPerson.has_value());
    EXPECT_TRUE(*inPerson) << "a card without a phone (in person) stays possible";
}
