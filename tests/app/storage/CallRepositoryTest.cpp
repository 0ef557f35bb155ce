#include "StorageTest.h"

#include "storage/AgentRepository.h"
#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc());
}
} // namespace

class CallRepositoryTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        Customer c;
        c.salutation = u"శ్రీమతి"_s;
        c.givenName = u"శ్రీదేవి"_s;
        c.familyName = u"రావు"_s;
        Result<qint64> customer = CustomerRepository(db()).insert(c);
        ASSERT_TRUE(customer.ok()) << customer.error().fullText().toStdString();
        customerId = customer.value();
        AgentRepository agents(db());
        Result<qint64> ravi = agents.insert(Agent { 0, u"Ravi"_s, u"ravi"_s, u"agent"_s, {} });
        Result<qint64> jordi = agents.insert(Agent { 0, u"Jordi"_s, u"jordi"_s, u"agent"_s, {} });
        ASSERT_TRUE(ravi.ok() && jordi.ok());
        raviId = ravi.value();
        jordiId = jordi.value();
        repo = std::make_unique<CallRepository>(db());
    }

    Call newCall(const QDateTime& started) const
    {
        Call call;
        call.customerId = customerId;
        call.agentId = raviId;
        call.channel = Channel::Phone;
        call.state = CallState::Offered;
        call.remoteNumber = u"+91 94401 66823"_s;
        call.scriptLanguage = u"te"_s;
        call.startedUtc = started;
        return call;
    }

    /// A call opened at `started` and the pieces closeCall() takes to close it at `ended`.
    struct Closing
    {
        Call call;
        QList<CallEvent> events;
        Interaction history;
    };
    Closing openCall(const QDateTime& started, const QDateTime& ended)
    {
        Closing c;
        c.call = newCall(started);
        Result<qint64> id = repo->createCall(c.call);
        EXPECT_TRUE(id.ok()) << id.error().fullText().toStdString();
        c.call.id = id.ok() ? id.value() : 0;
        c.call.state = CallState::Closed;
        c.call.endedUtc = ended;
        c.call.disposition = Disposition::Resolved;
        c.call.summary = u"రీఫండ్ కోసం బిల్లింగ్ విభాగానికి పంపాను."_s;
        CallEvent closed;
        closed.payload = CallEvents::Closed {Disposition::Resolved, false, false};
        closed.atUtc = ended;
        closed.agentId = raviId;
        c.events = {closed};
        c.history.customerId = customerId;
        c.history.channel = Channel::Phone;
        c.history.inbound = true;
        c.history.occurredUtc = started;
        c.history.agentId = raviId;
        c.history.subject = u"రీఫండ్"_s;
        c.history.summary = c.call.summary;
        return c;
    }

    qint64 historyCount()
    {
        Result<qint64> count = InteractionRepository(db()).countForCustomer(customerId);
        EXPECT_TRUE(count.ok());
        return count.ok() ? count.value() : -1;
    }

    qint64 customerId = 0;
    qint64 raviId = 0;
    qint64 jordiId = 0;
    std::unique_ptr<CallRepository> repo;
};

TEST_F(CallRepositoryTest, CreatesUpdatesAndFindsACall)
{
    Call call = newCall(at(14, 9, 30));
    Result<qint64> id = repo->createCall(call);
    CORDIAL_ASSERT_OK(id);
    call.id = id.value();
    call.state = CallState::Closed;
    call.endedUtc = at(14, 9, 42);
    call.disposition = Disposition::Resolved;
    call.summary = u"రీఫండ్ కోసం బిల్లింగ్ విభాగానికి పంపాను."_s;
    call.scriptLanguage = u"en"_s;
    CORDIAL_ASSERT_OK(repo->updateCall(call));

    Result<std::optional<Call>> found = repo->find(call.id);
    CORDIAL_ASSERT_OK(found);
    ASSERT_TRUE(found.value().has_value());
    const Call& back = *found.value();
    EXPECT_EQ(back.customerId, customerId);
    EXPECT_EQ(back.agentId, raviId);
    EXPECT_EQ(back.channel, Channel::Phone);
    EXPECT_EQ(back.state, CallState::Closed);
    EXPECT_EQ(back.remoteNumber, u"+91 94401 66823"_s);
    EXPECT_EQ(back.scriptLanguage, u"en"_s);
    EXPECT_EQ(back.startedUtc, at(14, 9, 30));
    EXPECT_EQ(back.endedUtc, at(14, 9, 42));
    EXPECT_EQ(back.disposition, Disposition::Resolved);
    EXPECT_EQ(back.summary, call.summary);
}

