#include "services/CallSession.h"

#include "services/CallHistory.h"
#include "i18n/BidiText.h"

#include "support/QStringPrinter.h"
#include "services/CallAutosave.h"
#include "services/CallWriteQueue.h"
#include "services/HoldTimer.h"
#include "storage/AgentRepository.h"
#include "storage/CallRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "support/FakeClock.h"
#include "support/TempDatabase.h"

#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
class CallSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_temp.db()) {
            ASSERT_TRUE(m_temp.openError().isEmpty()) << m_temp.openError().toStdString();
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        }
        m_calls = std::make_unique<CallRepository>(*m_temp.db());
        m_worker = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-writer"_s);
        ASSERT_TRUE(m_worker->open());
        m_writes = std::make_unique<CallWriteQueue>(*m_worker, m_temp.dir() + u"/journal.jsonl"_s);
        const Result<qint64> agentId
            = AgentRepository(*m_temp.db()).insert(Agent {0, u"Núria Puig"_s, u"npuig"_s, u"agent"_s, u"Atenció al client"_s});
        ASSERT_TRUE(agentId);
        m_agent = Agent {agentId.value(), u"Núria Puig"_s, u"npuig"_s, u"agent"_s, u"Atenció al client"_s};
        const Result<Customer> customer
            = addTestCustomer(*m_temp.db(), u"శ్రీమతి"_s, u"లక్ష్మి"_s, u"రెడ్డి"_s, u"+91 98480 22338"_s, u"te"_s);
        ASSERT_TRUE(customer) << customer.error().fullText().toStdString();
        m_customer = customer.value();
        m_session = newSession();
        m_session->setAgent(m_agent);
    }

    void TearDown() override
    {
        m_session.reset();
        m_writes.reset();
        m_worker.reset();
    }

    std::unique_ptr<CallSession> newSession() { return std::make_unique<CallSession>(*m_writes, m_clock); }

    /// Everything queued is in the database.
    void stored() const { EXPECT_TRUE(m_session->waitForWrites()); }

    /// Starts a phone call and answers it.
    void startActiveCall()
    {
        ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, u"+91 98480 22338"_s, false, u"te"_s));
        m_clock.advance(3s);
        ASSERT_TRUE(m_session->answer());
    }

    QList<CallEvent> events() const
    {
        stored();
        Result<QList<CallEvent>> r = m_calls->events(m_session->call().id);
        EXPECT_TRUE(r);
        return r ? r.value() : QList<CallEvent> {};
    }

    QList<CallEventType> eventTypes() const
    {
        QList<CallEventType> types;
        for (const CallEvent& e : events())
            types << e.type();
        return types;
    }

    /// The payload of the `nth` stored event of type `E`, read back from the database.
    template <typename E>
    E payload(int nth = 0) const
    {
        for (const CallEvent& e : events()) {
            if (const E* p = e.as<E>(); p && nth-- == 0)
                return *p;
        }
        ADD_FAILURE() << "no such event";
        return {};
    }

    Call storedCall() const
    {
        stored();
        return m_calls->find(m_session->call().id).value().value();
    }

    CallFacts storedFacts() const
    {
        stored();
        return m_calls->facts(m_session->call().id).value().value_or(CallFacts {});
    }

    /// The customer's history, newest first, as the history pane reads it.
    QList<Interaction> history() const
    {
        stored();
        Result<HistoryPage> page = InteractionRepository(*m_temp.db()).fetchPage(m_customer.id, std::nullopt, 50);
        EXPECT_TRUE(page) << (page ? std::string() : page.error().fullText().toStdString());
        return page ? page.value().rows : QList<Interaction> {};
    }

    /// Counts callRecorded() of this session, checking the customer it names.
    void countRecorded()
    {
        QObject::connect(m_session.get(), &CallSession::callRecorded, [this](qint64 customerId) {
            EXPECT_EQ(customerId, m_customer.id);
            ++m_recorded;
        });
    }

    int m_recorded = 0;

    TempDatabase m_temp;
    FakeClock m_clock;
    std::unique_ptr<CallRepository> m_calls;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<CallWriteQueue> m_writes;
    std::unique_ptr<CallSession> m_session;
    Agent m_agent;
    Customer m_customer;
};

using T = CallEventType;
} // namespace

