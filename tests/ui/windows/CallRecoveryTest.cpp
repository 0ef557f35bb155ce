// F20 and F18 through the window: a call a crash left open is offered for resuming with everything
// typed; a second launch's number pops the customer.

#include "CallWindowTest.h"

#include "dialogs/NewCallDialog.h"
#include "models/CustomerListModel.h"
#include "panels/CallBar.h"
#include "panels/CustomerCard.h"
#include "panels/CustomerSearchPane.h"
#include "panels/NotesEditor.h"
#include "panels/RequestCapture.h"
#include "panels/ScriptPanel.h"
#include "platform/CommandLine.h"
#include "services/CallSession.h"
#include "services/HoldTimer.h"
#include "storage/QueryWatch.h"
#include "support/QStringPrinter.h"
#include "windows/CallActions.h"
#include "windows/CallController.h"
#include "windows/CallIntake.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

class CallRecoveryTest : public CallWindowTest
{
protected:
    /// A call on hold with notes and request capture saved, then the window "dies" (is dropped without
    /// closing the call).
    qint64 leaveACallOnHold(int row = 0)
    {
        const Customer* customer = m_window->customerPane()->model()->customerAt(row);
        EXPECT_NE(customer, nullptr);
        m_customer = *customer;
        EXPECT_TRUE(m_window->controller()->startCall(*customer, Channel::Phone, customer->phone, true));
        m_window->scriptPanel()->nextStep(); // greet: done
        m_window->scriptPanel()->skipStep(); // clarify: skipped
        m_window->scriptPanel()->requestCapture()->setFields(u"दो और सीडी"_s, u"नीले"_s, u"123 Main St"_s);
        m_window->session()->setRequestCapture(u"दो और सीडी"_s, u"नीले"_s, u"123 Main St"_s);
        m_window->notesEditor()->setPlainText(u"customer wants two more CDs"_s);
        m_window->notesEditor()->pushNow();
        m_window->controller()->hold();
        m_window->session()->flushNotes();
        EXPECT_TRUE(m_window->session()->waitForWrites());
        const qint64 id = m_window->session()->call().id;
        m_clock.advance(5min);
        m_window.reset();
        return id;
    }

    /// The customer the list's current row shows; nullopt when no row is current.
    std::optional<qint64> listedCustomerId() const
    {
        const QTableView* view = m_window->customerPane()->resultsView();
        const QModelIndex current = view->selectionModel()->currentIndex();
        if (!current.isValid())
            return std::nullopt;
        const Customer* customer = m_window->customerPane()->model()->customerAt(current.row());
        return customer ? std::optional<qint64>(customer->id) : std::nullopt;
    }

    /// The rows selected in the customer list.
    QList<int> selectedRows() const
    {
        QList<int> rows;
        for (const QModelIndex& index : m_window->customerPane()->resultsView()->selectionModel()->selectedRows())
            rows << index.row();
        return rows;
    }

    Customer m_customer;
};

