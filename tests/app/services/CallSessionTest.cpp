#include "services/CallSession.h"

#include "services/CallHistory.h"

#include "support/QStringPrinter.h"
#include "services/HoldTimer.h"
#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "support/FakeClock.h"
#include "support/TempDatabase.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
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
        const Result<Customer> customer
            = addTestCustomer(*m_temp.db(), u"శ్రీమతి"_s, u"లక్ష్మి"_s, u"రెడ్డి"_s, u"+91 98480 22338"_s, u"te"_s);
        ASSERT_TRUE(customer) << customer.error().fullText().toStdString();
        m_customer = customer.value();
        m_session = std::make_unique<CallSession>(*m_calls, m_clock);
        m_session->setAgent(Agent {0, u"Núria Puig"_s, u"npuig"_s, u"agent"_s, u"Atenció al client"_s});
    }

    /// Starts a phone call and answers it.
    void startActiveCall()
    {
        ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, u"+91 98480 22338"_s, false, u"te"_s));
        m_clock.advance(3s);
        ASSERT_TRUE(m_session->answer());
    }

    QList<CallEvent> events() const
    {
        Result<QList<CallEvent>> r = m_calls->events(m_session->call().id);
        EXPECT_TRUE(r);
        return r ? r.value() : QList<CallEvent> {};
    }

    QList<CallEventType> eventTypes() const
    {
        QList<CallEventType> types;
        for (const CallEvent& e : events())
            types << e.type;
        return types;
    }

    QJsonObject details(CallEventType type, int nth = 0) const
    {
        for (const CallEvent& e : events()) {
            if (e.type == type && nth-- == 0)
                return QJsonDocument::fromJson(e.detailsJson.toUtf8()).object();
        }
        ADD_FAILURE() << "no event " << CallStateInfo::key(type).toStdString();
        return {};
    }

    Call storedCall() const { return m_calls->find(m_session->call().id).value().value(); }

    /// The customer's history, newest first, as the history pane reads it.
    QList<Interaction> history() const
    {
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
    std::unique_ptr<CallSession> m_session;
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
    ASSERT_TRUE(m_session->close(u"resolved"_s, u"రెండు కొత్త సీడీలు పంపాలి"_s));

    EXPECT_EQ(eventTypes(),
        (QList<CallEventType> {
            T::Offered, T::Answered, T::HoldStarted, T::HoldWarning, T::HoldEnded, T::WrapUpStarted, T::Closed}));
    EXPECT_EQ(details(T::Answered).value(u"ring_ms"_s).toInt(), 3000);
    EXPECT_EQ(details(T::HoldWarning).value(u"count"_s).toInt(), 1);
    EXPECT_TRUE(details(T::HoldEnded).value(u"apologised"_s).toBool());
    for (const CallEvent& e : events()) {
        EXPECT_EQ(e.agentName, u"Núria Puig"_s);
        EXPECT_FALSE(e.detailsJson.contains(u'\n'));
        EXPECT_FALSE(e.detailsJson.contains(u"\": "_s)) << e.detailsJson.toStdString(); // compact
    }

    const Call stored = storedCall();
    EXPECT_EQ(stored.state, CallState::Closed);
    EXPECT_EQ(stored.disposition, u"resolved"_s);
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
    EXPECT_EQ(details(T::HoldEnded, 0).value(u"duration_ms"_s).toInteger(), 30'000);
    EXPECT_EQ(details(T::HoldEnded, 1).value(u"warnings"_s).toInt(), 1);

    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(u"resolved"_s, {}));
    const QJsonObject closed = details(T::Closed);
    EXPECT_EQ(closed.value(u"total_hold_ms"_s).toInteger(), 100'000);
    EXPECT_EQ(closed.value(u"longest_hold_ms"_s).toInteger(), 70'000);
    EXPECT_EQ(closed.value(u"duration_ms"_s).toInteger(), 103'000);
}

TEST_F(CallSessionTest, RefusesInvalidActionsWithAReasonAndNoEvent)
{
    startActiveCall();
    ASSERT_TRUE(m_session->hold());
    const auto before = events().size();

    const Status closing = m_session->close(u"resolved"_s, {});
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
    const QJsonObject started = details(T::TransferStarted);
    EXPECT_EQ(started.value(u"target"_s).toString(), u"Facturació"_s);
    EXPECT_TRUE(started.value(u"warm"_s).toBool());
    EXPECT_EQ(details(T::HoldEnded).value(u"reason"_s).toString(), u"transfer"_s);
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
    EXPECT_EQ(details(T::HoldEnded).value(u"warnings"_s).toInt(), 1);
}

TEST_F(CallSessionTest, ColdTransferGoesStraightToWrapUp)
{
    startActiveCall();
    ASSERT_TRUE(m_session->coldTransfer(TransferTarget {3, u"شکایات"_s, u"department"_s, {}}));
    EXPECT_EQ(m_session->state(), CallState::WrapUp);
    EXPECT_EQ(eventTypes().mid(2),
        (QList<CallEventType> {T::ColdTransfer, T::HoldStarted, T::HoldEnded, T::TransferConnected, T::WrapUpStarted}));
    EXPECT_FALSE(details(T::ColdTransfer).value(u"warm"_s).toBool());
    EXPECT_EQ(details(T::ColdTransfer).value(u"target"_s).toString(), u"شکایات"_s);
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
    EXPECT_EQ(storedCall().disposition, u"missed"_s);
    EXPECT_TRUE(details(T::Closed).value(u"missed"_s).toBool());
}

TEST_F(CallSessionTest, AbusiveCallerChoicesAreRecorded)
{
    startActiveCall();
    ASSERT_TRUE(m_session->abusive(AbusiveAction::Supervisor));
    EXPECT_EQ(m_session->state(), CallState::Active);
    ASSERT_TRUE(m_session->abusive(AbusiveAction::Hold));
    EXPECT_EQ(m_session->state(), CallState::OnHold);
    EXPECT_EQ(details(T::AbusiveCaller, 0).value(u"action"_s).toString(), u"supervisor"_s);
    EXPECT_EQ(details(T::AbusiveCaller, 1).value(u"action"_s).toString(), u"hold"_s);
    EXPECT_EQ(eventTypes().last(), T::HoldStarted);
}

TEST_F(CallSessionTest, ScriptStepsArePartOfTheLog)
{
    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone));
    EXPECT_FALSE(m_session->markStep(u"greet"_s, StepMark::Done)); // still ringing
    ASSERT_TRUE(m_session->answer());
    ASSERT_TRUE(m_session->markStep(u"greet"_s, StepMark::Done));
    ASSERT_TRUE(m_session->markStep(u"payment"_s, StepMark::Skipped));
    EXPECT_EQ(details(T::ScriptStep, 0).value(u"step"_s).toString(), u"greet"_s);
    EXPECT_EQ(details(T::ScriptStep, 1).value(u"status"_s).toString(), u"skipped"_s);
}

TEST_F(CallSessionTest, PaymentReadBackKeepsNoCardNumber)
{
    startActiveCall();
    const Result<CardSummary> card
        = CardMasker::summarize(u"4111 1111 1111 1111", u"05/29", u"లక్ష్మి రెడ్డి"_s, m_clock.nowUtc().date());
    ASSERT_TRUE(card);
    ASSERT_TRUE(m_session->recordPayment(card.value()));
    const QJsonObject payment = details(T::PaymentReadBack);
    EXPECT_EQ(payment.value(u"brand"_s).toString(), u"visa"_s);
    EXPECT_EQ(payment.value(u"last4"_s).toString(), u"1111"_s);
    EXPECT_EQ(payment.value(u"expiry"_s).toString(), u"05/29"_s);
    for (const CallEvent& e : events())
        EXPECT_FALSE(e.detailsJson.contains(u"41111111"_s));
}

TEST_F(CallSessionTest, NotesAreMaskedAndSavedWithinOneSecond)
{
    startActiveCall();
    int saved = 0;
    QObject::connect(m_session.get(), &CallSession::notesSaved, [&saved] { ++saved; });
    m_session->setNotes(u"کارڈ 4111 1111 1111 1111، CVV 123"_s);
    m_session->setNotes(u"کارڈ 4111 1111 1111 1111، CVV 123 — گاہک نے دو سی ڈیز مانگیں"_s);
    EXPECT_TRUE(m_calls->notesForCall(m_session->call().id).value().isEmpty());

    QEventLoop loop;
    QObject::connect(m_session.get(), &CallSession::notesSaved, &loop, &QEventLoop::quit);
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();

    ASSERT_EQ(saved, 1);
    const QList<Note> notes = m_calls->notesForCall(m_session->call().id).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().text, u"کارڈ [card •••• 1111]، CVV ••• — گاہک نے دو سی ڈیز مانگیں"_s);
    EXPECT_EQ(notes.first().customerId, m_customer.id);
    EXPECT_LE(CallSession::NoteSaveDelay, 1000ms);
}