TEST_F(CallSessionTest, RecordsEveryTransitionOfAPhoneCallInOrder)
{
    startActiveCall();
    ASSERT_TRUE(m_session->hold());
    m_clock.advance(61s);
    m_session->holdTimer().refresh();
    ASSERT_TRUE(m_session->resume(true));
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, u"రెండు కొత్త సీడీలు పంపాలి"_s));

    EXPECT_EQ(eventTypes(),
        (QList<CallEventType> {
            T::Offered, T::Answered, T::HoldStarted, T::HoldWarning, T::HoldEnded, T::WrapUpStarted, T::Closed}));
    EXPECT_EQ(payload<CallEvents::Answered>().ringMs, 3000);
    EXPECT_EQ(payload<CallEvents::HoldWarning>().count, 1);
    EXPECT_TRUE(payload<CallEvents::HoldEnded>().apologised);
    for (const CallEvent& e : events()) {
        EXPECT_EQ(e.agentId, m_agent.id);
        EXPECT_FALSE(e.uid.isEmpty());
    }

    const Call stored = storedCall();
    EXPECT_EQ(stored.state, CallState::Closed);
    EXPECT_EQ(stored.disposition, Disposition::Resolved);
    EXPECT_EQ(stored.summary, u"రెండు కొత్త సీడీలు పంపాలి"_s);
    EXPECT_EQ(stored.endedUtc, m_clock.nowUtc());
    EXPECT_FALSE(m_session->hasCall());
}

TEST_F(CallSessionTest, HoldDurationsComeFromTheMonotonicClock)
{
    startActiveCall();
    ASSERT_TRUE(m_session->hold());
    m_clock.advance(30s);
    m_clock.jumpWallClock(1h);
    ASSERT_TRUE(m_session->resume(false));
    ASSERT_TRUE(m_session->hold());
    m_clock.advance(70s);
    ASSERT_TRUE(m_session->resume(true));

    EXPECT_EQ(m_session->holdCount(), 2);
    EXPECT_EQ(m_session->totalHold(), 100s);
    EXPECT_EQ(m_session->longestHold(), 70s);
    EXPECT_EQ(payload<CallEvents::HoldEnded>(0).durationMs, 30'000);
    EXPECT_EQ(payload<CallEvents::HoldEnded>(1).warnings, 1);

    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, {}));
    const CallFacts facts = storedFacts();
    EXPECT_EQ(facts.holdTotalMs, 100'000);
    EXPECT_EQ(facts.holdLongestMs, 70'000);
    EXPECT_EQ(facts.holdCount, 2);
    EXPECT_EQ(facts.holdsOverLimit, 1);
    EXPECT_EQ(facts.apologiesAfterHolds, 1);
    EXPECT_EQ(facts.durationMs, 103'000) << "the wall clock jumped an hour; durations did not";
}

TEST_F(CallSessionTest, AnApologySaidAfterResumingCountsOncePerHold)
{
    startActiveCall();
    ASSERT_TRUE(m_session->hold());
    m_clock.advance(75s);
    ASSERT_TRUE(m_session->resume(false));
    ASSERT_TRUE(m_session->recordApology()) << "said once the customer was back on the line";
    ASSERT_TRUE(m_session->recordApology()) << "ticked twice: still one apology for one hold";
    ASSERT_TRUE(m_session->hold());
    m_clock.advance(5s);
    ASSERT_TRUE(m_session->resume(true));
    ASSERT_TRUE(m_session->recordApology()) << "already apologised for this hold: nothing more owed";
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, {}));
    const CallFacts facts = storedFacts();
    EXPECT_EQ(facts.holdCount, 2);
    EXPECT_EQ(facts.apologiesAfterHolds, 2);
    EXPECT_FALSE(m_session->recordApology()) << "no call";
}

TEST_F(CallSessionTest, RefusesInvalidActionsWithAReasonAndNoEvent)
{
    startActiveCall();
    ASSERT_TRUE(m_session->hold());
    const auto before = events().size();

    const Status closing = m_session->close(Disposition::Resolved, {});
    ASSERT_FALSE(closing);
    EXPECT_EQ(closing.error().message, u"End the hold before closing the call."_s);
    const Status again = m_session->hold();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().message, u"The call is already on hold."_s);
    EXPECT_FALSE(m_session->wrapUp());

    EXPECT_EQ(events().size(), before);
    EXPECT_EQ(m_session->state(), CallState::OnHold);
    EXPECT_EQ(storedCall().state, CallState::OnHold);
}

TEST_F(CallSessionTest, ActionsWithoutACallAreRefused)
{
    EXPECT_FALSE(m_session->hasCall());
    EXPECT_EQ(m_session->hold().error().message, u"There is no call in progress."_s);
    EXPECT_FALSE(m_session->answer());
    EXPECT_FALSE(m_session->close({}, {}));
}

TEST_F(CallSessionTest, StartingASecondCallWhileOneIsOpenIsRefused)
{
    startActiveCall();
    EXPECT_FALSE(m_session->start(m_customer, Channel::Phone));
}