TEST_F(CallRepositoryTest, AcceptsACallFromAnUnknownCaller)
{
    Call call = newCall(at(14, 10));
    call.customerId = 0;
    call.agentId = 0;
    Result<qint64> id = repo->createCall(call);
    CORDIAL_ASSERT_OK(id);
    Result<std::optional<Call>> found = repo->find(id.value());
    CORDIAL_ASSERT_OK(found);
    ASSERT_TRUE(found.value().has_value());
    EXPECT_EQ(found.value()->customerId, 0);
    EXPECT_EQ(found.value()->agentId, 0);
    EXPECT_FALSE(found.value()->endedUtc.isValid());
}

TEST_F(CallRepositoryTest, UpdatingAMissingCallIsNotFound)
{
    Call ghost = newCall(at(14, 10));
    ghost.id = 31337;
    const Status status = repo->updateCall(ghost);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::NotFound);
}

TEST_F(CallRepositoryTest, ListsCallsLeftOpenNewestFirst)
{
    Result<qint64> older = repo->createCall(newCall(at(13, 16)));
    Result<qint64> closed = repo->createCall(newCall(at(14, 8)));
    Result<qint64> newer = repo->createCall(newCall(at(14, 9)));
    ASSERT_TRUE(older.ok() && closed.ok() && newer.ok());
    Call call = newCall(at(14, 8));
    call.id = closed.value();
    call.state = CallState::Closed;
    CORDIAL_ASSERT_OK(repo->updateCall(call));

    Result<QList<Call>> open = repo->openCalls();
    CORDIAL_ASSERT_OK(open);
    ASSERT_EQ(open.value().size(), 2);
    EXPECT_EQ(open.value().at(0).id, newer.value());
    EXPECT_EQ(open.value().at(1).id, older.value());
}