TEST_F(CallSessionTest, CloseSavesPendingNotesAndMasksTheSummary)
{
    startActiveCall();
    m_session->setNotes(u"Targeta 5555 5555 5555 4444"_s);
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(u"resolved"_s, u"Pagament amb 5555-5555-5555-4444"_s));
    const QList<Note> notes = m_calls->notesForCall(m_session->call().id).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().text, u"Targeta [card •••• 4444]"_s);
    EXPECT_EQ(storedCall().summary, u"Pagament amb [card •••• 4444]"_s);
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
    EXPECT_EQ(last.type, T::HoldWarning);
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

    // The session's own timer saves it, NoteSaveDelay after the change, with nothing else asked of it.
    QEventLoop loop;
    QObject::connect(m_session.get(), &CallSession::draftSaved, &loop, &QEventLoop::quit);
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_EQ(saves, 1);
    EXPECT_LE(CallSession::NoteSaveDelay, 1000ms);

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
    ASSERT_TRUE(m_session->flushNotes());
    EXPECT_EQ(m_calls->draft(m_session->call().id).value()->scriptLanguage, u"en"_s);
}

TEST_F(CallSessionTest, AfterCallWorkTimeIsRecordedAtClose)
{
    startActiveCall();
    ASSERT_TRUE(m_session->wrapUp());
    m_clock.advance(42s);
    EXPECT_EQ(m_session->afterCallWork(), 42s);
    ASSERT_TRUE(m_session->close(u"resolved"_s, {}));
    EXPECT_EQ(details(T::Closed).value(u"acw_ms"_s).toInteger(), 42'000);
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
    ASSERT_TRUE(m_session->scheduleFollowUp(followUp));
    EXPECT_GT(followUp.id, 0);
    EXPECT_EQ(followUp.customerId, m_customer.id);
    EXPECT_EQ(followUp.callId, m_session->call().id);
    ASSERT_TRUE(m_session->followUp().has_value());
    EXPECT_EQ(details(T::FollowUpScheduled).value(u"follow_up_id"_s).toInteger(), followUp.id);
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
    ASSERT_TRUE(m_session->flushNotes());
    const qint64 callId = m_session->call().id;
    m_clock.advance(30s);

    // A new program: a fresh session on the same database.
    m_session = std::make_unique<CallSession>(*m_calls, m_clock);
    m_session->setAgent(Agent {0, u"Núria Puig"_s, u"npuig"_s, u"agent"_s, {}});
    ASSERT_TRUE(m_session->resumeInterrupted(callId));
    EXPECT_EQ(m_session->state(), CallState::OnHold);
    EXPECT_TRUE(m_session->holdTimer().isOnHold());
    EXPECT_EQ(m_session->notes(), u"customer wants two more CDs"_s);
    EXPECT_EQ(m_session->draft().request, u"two more CDs"_s);
    EXPECT_EQ(m_session->draft().address, u"123 Main St"_s);
    EXPECT_EQ(m_session->totalHold(), 20s);
    EXPECT_EQ(m_session->holdCount(), 1);
    EXPECT_GE(m_session->duration(), 53s);
    EXPECT_EQ(details(T::Recovered).value(u"previous_state"_s).toString(), u"on_hold"_s);
    EXPECT_TRUE(details(T::Recovered).value(u"resumed"_s).toBool());

    // Typing goes on into the same note.
    m_session->setNotes(u"customer wants two more CDs, blue"_s);
    ASSERT_TRUE(m_session->resume(true));
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(u"resolved"_s, {}));
    Result<QList<Note>> notes = m_calls->notesForCall(callId);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes.value().size(), 1);
    EXPECT_EQ(notes.value().first().text, u"customer wants two more CDs, blue"_s);
}