TEST_F(CallSessionTest, WarmTransferHoldsTheCustomerUntilConnected)
{
    startActiveCall();
    ASSERT_TRUE(m_session->startTransfer(TransferTarget {7, u"Facturació"_s, u"department"_s, u"2040"_s}, true));
    EXPECT_EQ(m_session->state(), CallState::Transferring);
    EXPECT_TRUE(m_session->holdTimer().isOnHold());
    EXPECT_FALSE(m_session->close({}, {}));

    m_clock.advance(40s);
    ASSERT_TRUE(m_session->transferConnected());
    EXPECT_EQ(m_session->state(), CallState::WrapUp);
    EXPECT_FALSE(m_session->holdTimer().isOnHold());
    EXPECT_EQ(eventTypes(),
        (QList<CallEventType> {T::Offered, T::Answered, T::TransferStarted, T::HoldStarted, T::HoldEnded,
            T::TransferConnected, T::WrapUpStarted}));
    const auto started = payload<CallEvents::TransferStarted>();
    EXPECT_EQ(started.targetName, u"Facturació"_s);
    EXPECT_EQ(started.targetId, 7);
    EXPECT_TRUE(started.warm);
    EXPECT_EQ(payload<CallEvents::HoldEnded>().reason, HoldReason::Transfer);
    EXPECT_EQ(m_session->totalHold(), 40s);
}

TEST_F(CallSessionTest, CancelledTransferReturnsTheCustomerToTheAgent)
{
    startActiveCall();
    ASSERT_TRUE(m_session->startTransfer(TransferTarget {1, u"प्रबंधक"_s, u"manager"_s, {}}, true));
    m_clock.advance(20s);
    ASSERT_TRUE(m_session->cancelTransfer(true));
    EXPECT_EQ(m_session->state(), CallState::Active);
    EXPECT_FALSE(m_session->holdTimer().isOnHold());
    EXPECT_EQ(eventTypes().mid(2),
        (QList<CallEventType> {T::TransferStarted, T::HoldStarted, T::TransferCancelled, T::HoldEnded}));
    EXPECT_FALSE(m_session->cancelTransfer());
}

TEST_F(CallSessionTest, TransferFromHoldIsOneContinuousHold)
{
    startActiveCall();
    ASSERT_TRUE(m_session->hold());
    m_clock.advance(20s);
    ASSERT_TRUE(m_session->startTransfer(TransferTarget {2, u"Suport"_s, u"department"_s, {}}, true));
    m_clock.advance(45s);
    m_session->holdTimer().refresh();
    ASSERT_TRUE(m_session->transferConnected());
    EXPECT_EQ(m_session->holdCount(), 1);
    EXPECT_EQ(m_session->totalHold(), 65s);
    EXPECT_EQ(payload<CallEvents::HoldEnded>().warnings, 1);
}

TEST_F(CallSessionTest, ColdTransferGoesStraightToWrapUp)
{
    startActiveCall();
    ASSERT_TRUE(m_session->coldTransfer(TransferTarget {3, u"شکایات"_s, u"department"_s, {}}));
    EXPECT_EQ(m_session->state(), CallState::WrapUp);
    EXPECT_EQ(eventTypes().mid(2),
        (QList<CallEventType> {T::ColdTransfer, T::HoldStarted, T::HoldEnded, T::TransferConnected, T::WrapUpStarted}));
    EXPECT_EQ(payload<CallEvents::ColdTransfer>().targetName, u"شکایات"_s);
    ASSERT_TRUE(m_session->close(Disposition::Transferred, {}));
    EXPECT_EQ(storedFacts().transfer, TransferKind::Cold);
}

TEST_F(CallSessionTest, InPersonConversationStartsActive)
{
    ASSERT_TRUE(m_session->start(m_customer, Channel::InPerson));
    EXPECT_EQ(m_session->state(), CallState::Active);
    EXPECT_EQ(storedCall().state, CallState::Active);
    EXPECT_EQ(eventTypes(), (QList<CallEventType> {T::Offered, T::Answered}));
    EXPECT_FALSE(m_session->answer());
}

TEST_F(CallSessionTest, UnansweredCallClosesAsMissed)
{
    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, u"+91 98480 22338"_s));
    m_clock.advance(25s);
    ASSERT_TRUE(m_session->close({}, {}));
    EXPECT_EQ(storedCall().disposition, Disposition::Missed);
    EXPECT_TRUE(payload<CallEvents::Closed>().missed);
    EXPECT_TRUE(storedFacts().missed);
    EXPECT_EQ(storedFacts().ringMs, 25'000);
}

TEST_F(CallSessionTest, AbusiveCallerChoicesAreRecorded)
{
    startActiveCall();
    ASSERT_TRUE(m_session->abusive(AbusiveAction::Supervisor));
    EXPECT_EQ(m_session->state(), CallState::Active);
    ASSERT_TRUE(m_session->abusive(AbusiveAction::Hold));
    EXPECT_EQ(m_session->state(), CallState::OnHold);
    EXPECT_EQ(payload<CallEvents::AbusiveCaller>(0).action, AbusiveAction::Supervisor);
    EXPECT_EQ(payload<CallEvents::AbusiveCaller>(1).action, AbusiveAction::Hold);
    EXPECT_EQ(eventTypes().last(), T::HoldStarted);
}