TEST_F(CallRecoveryTest, ResumingRestoresStateNotesAndRequest)
{
    const qint64 callId = leaveACallOnHold();
    createWindow();
    QString asked;
    m_window->intake()->setRecoveryPrompt([&](const Call& call, const QString& question) {
        EXPECT_EQ(call.id, callId);
        asked = question;
        return true;
    });
    ASSERT_TRUE(recover());
    EXPECT_TRUE(asked.startsWith(u"A call with "_s)) << asked.toStdString();
    EXPECT_TRUE(asked.contains(m_window->controller()->naming().name(m_customer, CustomerNaming::Form::Reference)))
        << asked.toStdString();
    EXPECT_TRUE(asked.endsWith(u"Resume it?"_s)) << asked.toStdString();

    CallSession* session = m_window->session();
    EXPECT_EQ(session->call().id, callId);
    EXPECT_EQ(session->state(), CallState::OnHold);
    EXPECT_TRUE(m_window->holdTimer()->isOnHold());
    EXPECT_EQ(m_window->notesEditor()->toPlainText(), u"customer wants two more CDs"_s);
    EXPECT_FALSE(m_window->notesEditor()->isReadOnly());
    RequestCapture* capture = m_window->scriptPanel()->requestCapture();
    EXPECT_EQ(capture->requestEdit()->text(), u"दो और सीडी"_s);
    EXPECT_EQ(capture->detailsEdit()->text(), u"नीले"_s);
    EXPECT_EQ(capture->addressEdit()->text(), u"123 Main St"_s);
    EXPECT_TRUE(m_window->scriptPanel()->renderedStep(u"restate"_s).contains(u"दो और सीडी"_s));
    EXPECT_TRUE(m_window->scriptPanel()->isStepDone(0));
    EXPECT_TRUE(m_window->scriptPanel()->isStepSkipped(1));
    EXPECT_EQ(m_window->customerPane()->card()->customer()->id, m_customer.id);

    const QList<CallEvent> log = events(callId);
    ASSERT_FALSE(log.isEmpty());
    EXPECT_EQ(log.last().type(), CallEventType::Recovered);
    EXPECT_EQ(details(log.last()).value(u"previous_state"_s).toString(), u"on_hold"_s);

    // The call goes on as usual.
    m_window->controller()->resume();
    EXPECT_EQ(session->state(), CallState::Active);
    ASSERT_TRUE(m_window->controller()->wrapUp());
    ASSERT_TRUE(m_window->controller()->finishCall(Disposition::Resolved, {}));
    m_writes->flush();
    EXPECT_TRUE(m_calls->openCalls().value().isEmpty());
}

TEST_F(CallRecoveryTest, DecliningClosesTheCallAsAbandoned)
{
    const qint64 callId = leaveACallOnHold();
    createWindow();
    m_window->intake()->setRecoveryPrompt([](const Call&, const QString&) { return false; });
    EXPECT_FALSE(recover());
    EXPECT_FALSE(m_window->session()->hasCall());
    EXPECT_FALSE(m_window->holdTimer()->isOnHold());
    m_writes->flush();
    const Call stored = m_calls->find(callId).value().value();
    EXPECT_EQ(stored.state, CallState::Closed);
    EXPECT_EQ(stored.disposition, Disposition::Abandoned);
    EXPECT_EQ(m_window->controller()->lastMessage(), u"The interrupted call was closed as abandoned."_s);
    EXPECT_FALSE(recover()) << "asked once";
}

TEST_F(CallRecoveryTest, NothingToOfferWhenNoCallWasLeftOpen)
{
    bool asked = false;
    m_window->intake()->setRecoveryPrompt([&](const Call&, const QString&) { return asked = true; });
    EXPECT_FALSE(recover());
    EXPECT_FALSE(asked);
}

TEST_F(CallRecoveryTest, ANumberFromASecondLaunchPopsTheKnownCustomer)
{
    const Customer* customer = m_window->customerPane()->model()->customerAt(3);
    ASSERT_NE(customer, nullptr);
    ASSERT_FALSE(customer->phone.isEmpty());
    const Customer expected = *customer;
    m_window->intake()->handleArguments({u"--call"_s, expected.phone});
    settle();
    ASSERT_TRUE(m_window->session()->hasCall());
    EXPECT_EQ(m_window->session()->state(), CallState::Offered) << "it rings for the agent to answer";
    EXPECT_EQ(m_window->session()->call().customerId, expected.id);
    EXPECT_EQ(m_window->customerPane()->card()->customer()->id, expected.id);
    EXPECT_TRUE(m_window->scriptPanel()->apologyLine().contains(expected.formalName())
        || !expected.preferredLanguage.isEmpty());

    // A second request during the call is not lost silently.
    m_window->intake()->handleArguments({u"tel:+34933123456"_s});
    settle();
    EXPECT_TRUE(m_window->controller()->lastMessage().contains(u"while another call is open"_s));
    m_window->intake()->handleArguments({u"tel:not-a-number"_s});
    settle();
    EXPECT_FALSE(m_window->controller()->lastMessage().isEmpty());
}