TEST_F(CallSessionTest, DecliningRecoveryClosesTheCallAsAbandoned)
{
    startActiveCall();
    const qint64 callId = m_session->call().id;
    m_session = std::make_unique<CallSession>(*m_calls, m_clock);
    ASSERT_TRUE(m_session->abandonInterrupted(callId));
    EXPECT_FALSE(m_session->hasCall());
    const Call stored = m_calls->find(callId).value().value();
    EXPECT_EQ(stored.state, CallState::Closed);
    EXPECT_EQ(stored.disposition, u"abandoned"_s);
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
    ASSERT_TRUE(m_session->close(u"resolved"_s, u"\n  Send two more   CDs \nBlue cases, by Friday"_s));
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
    EXPECT_EQ(row.subject, u"Resolved: Send two more CDs"_s);
    // Talk: 110 s from answer to wrap-up, less the 20 s hold.
    EXPECT_EQ(row.summary,
        u"Send two more   CDs \nBlue cases, by Friday\n\nCall notes:\nCustomer prefers blue cases\n\n"
        u"Talk time 1:30; on hold 0:20 in total, the longest 0:20 (1 hold(s))."_s);
    EXPECT_EQ(rows.last().subject, u"Letter about the invoice"_s);
}

TEST_F(CallSessionTest, MissedCallIsRecordedInTheHistory)
{
    countRecorded();
    const QDateTime started = m_clock.nowUtc();
    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, u"+91 98480 22338"_s));
    m_clock.advance(25s);
    ASSERT_TRUE(m_session->close({}, {}));
    EXPECT_EQ(m_recorded, 1);

    const QList<Interaction> rows = history();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().callId, m_session->call().id);
    EXPECT_EQ(rows.first().channel, Channel::Phone);
    EXPECT_TRUE(rows.first().inbound);
    EXPECT_EQ(rows.first().occurredUtc, started);
    EXPECT_EQ(rows.first().agentName, u"Núria Puig"_s);
    EXPECT_EQ(rows.first().subject, u"Missed"_s);
    EXPECT_EQ(rows.first().summary, u"Not answered; closed after 0:25."_s);
}