TEST_F(CallSessionTest, ScriptStepsArePartOfTheLog)
{
    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone));
    EXPECT_FALSE(m_session->markStep(u"greet"_s, StepMark::Done)); // still ringing
    ASSERT_TRUE(m_session->answer());
    ASSERT_TRUE(m_session->markStep(u"greet"_s, StepMark::Done));
    ASSERT_TRUE(m_session->markStep(u"payment"_s, StepMark::Skipped));
    EXPECT_EQ(payload<CallEvents::ScriptStep>(0).stepId, u"greet"_s);
    EXPECT_EQ(payload<CallEvents::ScriptStep>(1).mark, StepMark::Skipped);
}

TEST_F(CallSessionTest, PaymentReadBackKeepsNoCardNumber)
{
    startActiveCall();
    const Result<CardSummary> card
        = CardMasker::summarize(u"4111 1111 1111 1111", u"05/29", u"లక్ష్మి రెడ్డి"_s, m_clock.nowUtc().date());
    ASSERT_TRUE(card);
    ASSERT_TRUE(m_session->recordPayment(card.value()));
    const auto payment = payload<CallEvents::PaymentReadBack>();
    EXPECT_EQ(payment.brand, CardBrand::Visa);
    EXPECT_EQ(payment.last4, u"1111"_s);
    EXPECT_EQ(payment.expiry, u"05/29"_s);
    const QList<PaymentReadBackRow> rows = m_calls->paymentReadBacks(m_session->call().id).value();
    ASSERT_EQ(rows.size(), 1) << "the payment_read_backs table holds it";
    EXPECT_EQ(rows.first().card.last4, u"1111"_s);
    EXPECT_EQ(rows.first().card.nameOnCard, u"లక్ష్మి రెడ్డి"_s);
    for (const CallEvent& e : events())
        EXPECT_FALSE(CallEventCodec::toJson(e.payload).contains(u"41111111"_s));
}

TEST_F(CallSessionTest, NotesAreMaskedAndSavedWithinOneSecond)
{
    startActiveCall();
    int saved = 0;
    QObject::connect(m_session.get(), &CallSession::notesSaved, [&saved] { ++saved; });
    stored();
    m_session->setNotes(u"کارڈ 4111 1111 1111 1111، CVV 123"_s);
    m_session->setNotes(u"کارڈ 4111 1111 1111 1111، CVV 123 — گاہک نے دو سی ڈیز مانگیں"_s);
    EXPECT_TRUE(m_calls->notesForCall(m_session->call().id).value().isEmpty());
    // One save for both keystrokes, due within a second of the first one.
    const QTimer& timer = m_session->autosave().timer();
    EXPECT_TRUE(timer.isActive());
    EXPECT_TRUE(timer.isSingleShot());
    EXPECT_LE(timer.intervalAsDuration(), 1000ms);

    ASSERT_TRUE(QTest::qWaitFor([&saved] { return saved > 0; }, 10'000));
    ASSERT_EQ(saved, 1);
    const QList<Note> notes = m_calls->notesForCall(m_session->call().id).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().text, u"کارڈ [Visa •••• 1111]، CVV ••• — گاہک نے دو سی ڈیز مانگیں"_s);
    EXPECT_EQ(notes.first().customerId, m_customer.id);
    EXPECT_LE(CallAutosave::SaveDelay, 1000ms);
}

TEST_F(CallSessionTest, CloseSavesPendingNotesAndMasksTheSummary)
{
    startActiveCall();
    m_session->setNotes(u"Targeta 5555 5555 5555 4444"_s);
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, u"Pagament amb 5555-5555-5555-4444"_s));
    stored();
    const QList<Note> notes = m_calls->notesForCall(m_session->call().id).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().text, u"Targeta [Mastercard •••• 4444]"_s);
    EXPECT_EQ(storedCall().summary, u"Pagament amb [Mastercard •••• 4444]"_s);
}