TEST(CommandLineCalls, CallRequestsAreFoundAmongOtherArguments)
{
    EXPECT_EQ(CommandLine::callArguments({u"tel:+91-98480-22338"_s}), QStringList {u"tel:+91-98480-22338"_s});
    EXPECT_EQ(CommandLine::callArguments({u"--db"_s, u"/tmp/x.sqlite"_s, u"--call"_s, u"+34 933 123 456"_s}),
        QStringList {u"+34 933 123 456"_s});
    EXPECT_EQ(CommandLine::callArguments({u"--demo"_s, u"--lang"_s, u"ur"_s, u"cordial://call?number=1"_s}),
        QStringList {u"cordial://call?number=1"_s});
    EXPECT_EQ(CommandLine::callArguments({u"--call=+15550100"_s}), QStringList {u"+15550100"_s});
    EXPECT_TRUE(CommandLine::callArguments({u"--demo"_s}).isEmpty());
}

} // namespace

namespace {

// --- Findings of the black-box test of the call console ---

TEST_F(CallRecoveryTest, EscapeOnTheResumeQuestionResumesTheCall)
{
    const qint64 callId = leaveACallOnHold();
    createWindow();
    QString buttons;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons())
            buttons += button->text() + u'|';
        QTest::keyClick(box, Qt::Key_Escape);
    });
    ASSERT_TRUE(recover()) << "Escape never discards the call";
    EXPECT_TRUE(buttons.contains(u"&Resume the call"_s)) << buttons.toStdString();
    EXPECT_TRUE(buttons.contains(u"abandoned"_s)) << "the destructive choice says what it does";
    EXPECT_EQ(m_window->session()->call().id, callId);
    m_writes->flush();
    EXPECT_EQ(m_calls->find(callId).value().value().state, CallState::OnHold);
}

TEST_F(CallRecoveryTest, ClosingTheResumeQuestionResumesTheCall)
{
    const qint64 callId = leaveACallOnHold();
    createWindow();
    onNextDialog<QMessageBox>([](QMessageBox* box) { box->close(); });
    ASSERT_TRUE(recover());
    EXPECT_EQ(m_window->session()->call().id, callId);
    EXPECT_TRUE(m_window->session()->hasCall());
}

TEST_F(CallRecoveryTest, OnlyTheExplicitChoiceClosesTheInterruptedCall)
{
    const qint64 callId = leaveACallOnHold();
    createWindow();
    onNextDialog<QMessageBox>([](QMessageBox* box) {
        auto* abandon = box->findChild<QPushButton*>(u"abandonCallButton"_s);
        ASSERT_NE(abandon, nullptr);
        EXPECT_NE(box->defaultButton(), abandon);
        EXPECT_NE(box->escapeButton(), abandon);
        abandon->click();
    });
    EXPECT_FALSE(recover());
    EXPECT_FALSE(m_window->session()->hasCall());
    m_writes->flush();
    EXPECT_EQ(m_calls->find(callId).value().value().disposition, Disposition::Abandoned);
}