TEST_F(CallSessionTest, CallbacksAndVisitsKeepTheirChannelAndDirection)
{
    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, u"+91 98480 22338"_s, true));
    m_session->setRequestCapture(u"Licence renewal\nsecond line"_s, {}, {});
    m_clock.advance(2min);
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(u"follow_up"_s, {}));
    m_clock.advance(1h);
    ASSERT_TRUE(m_session->start(m_customer, Channel::InPerson));
    m_clock.advance(1h + 5min + 7s);
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(u"complaint"_s, {}));

    const QList<Interaction> rows = history();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).channel, Channel::InPerson);
    EXPECT_TRUE(rows.at(0).inbound);
    EXPECT_EQ(rows.at(0).subject, u"Complaint"_s);
    EXPECT_EQ(rows.at(0).summary, u"Talk time 1:05:07, no hold."_s);
    EXPECT_EQ(rows.at(1).channel, Channel::Phone);
    EXPECT_FALSE(rows.at(1).inbound) << "a callback is an outbound call";
    EXPECT_EQ(rows.at(1).subject, u"Follow-up needed: Licence renewal"_s) << "the request stands in for the summary";
    EXPECT_EQ(rows.at(1).summary, u"Licence renewal\nsecond line\n\nTalk time 2:00, no hold."_s);
}

TEST_F(CallSessionTest, ACallIsRecordedOnceHoweverOftenItIsClosed)
{
    countRecorded();
    startActiveCall();
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(u"resolved"_s, u"done"_s));
    const qint64 callId = m_session->call().id;
    EXPECT_FALSE(m_session->close(u"resolved"_s, u"done again"_s));
    EXPECT_FALSE(m_session->abandonInterrupted(callId));
    EXPECT_EQ(history().size(), 1);
    EXPECT_EQ(m_recorded, 1);

    // Another program declines to recover a call this one still has open: whoever closes first records it.
    startActiveCall();
    ASSERT_TRUE(m_session->wrapUp());
    CallSession other(*m_calls, m_clock);
    int otherRecorded = 0;
    QObject::connect(&other, &CallSession::callRecorded, [&otherRecorded] { ++otherRecorded; });
    ASSERT_TRUE(other.abandonInterrupted(m_session->call().id));
    EXPECT_EQ(otherRecorded, 1);
    const Status late = m_session->close(u"resolved"_s, {});
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, Error::Code::NotFound);
    EXPECT_FALSE(m_session->hasCall());
    EXPECT_EQ(history().size(), 2);
    EXPECT_EQ(m_recorded, 1);
    EXPECT_EQ(storedCall().disposition, u"abandoned"_s);
}