TEST_F(CallSessionTest, HoldWarningIsRecordedWhenItHappens)
{
    startActiveCall();
    ASSERT_TRUE(m_session->hold());
    int warnings = 0;
    QObject::connect(m_session.get(), &CallSession::holdWarning,
        [&warnings](int count, std::chrono::milliseconds) { warnings = count; });
    m_clock.advance(59'900ms);
    m_session->holdTimer().refresh();
    EXPECT_EQ(warnings, 0);
    m_clock.advance(100ms);
    m_session->holdTimer().refresh();
    EXPECT_EQ(warnings, 1);
    const CallEvent last = events().last();
    EXPECT_EQ(last.type(), T::HoldWarning);
    EXPECT_EQ(last.monotonicMs, m_clock.monotonic().count());
}

TEST_F(CallSessionTest, RequestCaptureIsMaskedAndSavedWithinOneSecond)
{
    startActiveCall();
    int saves = 0;
    QObject::connect(m_session.get(), &CallSession::draftSaved, [&saves] { ++saves; });
    m_session->setRequestCapture(u"refund to card 4111 1111 1111 1111"_s, u"blue cases"_s, u"123 Main St"_s);
    EXPECT_EQ(m_session->draft().request, u"refund to card 4111 1111 1111 1111"_s) << "the agent sees what they typed";
    EXPECT_EQ(saves, 0) << "saved after a pause, not on each change";
    EXPECT_TRUE(m_session->autosave().timer().isActive()) << "saved when the batching timer fires";
    EXPECT_LE(m_session->autosave().timer().intervalAsDuration(), 1000ms);
    ASSERT_TRUE(QTest::qWaitFor([&saves] { return saves > 0; }, 10'000)) << "saved by the timer alone";
    EXPECT_EQ(saves, 1);

    Result<std::optional<CallDraft>> saved = m_calls->draft(m_session->call().id);
    ASSERT_TRUE(saved && saved.value());
    EXPECT_FALSE(saved.value()->request.contains(u"4111 1111 1111 1111"_s));
    EXPECT_TRUE(saved.value()->request.contains(u"1111"_s));
    EXPECT_EQ(saved.value()->details, u"blue cases"_s);
    EXPECT_EQ(saved.value()->address, u"123 Main St"_s);
    EXPECT_EQ(saved.value()->scriptLanguage, u"te"_s);
}

TEST_F(CallSessionTest, ScriptLanguageChangeIsStoredWithTheCall)
{
    startActiveCall();
    ASSERT_TRUE(m_session->setScriptLanguage(u"en"_s));
    EXPECT_EQ(storedCall().scriptLanguage, u"en"_s);
    m_session->flushNotes();
    stored();
    EXPECT_EQ(m_calls->draft(m_session->call().id).value()->scriptLanguage, u"en"_s);
}

TEST_F(CallSessionTest, AfterCallWorkTimeIsRecordedAtClose)
{
    startActiveCall();
    ASSERT_TRUE(m_session->wrapUp());
    m_clock.advance(42s);
    EXPECT_EQ(m_session->afterCallWork(), 42s);
    ASSERT_TRUE(m_session->close(Disposition::Resolved, {}));
    EXPECT_EQ(storedFacts().afterCallWorkMs, 42'000);
    m_clock.advance(10s);
    EXPECT_EQ(m_session->afterCallWork(), 42s) << "frozen at close";
}

TEST_F(CallSessionTest, FollowUpIsStoredForTheCustomerAndLogged)
{
    startActiveCall();
    FollowUp past;
    past.dueUtc = m_clock.nowUtc().addSecs(-60);
    past.reason = u"licence"_s;
    Status refused = m_session->scheduleFollowUp(past);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::InvalidInput);

    FollowUp followUp;
    followUp.dueUtc = m_clock.nowUtc().addDays(2);
    followUp.reason = u"to obtain the software licence"_s;
    int storedSignals = 0;
    QObject::connect(m_session.get(), &CallSession::followUpStored, [&storedSignals] { ++storedSignals; });
    ASSERT_TRUE(m_session->scheduleFollowUp(followUp));
    EXPECT_FALSE(followUp.uid.isEmpty());
    EXPECT_EQ(followUp.customerId, m_customer.id);
    EXPECT_EQ(followUp.ownerAgentId, m_agent.id);
    ASSERT_TRUE(m_session->followUp().has_value());
    EXPECT_EQ(payload<CallEvents::FollowUpScheduled>().followUpUid, followUp.uid);
    EXPECT_EQ(storedSignals, 1);
    EXPECT_GT(m_session->followUp()->id, 0);
    EXPECT_EQ(m_session->followUp()->callId, m_session->call().id);
    EXPECT_EQ(m_calls->dueFollowUps(m_agent.id, 10).value().size(), 1);
}

TEST_F(CallSessionTest, InterruptedCallOnHoldComesBackOnHoldWithItsText)
{
    startActiveCall();
    ASSERT_TRUE(m_session->hold());
    m_clock.advance(20s);
    ASSERT_TRUE(m_session->resume(true));
    ASSERT_TRUE(m_session->hold());
    m_session->setNotes(u"customer wants two more CDs"_s);
    m_session->setRequestCapture(u"two more CDs"_s, {}, u"123 Main St"_s);
    m_session->flushNotes();
    stored();
    const qint64 callId = m_session->call().id;
    m_clock.advance(30s);

    // A new program: a fresh session on the same database.
    m_session = newSession();
    m_session->setAgent(m_agent);
    ASSERT_TRUE(m_session->resumeInterrupted(callId));
    EXPECT_EQ(m_session->state(), CallState::OnHold);
    EXPECT_TRUE(m_session->holdTimer().isOnHold());
    EXPECT_EQ(m_session->notes(), u"customer wants two more CDs"_s);
    EXPECT_EQ(m_session->draft().request, u"two more CDs"_s);
    EXPECT_EQ(m_session->draft().address, u"123 Main St"_s);
    EXPECT_EQ(m_session->totalHold(), 20s);
    EXPECT_EQ(m_session->holdCount(), 1);
    EXPECT_GE(m_session->duration(), 53s);
    EXPECT_EQ(payload<CallEvents::Recovered>().previousState, CallState::OnHold);
    EXPECT_TRUE(payload<CallEvents::Recovered>().resumed);

    // Typing goes on into the same note.
    m_session->setNotes(u"customer wants two more CDs, blue"_s);
    ASSERT_TRUE(m_session->resume(true));
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, {}));
    stored();
    Result<QList<Note>> notes = m_calls->notesForCall(callId);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes.value().size(), 1);
    EXPECT_EQ(notes.value().first().text, u"customer wants two more CDs, blue"_s);
}