TEST_F(CallRecoveryTest, ACallFromASecondLaunchDoesNotInheritThePreviousRequest)
{
    const Customer* first = m_window->customerPane()->model()->customerAt(0);
    ASSERT_NE(first, nullptr);
    ASSERT_TRUE(m_window->controller()->startCall(*first, Channel::Phone, first->phone, false));
    m_window->controller()->answer();
    ScriptPanel* script = m_window->scriptPanel();
    QTest::keyClicks(script->requestCapture()->requestEdit(), u"two more CDs"_s);
    script->nextStep();
    ASSERT_TRUE(script->renderedStep(u"restate"_s).contains(u"two more CDs"_s));
    ASSERT_TRUE(m_window->controller()->wrapUp());
    ASSERT_TRUE(m_window->controller()->finishCall(Disposition::Resolved, {}));
    settle();

    const Customer* other = m_window->customerPane()->model()->customerAt(3);
    ASSERT_NE(other, nullptr);
    ASSERT_FALSE(other->phone.isEmpty());
    const Customer expected = *other;
    m_window->intake()->handleArguments({u"tel:"_s + expected.phone});
    settle();
    ASSERT_TRUE(m_window->session()->hasCall());
    EXPECT_TRUE(script->requestCapture()->request().isEmpty());
    const QString restate = script->renderedStep(u"restate"_s);
    EXPECT_FALSE(restate.contains(u"two more CDs"_s)) << restate.toStdString();
    EXPECT_EQ(restate, ScriptFiller::missingNote({u"request"_s})) << restate.toStdString();
    const auto* label = script->findChild<QLabel*>(u"stepTextLabel_restate"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_FALSE(label->text().contains(u"two more CDs"_s)) << "what the agent reads, too";
    EXPECT_FALSE(script->isStepDone(0));
    EXPECT_TRUE(m_window->notesEditor()->toPlainText().isEmpty());
}

TEST_F(CallRecoveryTest, TheListPointsAtTheCallersRowAfterASecondLaunch)
{
    ASSERT_EQ(listedCustomerId(), m_window->customerPane()->model()->customerAt(0)->id);
    const Customer expected = *m_window->customerPane()->model()->customerAt(3);
    m_window->intake()->handleArguments({u"--call"_s, expected.phone});
    settle();
    ASSERT_EQ(m_window->customerPane()->card()->customer()->id, expected.id);
    EXPECT_EQ(listedCustomerId(), expected.id);
    // The caller's row is current wherever the call's recency moved it in the list.
    ASSERT_EQ(selectedRows().size(), 1);
    EXPECT_EQ(m_window->customerPane()->model()->customerAt(selectedRows().first())->id, expected.id);
}

TEST_F(CallRecoveryTest, TheListPointsAtTheRecoveredCallersRow)
{
    leaveACallOnHold(2);
    createWindow();
    m_window->intake()->setRecoveryPrompt([](const Call&, const QString&) { return true; });
    ASSERT_TRUE(recover());
    ASSERT_EQ(m_window->customerPane()->card()->customer()->id, m_customer.id);
    EXPECT_EQ(listedCustomerId(), m_customer.id);
    ASSERT_EQ(selectedRows().size(), 1);
    EXPECT_EQ(m_window->customerPane()->model()->customerAt(selectedRows().first())->id, m_customer.id);
}

TEST_F(CallRecoveryTest, ANewCardForAnUnknownCallerIsListedCountedAndCurrent)
{
    const auto* countLabel = m_window->findChild<QLabel*>(u"customerCountLabel"_s);
    ASSERT_NE(countLabel, nullptr);
    const qint64 before = CustomerRepository(*m_temp.db()).count().value();
    EXPECT_EQ(countLabel->text(), u"%1 customers"_s.arg(before));

    onNextDialog<NewCallDialog>([](NewCallDialog* dialog) {
        dialog->setKind(NewCallDialog::Kind::IncomingPhone);
        dialog->setNumber(u"+1 555 0142"_s);
        dialog->findChild<QLineEdit*>(u"givenNameLineEdit"_s)->setText(u"Lakshmi"_s);
        dialog->findChild<QLineEdit*>(u"familyNameLineEdit"_s)->setText(u"Reddy"_s);
        dialog->accept();
        // The look-up of the number, then the new card, are stored before the dialog closes.
        EXPECT_TRUE(QTest::qWaitFor([dialog] { return dialog->result() == QDialog::Accepted; }, 10'000))
            << dialog->errorText().toStdString();
    });
    m_window->controller()->newCall();
    settle();
    ASSERT_TRUE(m_window->session()->hasCall());
    const std::optional<Customer>& card = m_window->customerPane()->card()->customer();
    ASSERT_TRUE(card.has_value());
    EXPECT_EQ(card->givenName, u"Lakshmi"_s);
    EXPECT_EQ(countLabel->text(), u"%1 customers"_s.arg(before + 1));
    // The demo list fits in the first page: the new card is in it and is the current row.
    EXPECT_EQ(listedCustomerId(), card->id);
    EXPECT_EQ(selectedRows().size(), 1);
}

TEST_F(CallRecoveryTest, ACallerHiddenByTheSearchClearsItAndIsSelected)
{
    CustomerSearchPane* pane = m_window->customerPane();
    const Customer caller = *pane->model()->customerAt(3);
    const Customer* other = nullptr;
    for (int row = 0; row < pane->model()->rowCount() && !other; ++row) {
        const Customer* c = pane->model()->customerAt(row);
        if (!c->familyName.isEmpty() && !caller.fullName().contains(c->familyName, Qt::CaseInsensitive)
            && !caller.email.contains(c->familyName, Qt::CaseInsensitive))
            other = c;
    }
    ASSERT_NE(other, nullptr);
    const Customer searched = *other;
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    pane->searchEdit()->setFocus(Qt::OtherFocusReason);
    pane->searchEdit()->insert(searched.familyName); // typed: QTest types ASCII only
    pane->searchNow();
    settle(); // the results come from the read worker
    pane->selectRow(0);
    ASSERT_GT(pane->model()->rowCount(), 0);

    m_window->intake()->handleArguments({u"tel:"_s + caller.phone});

    settle();
    ASSERT_EQ(pane->card()->customer()->id, caller.id);
    EXPECT_TRUE(pane->searchEdit()->text().isEmpty()) << "the filter that hid the caller is cleared";
    EXPECT_TRUE(pane->model()->searchText().isEmpty());
    EXPECT_EQ(listedCustomerId(), caller.id) << "the caller's row is current";
    EXPECT_EQ(selectedRows().size(), 1);

    // The agent's next step is the call, not the search.
    ASSERT_EQ(m_window->session()->state(), CallState::Offered);
    EXPECT_FALSE(pane->searchEdit()->hasFocus());
    QWidget* focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    QWidget* answerButton = m_window->callBar()->buttonFor(m_window->callActions()->action(CallActions::Id::Answer));
    EXPECT_EQ(focused, answerButton) << "focus on " << focused->objectName().toStdString();
}

TEST_F(CallRecoveryTest, ACallerInTheSearchResultsKeepsTheSearchAndIsSelected)
{
    CustomerSearchPane* pane = m_window->customerPane();
    const Customer caller = *pane->model()->customerAt(3);
    pane->searchEdit()->insert(caller.familyName); // typed: QTest types ASCII only
    pane->searchNow();
    settle(); // the results come from the read worker
    ASSERT_GT(pane->model()->rowCount(), 0);

    m_window->intake()->handleArguments({u"tel:"_s + caller.phone});

    settle();
    EXPECT_EQ(pane->searchEdit()->text(), caller.familyName) << "the search showed the caller: it stays";
    EXPECT_EQ(listedCustomerId(), caller.id);
}

TEST_F(CallRecoveryTest, ASearchTypedWhileAScreenPopLoadsIsKept)
{
    CustomerSearchPane* pane = m_window->customerPane();
    const Customer caller = *pane->model()->customerAt(3);
    const Customer other = *pane->model()->customerAt(0);
    ASSERT_NE(caller.familyName, other.familyName);
    m_window->intake()->handleArguments({u"tel:"_s + caller.phone});
    // Before the list of the screen pop arrives, the agent looks someone else up.
    pane->searchEdit()->insert(other.familyName); // typed: QTest types ASCII only
    pane->searchNow();
    settle();
    EXPECT_EQ(pane->searchEdit()->text(), other.familyName) << "the agent's search is not cleared";
    EXPECT_EQ(pane->model()->searchText(), other.familyName);
    ASSERT_GT(pane->model()->rowCount(), 0);
    EXPECT_EQ(pane->model()->customerAt(0)->familyName, other.familyName);
    // The pop itself went ahead: the caller is on the card and the call rings.
    ASSERT_TRUE(m_window->session()->hasCall());
    EXPECT_EQ(m_window->session()->call().customerId, caller.id);
    ASSERT_TRUE(pane->card()->customer().has_value());
    EXPECT_EQ(pane->card()->customer()->id, caller.id);
    EXPECT_EQ(m_window->session()->state(), CallState::Offered);
}

TEST_F(CallRecoveryTest, ClearingTheSearchHighlightsTheCardsCustomer)
{
    CustomerSearchPane* pane = m_window->customerPane();
    const Customer shown = *pane->model()->customerAt(2);
    pane->selectRow(2);
    ASSERT_EQ(pane->card()->customer()->id, shown.id);
    QTest::keyClicks(pane->searchEdit(), u"zzzz-nobody"_s);
    pane->searchNow();
    settle(); // the results come from the read worker
    ASSERT_EQ(pane->model()->rowCount(), 0);
    EXPECT_EQ(listedCustomerId(), std::nullopt);

    pane->searchEdit()->clear();
    pane->searchNow();
    settle(); // the results come from the read worker
    EXPECT_EQ(listedCustomerId(), shown.id) << "the card's customer is highlighted again";
    EXPECT_EQ(pane->card()->customer()->id, shown.id);
}

// --- Data work off the GUI thread (issue 11) ---

TEST_F(CallRecoveryTest, AScreenPopLooksTheCallerUpOffTheGuiThread)
{
    const Customer caller = *m_window->customerPane()->model()->customerAt(3);
    QueryWatch::forbid(QThread::currentThread());
    m_window->intake()->handleArguments({u"tel:"_s + caller.phone});
    EXPECT_TRUE(m_window->intake()->isPopping());
    EXPECT_FALSE(m_window->session()->hasCall()) << "the call rings once the card has been read";
    settle();
    const int violations = QueryWatch::violations();
    QueryWatch::forbid(nullptr);
    EXPECT_EQ(violations, 0);
    EXPECT_FALSE(m_window->intake()->isPopping());
    ASSERT_TRUE(m_window->session()->hasCall());
    EXPECT_EQ(m_window->session()->call().customerId, caller.id);
}

TEST_F(CallRecoveryTest, RecoveringReadsTheCustomerOffTheGuiThread)
{
    leaveACallOnHold(2);
    createWindow();
    QString asked;
    m_window->intake()->setRecoveryPrompt([&asked](const Call&, const QString& question) {
        asked = question;
        return true;
    });
    QueryWatch::forbid(QThread::currentThread());
    const bool resumed = recover();
    const int violations = QueryWatch::violations();
    QueryWatch::forbid(nullptr);
    ASSERT_TRUE(resumed);
    EXPECT_EQ(violations, 0);
    EXPECT_TRUE(asked.contains(m_window->controller()->naming().name(m_customer, CustomerNaming::Form::Reference)))
        << asked.toStdString();
    EXPECT_EQ(m_window->customerPane()->card()->customer()->id, m_customer.id);
}

TEST_F(CallRecoveryTest, CallRequestsAreTakenInTheOrderTheyCameAndNoneIsLost)
{
    const Customer first = *m_window->customerPane()->model()->customerAt(3);
    const Customer second = *m_window->customerPane()->model()->customerAt(1);
    m_window->intake()->handleArguments({u"tel:"_s + first.phone});
    m_window->intake()->handleArguments({u"tel:"_s + second.phone});
    settle();
    ASSERT_TRUE(m_window->session()->hasCall());
    EXPECT_EQ(m_window->session()->call().customerId, first.id) << "the first request is not overtaken";
    EXPECT_TRUE(m_window->controller()->lastMessage().contains(u"while another call is open"_s))
        << m_window->controller()->lastMessage().toStdString();
}

TEST_F(CallRecoveryTest, APopAnsweredAfterTheAgentStartedACallIsNotLostSilently)
{
    const Customer caller = *m_window->customerPane()->model()->customerAt(3);
    const Customer served = *m_window->customerPane()->model()->customerAt(1);
    m_window->intake()->handleArguments({u"tel:"_s + caller.phone});
    // Before the caller's card arrives, the agent starts a call of their own.
    ASSERT_TRUE(m_window->controller()->startCall(served, Channel::InPerson, {}, false));
    settle();
    EXPECT_EQ(m_window->session()->call().customerId, served.id) << "the agent's call stays";
    EXPECT_TRUE(m_window->controller()->lastMessage().contains(u"while another call is open"_s))
        << m_window->controller()->lastMessage().toStdString();
}

} // namespace