TEST_F(CallSessionTest, TheHistoryEntryHoldsNoCardNumber)
{
    startActiveCall();
    m_session->setRequestCapture(u"pay with 4111 1111 1111 1111"_s, {}, {});
    ASSERT_TRUE(m_session->flushNotes());
    m_session->setNotes(u"Targeta 5555 5555 5555 4444, CVV 123"_s); // not yet saved at close
    ASSERT_TRUE(m_session->wrapUp());
    ASSERT_TRUE(m_session->close(u"resolved"_s, u"Pagament amb 4111-1111-1111-1111\nCVV 123"_s));

    const QList<Interaction> rows = history();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().subject, u"Resolved: Pagament amb [card •••• 1111]"_s);
    for (const QString& text : {rows.first().subject, rows.first().summary}) {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits += c;
        }
        EXPECT_FALSE(digits.contains(u"4111111111111111"_s)) << text.toStdString();
        EXPECT_FALSE(digits.contains(u"5555555555554444"_s)) << text.toStdString();
        EXPECT_FALSE(text.contains(u"CVV 123"_s)) << text.toStdString();
    }
    EXPECT_TRUE(rows.first().summary.contains(u"Targeta [card •••• 4444]"_s)) << rows.first().summary.toStdString();
}

TEST_F(CallSessionTest, DecliningRecoveryRecordsTheAbandonedCall)
{
    startActiveCall();
    m_session->setRequestCapture(u"refund for the broken CD"_s, {}, {});
    m_session->setNotes(u"customer was cut off"_s);
    ASSERT_TRUE(m_session->flushNotes());
    const qint64 callId = m_session->call().id;
    const QDateTime started = m_session->call().startedUtc;
    m_clock.advance(10min);

    m_session = std::make_unique<CallSession>(*m_calls, m_clock); // no agent set: the log names who took it
    countRecorded();
    ASSERT_TRUE(m_session->abandonInterrupted(callId));
    EXPECT_EQ(m_recorded, 1);
    const QList<Interaction> rows = history();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().callId, callId);
    EXPECT_EQ(rows.first().occurredUtc, started);
    EXPECT_EQ(rows.first().agentName, u"Núria Puig"_s);
    EXPECT_EQ(rows.first().subject, u"Abandoned: refund for the broken CD"_s);
    EXPECT_EQ(rows.first().summary,
        u"refund for the broken CD\n\nCall notes:\ncustomer was cut off\n\n"
        u"The program stopped during the call, and the call was not taken up again."_s);
    EXPECT_EQ(eventTypes().mid(eventTypes().size() - 2), (QList<CallEventType> {T::Recovered, T::Closed}));
}

TEST_F(CallSessionTest, ALongSummaryGivesAShortSubjectCutBetweenLetters)
{
    startActiveCall();
    ASSERT_TRUE(m_session->wrapUp());
    const QString summary = u"రెండు కొత్త సీడీలు పంపాలి "_s.repeated(8);
    ASSERT_TRUE(m_session->close(u"resolved"_s, summary));
    const Interaction row = history().value(0);
    EXPECT_LE(row.subject.size(), CallHistory::SubjectMaxLength);
    EXPECT_GT(row.subject.size(), CallHistory::SubjectMaxLength / 2);
    EXPECT_TRUE(row.subject.startsWith(u"Resolved: రెండు"_s)) << row.subject.toStdString();
    ASSERT_TRUE(row.subject.endsWith(u'…')) << row.subject.toStdString();
    const QString kept = row.subject.chopped(1);
    const QString whole = u"Resolved: "_s + summary.simplified();
    ASSERT_TRUE(whole.startsWith(kept));
    EXPECT_FALSE(whole.at(kept.size()).isMark()) << "a vowel sign cut off from its consonant";
    EXPECT_FALSE(kept.back().isSpace());
    EXPECT_TRUE(row.summary.startsWith(summary.trimmed())) << "the summary keeps the whole text";
}