TEST_F(CallSessionTest, DecliningRecoveryClosesTheCallAsAbandoned)
{
    startActiveCall();
    stored();
    const qint64 callId = m_session->call().id;
    m_session = newSession();
    ASSERT_TRUE(m_session->abandonInterrupted(callId));
    EXPECT_FALSE(m_session->hasCall());
    this->stored();
    const Call stored = m_calls->find(callId).value().value();
    EXPECT_EQ(stored.state, CallState::Closed);
    EXPECT_EQ(stored.disposition, Disposition::Abandoned);
    EXPECT_TRUE(stored.endedUtc.isValid());
    EXPECT_EQ(eventTypes().mid(eventTypes().size() - 2), (QList<CallEventType> {T::Recovered, T::Closed}));
    EXPECT_TRUE(m_calls->openCalls().value().isEmpty());
    EXPECT_FALSE(m_session->resumeInterrupted(callId)) << "a closed call cannot be resumed";
}

TEST_F(CallSessionTest, ClosingAddsTheCallFirstInTheCustomersHistory)
{
    Interaction older;
    older.customerId = m_customer.id;
    older.channel = Channel::Letter;
    older.occurredUtc = m_clock.nowUtc().addDays(-3);
    older.subject = u"Letter about the invoice"_s;
    ASSERT_TRUE(InteractionRepository(*m_temp.db()).insert(older));
    countRecorded();
    const QDateTime started = m_clock.nowUtc();

    startActiveCall(); // rings 3 s
    m_clock.advance(60s);
    ASSERT_TRUE(m_session->hold());
    m_clock.advance(20s);
    ASSERT_TRUE(m_session->resume(true));
    m_clock.advance(30s);
    m_session->setRequestCapture(u"two more CDs"_s, u"blue cases"_s, u"123 Main St"_s);
    m_session->setNotes(u"Customer prefers blue cases"_s);
    ASSERT_TRUE(m_session->wrapUp());
    m_clock.advance(15s);
    EXPECT_EQ(m_recorded, 0);
    ASSERT_TRUE(m_session->close(Disposition::Resolved, u"\n  Send two more   CDs \nBlue cases, by Friday"_s));
    stored();
    EXPECT_EQ(m_recorded, 1);

    const QList<Interaction> rows = history();
    ASSERT_EQ(rows.size(), 2);
    const Interaction& row = rows.first();
    EXPECT_GT(row.id, 0);
    EXPECT_EQ(row.customerId, m_customer.id);
    EXPECT_EQ(row.callId, m_session->call().id);
    EXPECT_EQ(row.channel, Channel::Phone);
    EXPECT_TRUE(row.inbound);
    EXPECT_EQ(row.occurredUtc, started) << "when the call started, not when it closed";
    EXPECT_EQ(row.occurredUtc.offsetFromUtc(), 0);
    EXPECT_EQ(row.agentName, u"Núria Puig"_s);
    EXPECT_EQ(row.subject, u"Send two more CDs"_s) << "stored: the agent's words only";
    EXPECT_EQ(CallHistory::subject(row), u"Resolved: \u2068Send two more CDs\u2069"_s);
    // Talk: 110 s from answer to wrap-up, less the 20 s hold.
    EXPECT_EQ(CallHistory::details(row),
        u"Send two more   CDs \nBlue cases, by Friday\n\nCall notes:\nCustomer prefers blue cases\n\n"
        u"Talk time 1:30; on hold 0:20 in total, the longest 0:20 (1 hold(s))."_s);
    EXPECT_EQ(CallHistory::subject(rows.last()), u"Letter about the invoice"_s);
}

TEST_F(CallSessionTest, MissedCallIsRecordedInTheHistory)
{
    countRecorded();
    const QDateTime started = m_clock.nowUtc();
    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, u"+91 98480 22338"_s));
    m_clock.advance(25s);
    ASSERT_TRUE(m_session->close({}, {}));
    const QList<Interaction> rows = history();
    EXPECT_EQ(m_recorded, 1);

    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().callId, m_session->call().id);
    EXPECT_EQ(rows.first().channel, Channel::Phone);
    EXPECT_TRUE(rows.first().inbound);
    EXPECT_EQ(rows.first().occurredUtc, started);
    EXPECT_EQ(rows.first().agentName, u"Núria Puig"_s);
    EXPECT_EQ(CallHistory::subject(rows.first()), u"Missed"_s);
    EXPECT_EQ(CallHistory::details(rows.first()), u"Not answered; closed after 0:25."_s);
}