TEST_F(CallRepositoryTest, KeepsTheEventLogInAppendOrder)
{
    Result<qint64> callId = repo->createCall(newCall(at(14, 9)));
    CORDIAL_ASSERT_OK(callId);
    const QList<CallEventPayload> payloads {CallEvents::Offered {Channel::Phone, true}, CallEvents::Answered {4200},
        CallEvents::HoldStarted {HoldReason::Hold}, CallEvents::HoldWarning {1, 60'000},
        CallEvents::HoldEnded {HoldReason::Hold, 61'500, 1, true}, CallEvents::ApologyGiven {},
        CallEvents::PaymentReadBack {CardBrand::Visa, u"0123"_s, u"05/27"_s, u"Jane M. Smith"_s},
        CallEvents::Closed {Disposition::FollowUp, false, false}};
    for (int i = 0; i < payloads.size(); ++i) {
        CallEvent e;
        e.callId = callId.value();
        e.payload = payloads.at(i);
        // The wall clock jumps back half-way: the log still keeps the order events happened in.
        e.atUtc = at(14, 9, i < 3 ? 10 + i : i);
        e.monotonicMs = 1000 + i * 250;
        e.agentId = raviId;
        CORDIAL_ASSERT_OK(repo->appendEvent(e));
    }
    Result<QList<CallEvent>> events = repo->events(callId.value());
    CORDIAL_ASSERT_OK(events);
    ASSERT_EQ(events.value().size(), payloads.size());
    for (int i = 0; i < payloads.size(); ++i) {
        EXPECT_EQ(events.value().at(i).type(), static_cast<CallEventType>(payloads.at(i).index()));
        EXPECT_EQ(events.value().at(i).monotonicMs, 1000 + i * 250);
        EXPECT_EQ(events.value().at(i).callId, callId.value());
        EXPECT_EQ(events.value().at(i).agentId, raviId);
    }
    // Every field comes back through the one serialisation.
    const auto* offered = events.value().at(0).as<CallEvents::Offered>();
    ASSERT_NE(offered, nullptr);
    EXPECT_TRUE(offered->outbound);
    const auto* ended = events.value().at(4).as<CallEvents::HoldEnded>();
    ASSERT_NE(ended, nullptr);
    EXPECT_EQ(ended->durationMs, 61'500);
    EXPECT_EQ(ended->warnings, 1);
    EXPECT_TRUE(ended->apologised);
    EXPECT_NE(events.value().at(5).as<CallEvents::ApologyGiven>(), nullptr);
    const auto* payment = events.value().at(6).as<CallEvents::PaymentReadBack>();
    ASSERT_NE(payment, nullptr);
    EXPECT_EQ(payment->brand, CardBrand::Visa);
    EXPECT_EQ(payment->last4, u"0123"_s);
    EXPECT_EQ(payment->expiry, u"05/27"_s);
    EXPECT_EQ(payment->nameOnCard, u"Jane M. Smith"_s);
    EXPECT_EQ(events.value().at(7).as<CallEvents::Closed>()->disposition, Disposition::FollowUp);
    EXPECT_EQ(events.value().at(2).atUtc, at(14, 9, 12));
}

TEST_F(CallRepositoryTest, SavesAndReplacesNotes)
{
    Result<qint64> callId = repo->createCall(newCall(at(14, 9)));
    CORDIAL_ASSERT_OK(callId);
    Note note;
    note.customerId = customerId;
    note.callId = callId.value();
    note.agentId = raviId;
    note.text = u"గురువారం ఉదయం టెక్నీషియన్"_s;
    note.updatedUtc = at(14, 9, 5);
    Result<qint64> id = repo->saveNote(note);
    CORDIAL_ASSERT_OK(id);
    note.id = id.value();
    note.text += u" — confirmed"_s;
    note.updatedUtc = at(14, 9, 6);
    Result<qint64> again = repo->saveNote(note);
    CORDIAL_ASSERT_OK(again);
    EXPECT_EQ(again.value(), id.value());

    Result<QList<Note>> notes = repo->notesForCall(callId.value());
    CORDIAL_ASSERT_OK(notes);
    ASSERT_EQ(notes.value().size(), 1);
    EXPECT_EQ(notes.value().first().text, note.text);
    EXPECT_EQ(notes.value().first().updatedUtc, at(14, 9, 6));
    EXPECT_EQ(notes.value().first().customerId, customerId);

    Note ghost = note;
    ghost.id = 777777;
    Result<qint64> missing = repo->saveNote(ghost);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
}

TEST_F(CallRepositoryTest, ListsOpenFollowUpsOldestDueFirst)
{
    auto add = [&](const QDateTime& due, qint64 owner, const QString& reason) {
        FollowUp f;
        f.customerId = customerId;
        f.ownerAgentId = owner;
        f.dueUtc = due;
        f.reason = reason;
        Result<qint64> id = repo->addFollowUp(f);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    };
    const qint64 later = add(at(20, 15), raviId, u"software licence"_s);
    const qint64 overdue = add(at(10, 9), raviId, u"refund check"_s);
    const qint64 done = add(at(9, 9), raviId, u"already called"_s);
    add(at(8, 9), jordiId, u"someone else's"_s);
    const qint64 soon = add(at(15, 11), raviId, u"delivery"_s);
    CORDIAL_ASSERT_OK(repo->setFollowUpDone(done, true));

    Result<QList<FollowUp>> due = repo->dueFollowUps(raviId, 10);
    CORDIAL_ASSERT_OK(due);
    ASSERT_EQ(due.value().size(), 3);
    EXPECT_EQ(due.value().at(0).id, overdue);
    EXPECT_EQ(due.value().at(1).id, soon);
    EXPECT_EQ(due.value().at(2).id, later);
    EXPECT_EQ(due.value().at(0).reason, u"refund check"_s);
    EXPECT_EQ(due.value().at(0).dueUtc, at(10, 9));
    EXPECT_FALSE(due.value().at(0).done);

    Result<QList<FollowUp>> limited = repo->dueFollowUps(raviId, 1);
    CORDIAL_ASSERT_OK(limited);
    ASSERT_EQ(limited.value().size(), 1);

    CORDIAL_ASSERT_OK(repo->setFollowUpDone(done, false));
    Result<QList<FollowUp>> reopened = repo->dueFollowUps(raviId, 10);
    CORDIAL_ASSERT_OK(reopened);
    ASSERT_EQ(reopened.value().size(), 4);
    EXPECT_EQ(reopened.value().first().id, done);

    const Status missing = repo->setFollowUpDone(555555, true);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
}

TEST_F(CallRepositoryTest, SavesAndReplacesTheRequestCapture)
{
    Result<qint64> call = repo->createCall(newCall(at(14, 9)));
    ASSERT_TRUE(call.ok());
    Result<std::optional<CallDraft>> none = repo->draft(call.value());
    ASSERT_TRUE(none.ok()) << none.error().fullText().toStdString();
    EXPECT_FALSE(none.value().has_value());

    CallDraft draft;
    draft.callId = call.value();
    draft.request = u"రెండు కొత్త సీడీలు"_s;
    draft.address = u"123 Main St, Anytown"_s;
    draft.scriptLanguage = u"te"_s;
    draft.updatedUtc = at(14, 9, 1);
    ASSERT_TRUE(repo->saveDraft(draft).ok());
    draft.request = u"two more CDs"_s;
    draft.details = u"blue cases"_s;
    draft.updatedUtc = at(14, 9, 2);
    ASSERT_TRUE(repo->saveDraft(draft).ok());

    Result<std::optional<CallDraft>> found = repo->draft(call.value());
    ASSERT_TRUE(found.ok() && found.value().has_value());
    EXPECT_EQ(found.value()->request, u"two more CDs"_s);
    EXPECT_EQ(found.value()->details, u"blue cases"_s);
    EXPECT_EQ(found.value()->address, u"123 Main St, Anytown"_s);
    EXPECT_EQ(found.value()->scriptLanguage, u"te"_s);
    EXPECT_EQ(found.value()->updatedUtc, at(14, 9, 2));
}

TEST_F(CallRepositoryTest, ClosingACallStoresItsEventsAndOneHistoryEntryFirstInTheHistory)
{
    InteractionRepository interactions(db());
    Interaction older;
    older.customerId = customerId;
    older.occurredUtc = at(2, 11);
    older.subject = u"Older letter"_s;
    older.channel = Channel::Letter;
    CORDIAL_ASSERT_OK(interactions.insert(older));

    Closing c = openCall(at(14, 9, 30), at(14, 9, 42));
    c.history.callId = 4242; // set by closeCall
    CORDIAL_ASSERT_OK(repo->closeCall(c.call, c.events, c.history));
    EXPECT_GT(c.history.id, 0);
    EXPECT_EQ(c.history.callId, c.call.id);
    ASSERT_EQ(c.events.size(), 1);
    EXPECT_GT(c.events.first().id, 0);
    EXPECT_EQ(c.events.first().callId, c.call.id);

    const Call stored = repo->find(c.call.id).value().value();
    EXPECT_EQ(stored.state, CallState::Closed);
    EXPECT_EQ(stored.endedUtc, at(14, 9, 42));
    EXPECT_EQ(stored.disposition, Disposition::Resolved);
    EXPECT_EQ(stored.summary, c.call.summary);
    const QList<CallEvent> events = repo->events(c.call.id).value();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().type(), CallEventType::Closed);
    EXPECT_TRUE(repo->openCalls().value().isEmpty());

    Result<HistoryPage> page = interactions.fetchPage(customerId, std::nullopt, 10);
    CORDIAL_ASSERT_OK(page);
    ASSERT_EQ(page.value().rows.size(), 2);
    const Interaction& first = page.value().rows.first();
    EXPECT_EQ(first.id, c.history.id);
    EXPECT_EQ(first.callId, c.call.id);
    EXPECT_EQ(first.occurredUtc, at(14, 9, 30));
    EXPECT_EQ(first.subject, u"రీఫండ్"_s);
    EXPECT_EQ(first.summary, c.call.summary);
    EXPECT_EQ(first.agentId, raviId);
    EXPECT_EQ(first.agentName, u"Ravi"_s); // read back by id
    ASSERT_TRUE(first.facts.has_value());
    EXPECT_EQ(first.facts->disposition, Disposition::Resolved);
    EXPECT_EQ(page.value().rows.last().subject, u"Older letter"_s);
}

TEST_F(CallRepositoryTest, ClosingAClosedCallWritesNothing)
{
    Closing c = openCall(at(14, 9, 30), at(14, 9, 42));
    Closing again = c;
    CORDIAL_ASSERT_OK(repo->closeCall(c.call, c.events, c.history));

    again.call.endedUtc = at(14, 10);
    const Status status = repo->closeCall(again.call, again.events, again.history);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::NotFound);
    EXPECT_EQ(again.history.id, 0);
    EXPECT_EQ(historyCount(), 1);
    EXPECT_EQ(repo->events(c.call.id).value().size(), 1);
    EXPECT_EQ(repo->find(c.call.id).value()->endedUtc, at(14, 9, 42));

    Closing ghost = openCall(at(14, 11), at(14, 12));
    ghost.call.id = 31337;
    const Status missing = repo->closeCall(ghost.call, ghost.events, ghost.history);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
}

TEST_F(CallRepositoryTest, ClosingIsAllOrNothing)
{
    Closing c = openCall(at(14, 9, 30), at(14, 9, 42));
    c.history.customerId = 999'999; // the entry cannot be stored: nor can the rest
    ASSERT_FALSE(repo->closeCall(c.call, c.events, c.history).ok());
    EXPECT_EQ(c.history.id, 0);
    EXPECT_EQ(c.events.first().id, 0);
    EXPECT_EQ(repo->find(c.call.id).value()->state, CallState::Offered);
    EXPECT_TRUE(repo->events(c.call.id).value().isEmpty());
    EXPECT_EQ(repo->openCalls().value().size(), 1);

    // Still open, so it can be closed (and recorded) later.
    c.history.customerId = customerId;
    CORDIAL_ASSERT_OK(repo->closeCall(c.call, c.events, c.history));
    EXPECT_EQ(historyCount(), 1);
}

TEST_F(CallRepositoryTest, ClosingACallWithoutCustomerAddsNoHistoryEntry)
{
    Closing c = openCall(at(14, 9, 30), at(14, 9, 42));
    c.history.customerId = 0;
    CORDIAL_ASSERT_OK(repo->closeCall(c.call, c.events, c.history));
    EXPECT_EQ(c.history.id, 0);
    EXPECT_EQ(repo->find(c.call.id).value()->state, CallState::Closed);
    EXPECT_EQ(historyCount(), 0);
}

TEST_F(CallRepositoryTest, RowsWithTheSameUidAreStoredOnce)
{
    // A write replayed from the journal after a crash must not store anything twice.
    Call call = newCall(at(14, 9));
    call.uid = u"0b9d6c55-call"_s;
    Result<qint64> first = repo->createCall(call);
    Result<qint64> again = repo->createCall(call);
    CORDIAL_ASSERT_OK(first);
    CORDIAL_ASSERT_OK(again);
    EXPECT_EQ(first.value(), again.value());
    EXPECT_EQ(repo->idForUid(call.uid).value(), first.value());
    EXPECT_FALSE(repo->idForUid(u"no-such-call"_s).value().has_value());

    CallEvent event;
    event.callId = first.value();
    event.uid = u"0b9d6c55-event"_s;
    event.atUtc = at(14, 9, 1);
    event.payload = CallEvents::HoldStarted {HoldReason::Hold};
    Result<qint64> e1 = repo->appendEvent(event);
    Result<qint64> e2 = repo->appendEvent(event);
    CORDIAL_ASSERT_OK(e1);
    CORDIAL_ASSERT_OK(e2);
    EXPECT_EQ(e1.value(), e2.value());
    EXPECT_EQ(repo->events(first.value()).value().size(), 1);

    Note note;
    note.uid = u"0b9d6c55-note"_s;
    note.callId = first.value();
    note.customerId = customerId;
    note.text = u"पहला"_s;
    note.updatedUtc = at(14, 9, 2);
    CORDIAL_ASSERT_OK(repo->saveNote(note));
    note.text = u"दूसरा"_s;
    CORDIAL_ASSERT_OK(repo->saveNote(note));
    const QList<Note> notes = repo->notesForCall(first.value()).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().text, u"दूसरा"_s);

    FollowUp followUp;
    followUp.uid = u"0b9d6c55-follow-up"_s;
    followUp.customerId = customerId;
    followUp.callId = first.value();
    followUp.ownerAgentId = raviId;
    followUp.dueUtc = at(15, 10);
    CallEvent scheduled;
    scheduled.callId = first.value();
    scheduled.uid = u"0b9d6c55-scheduled"_s;
    scheduled.atUtc = at(14, 9, 3);
    scheduled.payload = CallEvents::FollowUpScheduled {followUp.uid, raviId, at(15, 10).toMSecsSinceEpoch()};
    Result<qint64> f1 = repo->scheduleFollowUp(followUp, scheduled);
    Result<qint64> f2 = repo->scheduleFollowUp(followUp, scheduled);
    CORDIAL_ASSERT_OK(f1);
    CORDIAL_ASSERT_OK(f2);
    EXPECT_EQ(f1.value(), f2.value());
    EXPECT_EQ(repo->dueFollowUps(raviId, 10).value().size(), 1);
    EXPECT_EQ(repo->events(first.value()).value().size(), 2);
}