TEST_F(CallSessionTest, CallbacksAndVisitsKeepTheirChannelAndDirection)
{
    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, u"+91 98480 22338"_s, true));
    m_session->setRequestCapture(u"Licence renewal\nsecond line"_s, {}, {});
    m_clock.advance(2min);
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::FollowUp, {}));
    m_clock.advance(1h);
    ASSERT_TRUE(m_session->start(m_customer, Channel::InPerson));
    m_clock.advance(1h + 5min + 7s);
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Complaint, {}));

    const QList<Interaction> rows = history();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).channel, Channel::InPerson);
    EXPECT_TRUE(rows.at(0).inbound);
    EXPECT_EQ(CallHistory::subject(rows.at(0)), u"Complaint"_s);
    EXPECT_EQ(CallHistory::details(rows.at(0)), u"Talk time 1:05:07, no hold."_s);
    EXPECT_EQ(rows.at(1).channel, Channel::Phone);
    EXPECT_FALSE(rows.at(1).inbound) << "a callback is an outbound call";
    EXPECT_EQ(CallHistory::subject(rows.at(1)), u"Follow-up needed: \u2068Licence renewal\u2069"_s)
        << "the request stands in for the summary";
    EXPECT_EQ(CallHistory::details(rows.at(1)), u"Licence renewal\nsecond line\n\nTalk time 2:00, no hold."_s);
}

TEST_F(CallSessionTest, ACallIsRecordedOnceHoweverOftenItIsClosed)
{
    countRecorded();
    startActiveCall();
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, u"done"_s));
    stored();
    const qint64 callId = m_session->call().id;
    EXPECT_FALSE(m_session->close(Disposition::Resolved, u"done again"_s));
    EXPECT_FALSE(m_session->abandonInterrupted(callId));
    EXPECT_EQ(history().size(), 1);
    EXPECT_EQ(m_recorded, 1);

    // Another program declines to recover a call this one still has open: whoever closes first records it.
    startActiveCall();
    ASSERT_TRUE(m_session->wrapUp());
    stored();
    CallSession other(*m_writes, m_clock);
    int otherRecorded = 0;
    QObject::connect(&other, &CallSession::callRecorded, [&otherRecorded] { ++otherRecorded; });
    ASSERT_TRUE(other.abandonInterrupted(m_session->call().id));
    ASSERT_TRUE(other.waitForWrites());
    EXPECT_EQ(otherRecorded, 1);
    ASSERT_TRUE(m_session->close(Disposition::Resolved, {})); // the closing finds the call closed: nothing is written
    EXPECT_FALSE(m_session->hasCall());
    EXPECT_EQ(history().size(), 2);
    EXPECT_EQ(m_recorded, 1);
    EXPECT_EQ(storedCall().disposition, Disposition::Abandoned);
}

TEST_F(CallSessionTest, TheHistoryEntryHoldsNoCardNumber)
{
    startActiveCall();
    m_session->setRequestCapture(u"pay with 4111 1111 1111 1111"_s, {}, {});
    m_session->flushNotes();
    m_session->setNotes(u"Targeta 5555 5555 5555 4444, CVV 123"_s); // not yet saved at close
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, u"Pagament amb 4111-1111-1111-1111\nCVV 123"_s));

    const QList<Interaction> rows = history();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(CallHistory::subject(rows.first()), u"Resolved: \u2068Pagament amb [Visa •••• 1111]\u2069"_s);
    for (const QString& text : {rows.first().subject, rows.first().summary, rows.first().notes}) {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits += c;
        }
        EXPECT_FALSE(digits.contains(u"4111111111111111"_s)) << text.toStdString();
        EXPECT_FALSE(digits.contains(u"5555555555554444"_s)) << text.toStdString();
        EXPECT_FALSE(text.contains(u"CVV 123"_s)) << text.toStdString();
    }
    EXPECT_EQ(rows.first().notes, u"Targeta [Mastercard •••• 4444], CVV •••"_s);
}

TEST_F(CallSessionTest, DecliningRecoveryRecordsTheAbandonedCall)
{
    startActiveCall();
    m_session->setRequestCapture(u"refund for the broken CD"_s, {}, {});
    m_session->setNotes(u"customer was cut off"_s);
    m_session->flushNotes();
    stored();
    const qint64 callId = m_session->call().id;
    const QDateTime started = m_session->call().startedUtc;
    m_clock.advance(10min);

    m_session = newSession(); // no agent set: the call names who took it
    countRecorded();
    ASSERT_TRUE(m_session->abandonInterrupted(callId));
    const QList<Interaction> rows = history();
    EXPECT_EQ(m_recorded, 1);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().callId, callId);
    EXPECT_EQ(rows.first().occurredUtc, started);
    EXPECT_EQ(rows.first().agentName, u"Núria Puig"_s);
    EXPECT_EQ(CallHistory::subject(rows.first()), u"Abandoned: \u2068refund for the broken CD\u2069"_s);
    EXPECT_EQ(CallHistory::details(rows.first()),
        u"refund for the broken CD\n\nCall notes:\ncustomer was cut off\n\n"
        u"The program stopped during the call, and the call was not taken up again."_s);
    EXPECT_EQ(eventTypes().mid(eventTypes().size() - 2), (QList<CallEventType> {T::Recovered, T::Closed}));
}

TEST_F(CallSessionTest, ALongSummaryGivesAShortSubjectCutBetweenLetters)
{
    startActiveCall();
    ASSERT_TRUE(m_session->wrapUp());
    const QString summary = u"రెండు కొత్త సీడీలు పంపాలి "_s.repeated(8);
    ASSERT_TRUE(m_session->close(Disposition::Resolved, summary));
    const Interaction row = history().value(0);
    EXPECT_LE(row.subject.size(), CallHistory::SubjectMaxLength);
    EXPECT_GT(row.subject.size(), CallHistory::SubjectMaxLength / 2);
    EXPECT_TRUE(CallHistory::subject(row).startsWith(u"Resolved: \u2068రెండు"_s)) << row.subject.toStdString();
    ASSERT_TRUE(row.subject.endsWith(u'…')) << row.subject.toStdString();
    const QString kept = row.subject.chopped(1);
    const QString whole = summary.simplified();
    ASSERT_TRUE(whole.startsWith(kept));
    EXPECT_FALSE(whole.at(kept.size()).isMark()) << "a vowel sign cut off from its consonant";
    EXPECT_FALSE(kept.back().isSpace());
    EXPECT_TRUE(row.summary.startsWith(summary.trimmed())) << "the summary keeps the whole text";
}

TEST_F(CallSessionTest, TheHistoryEntryNamesThePaymentAndTheFollowUpOnceEach)
{
    struct LocaleGuard
    {
        QLocale saved;
        ~LocaleGuard() { QLocale::setDefault(saved); }
    } const guard;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    startActiveCall();
    const Result<CardSummary> card
        = CardMasker::summarize(u"4242 4242 4242 4242", u"0929", u"లక్ష్మి రెడ్డి"_s, m_clock.nowUtc().date());
    ASSERT_TRUE(card) << card.error().message.toStdString();
    ASSERT_TRUE(m_session->recordPayment(card.value()));
    FollowUp followUp;
    followUp.dueUtc = m_clock.nowUtc().addDays(2);
    followUp.reason = u"to confirm the refund"_s;
    ASSERT_TRUE(m_session->scheduleFollowUp(followUp));
    m_session->setNotes(u"Refund of the second CD"_s);
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(Disposition::Resolved, u"Refund promised"_s));

    const QList<Interaction> rows = history();
    ASSERT_EQ(rows.size(), 1);
    const Interaction& row = rows.first();
    ASSERT_TRUE(row.payment.has_value());
    EXPECT_EQ(row.payment->brandKey, u"visa"_s);
    EXPECT_EQ(row.payment->last4, u"4242"_s);
    ASSERT_TRUE(row.followUp.has_value());
    EXPECT_EQ(row.followUp->ownerName, u"Núria Puig"_s);
    EXPECT_EQ(row.followUp->dueUtc, followUp.dueUtc);

    const QString details = CallHistory::details(row);
    EXPECT_EQ(details.count(u"4242"_s), 1) << details.toStdString();
    EXPECT_EQ(details.count(u"Visa"_s), 1) << details.toStdString();
    EXPECT_EQ(details.count(u"Núria Puig"_s), 1) << details.toStdString();
    EXPECT_EQ(details.count(u"Follow-up"_s), 1) << details.toStdString();
    // The date and the time each isolated, so the time reads "9:30 AM" in right-to-left text too.
    const QString due = BidiText::dateTime(followUp.dueUtc.toLocalTime(), QLocale(), QLocale::ShortFormat);
    EXPECT_EQ(details.count(due), 1) << details.toStdString();
    EXPECT_FALSE(details.contains(u"0929"_s) || details.contains(u"09/29"_s)) << "the history names brand and last four only";
    EXPECT_FALSE(details.contains(u"లక్ష్మి రెడ్డి"_s)) << "nor the name on the card";
    EXPECT_TRUE(details.contains(u"Payment card read back: Visa ending in \u20664242\u2069."_s)) << details.toStdString();
    EXPECT_TRUE(details.contains(u"Follow-up: \u2068Núria Puig\u2069, due "_s + due + u"."_s)) << details.toStdString();
}