TEST_F(CallRepositoryTest, AStateChangeAndItsEventsAreOneTransaction)
{
    Result<qint64> id = repo->createCall(newCall(at(14, 9)));
    CORDIAL_ASSERT_OK(id);
    Call call = newCall(at(14, 9));
    call.id = id.value();
    call.state = CallState::OnHold;
    CallEvent held;
    held.callId = id.value();
    held.atUtc = at(14, 9, 5);
    held.payload = CallEvents::HoldStarted {HoldReason::Hold};
    CallEvent broken = held;
    broken.callId = 987'654; // no such call: the event cannot be stored, so neither is the state
    EXPECT_FALSE(repo->recordChange(call, {held, broken}).ok());
    EXPECT_EQ(repo->find(id.value()).value()->state, CallState::Offered);
    EXPECT_TRUE(repo->events(id.value()).value().isEmpty());

    CORDIAL_ASSERT_OK(repo->recordChange(call, {held}));
    EXPECT_EQ(repo->find(id.value()).value()->state, CallState::OnHold);
    EXPECT_EQ(repo->events(id.value()).value().size(), 1);
}

TEST_F(CallRepositoryTest, ClosingWritesTheCallsFactsFoldedFromItsLog)
{
    Closing c = openCall(at(14, 9, 0), at(14, 12, 0));
    auto event = [&](qint64 monotonicMs, CallEventPayload payload) {
        CallEvent e;
        e.callId = c.call.id;
        e.atUtc = at(14, 9).addMSecs(monotonicMs);
        e.monotonicMs = monotonicMs;
        e.agentId = raviId;
        e.payload = std::move(payload);
        CORDIAL_EXPECT_OK(repo->appendEvent(e));
    };
    event(0, CallEvents::Offered {Channel::Phone, false});
    event(5'000, CallEvents::Answered {5'000});
    event(20'000, CallEvents::ScriptStep {u"greet"_s, StepMark::Done});
    event(30'000, CallEvents::HoldStarted {HoldReason::Hold});
    event(90'000, CallEvents::HoldWarning {1, 60'000});
    event(95'000, CallEvents::HoldEnded {HoldReason::Hold, 65'000, 1, true});
    event(100'000, CallEvents::ScriptStep {u"payment"_s, StepMark::Skipped});
    event(110'000, CallEvents::TransferStarted {0, u"Billing"_s, u"department"_s, true});
    event(110'000, CallEvents::HoldStarted {HoldReason::Transfer});
    event(130'000, CallEvents::HoldEnded {HoldReason::Transfer, 20'000, 0, false});
    event(130'000, CallEvents::TransferConnected {});
    event(130'000, CallEvents::WrapUpStarted {});
    c.events.first().monotonicMs = 175'000;
    c.events.first().atUtc = at(14, 9).addMSecs(175'000);
    CORDIAL_ASSERT_OK(repo->closeCall(c.call, c.events, c.history));

    Result<std::optional<CallFacts>> stored = repo->facts(c.call.id);
    CORDIAL_ASSERT_OK(stored);
    ASSERT_TRUE(stored.value().has_value());
    const CallFacts& f = *stored.value();
    EXPECT_EQ(f.disposition, Disposition::Resolved);
    EXPECT_EQ(f.ringMs, 5'000);
    EXPECT_EQ(f.talkMs, 125'000 - 85'000);
    EXPECT_EQ(f.holdTotalMs, 85'000);
    EXPECT_EQ(f.holdLongestMs, 65'000);
    EXPECT_EQ(f.holdCount, 2);
    EXPECT_EQ(f.holdsOverLimit, 1);
    EXPECT_EQ(f.apologiesAfterHolds, 1);
    EXPECT_EQ(f.holdWarnings, 1);
    EXPECT_EQ(f.transfer, TransferKind::Warm);
    EXPECT_EQ(f.afterCallWorkMs, 45'000);
    EXPECT_EQ(f.durationMs, 175'000);
    EXPECT_EQ(f.stepsDone, 1);
    EXPECT_EQ(f.stepsSkipped, 1);
}

TEST_F(CallRepositoryTest, APaymentReadBackIsStoredWithItsEventAndNoNumber)
{
    Result<qint64> id = repo->createCall(newCall(at(14, 9)));
    CORDIAL_ASSERT_OK(id);
    PaymentReadBackRow payment;
    payment.callId = id.value();
    payment.uid = u"payment-1"_s;
    payment.card = CardSummary {CardBrand::Mastercard, u"4444"_s, u"09/29"_s, u"Núria Puig i Soler"_s};
    payment.atUtc = at(14, 9, 30);
    CallEvent event;
    event.callId = id.value();
    event.atUtc = payment.atUtc;
    event.payload = CallEvents::PaymentReadBack {CardBrand::Mastercard, u"4444"_s, u"09/29"_s, u"Núria Puig i Soler"_s};
    CORDIAL_ASSERT_OK(repo->recordPayment(payment, event));
    CORDIAL_ASSERT_OK(repo->recordPayment(payment, event)); // replayed: stored once (the event has no uid here)
    const QList<PaymentReadBackRow> rows = repo->paymentReadBacks(id.value()).value();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().card.brand, CardBrand::Mastercard);
    EXPECT_EQ(rows.first().card.last4, u"4444"_s);
    EXPECT_EQ(rows.first().card.expiry, u"09/29"_s);
    EXPECT_EQ(rows.first().card.nameOnCard, u"Núria Puig i Soler"_s);
}
