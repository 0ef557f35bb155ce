// F20 and F18 through the window: a call a crash left open is offered for resuming with everything
// typed; a second launch's number pops the customer.

#include "CallWindowTest.h"

#include "models/CustomerListModel.h"
#include "panels/CustomerCard.h"
#include "panels/CustomerSearchPane.h"
#include "panels/NotesEditor.h"
#include "panels/RequestCapture.h"
#include "panels/ScriptPanel.h"
#include "platform/CommandLine.h"
#include "services/CallSession.h"
#include "services/HoldTimer.h"
#include "support/QStringPrinter.h"
#include "windows/CallController.h"
#include "windows/CallIntake.h"

#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

class CallRecoveryTest : public CallWindowTest
{
protected:
    /// A call on hold with notes and request capture saved, then the window "dies" (is dropped without
    /// closing the call).
    qint64 leaveACallOnHold()
    {
        const Customer* customer = m_window->customerPane()->model()->customerAt(0);
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
        EXPECT_TRUE(m_window->session()->flushNotes());
        const qint64 id = m_window->session()->call().id;
        m_clock.advance(5min);
        m_window.reset();
        return id;
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
    ASSERT_TRUE(m_window->intake()->offerRecovery());
    EXPECT_TRUE(asked.startsWith(u"A call with "_s)) << asked.toStdString();
    EXPECT_TRUE(asked.contains(m_customer.formalName())) << asked.toStdString();
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
    EXPECT_EQ(log.last().type, CallEventType::Recovered);
    EXPECT_EQ(details(log.last()).value(u"previous_state"_s).toString(), u"on_hold"_s);

    // The call goes on as usual.
    m_window->controller()->resume();
    EXPECT_EQ(session->state(), CallState::Active);
    ASSERT_TRUE(m_window->controller()->wrapUp());
    ASSERT_TRUE(m_window->controller()->finishCall(u"resolved"_s, {}));
    EXPECT_TRUE(m_calls->openCalls().value().isEmpty());
}

TEST_F(CallRecoveryTest, DecliningClosesTheCallAsAbandoned)
{
    const qint64 callId = leaveACallOnHold();
    createWindow();
    m_window->intake()->setRecoveryPrompt([](const Call&, const QString&) { return false; });
    EXPECT_FALSE(m_window->intake()->offerRecovery());
    EXPECT_FALSE(m_window->session()->hasCall());
    EXPECT_FALSE(m_window->holdTimer()->isOnHold());
    const Call stored = m_calls->find(callId).value().value();
    EXPECT_EQ(stored.state, CallState::Closed);
    EXPECT_EQ(stored.disposition, u"abandoned"_s);
    EXPECT_EQ(m_window->controller()->lastMessage(), u"The interrupted call was closed as abandoned."_s);
    EXPECT_FALSE(m_window->intake()->offerRecovery()) << "asked once";
}

TEST_F(CallRecoveryTest, NothingToOfferWhenNoCallWasLeftOpen)
{
    bool asked = false;
    m_window->intake()->setRecoveryPrompt([&](const Call&, const QString&) { return asked = true; });
    EXPECT_FALSE(m_window->intake()->offerRecovery());
    EXPECT_FALSE(asked);
}

TEST_F(CallRecoveryTest, ANumberFromASecondLaunchPopsTheKnownCustomer)
{
    const Customer* customer = m_window->customerPane()->model()->customerAt(3);
    ASSERT_NE(customer, nullptr);
    ASSERT_FALSE(customer->phone.isEmpty());
    const Customer expected = *customer;
    m_window->intake()->handleArguments({u"--call"_s, expected.phone});
    ASSERT_TRUE(m_window->session()->hasCall());
    EXPECT_EQ(m_window->session()->state(), CallState::Offered) << "it rings for the agent to answer";
    EXPECT_EQ(m_window->session()->call().customerId, expected.id);
    EXPECT_EQ(m_window->customerPane()->card()->customer()->id, expected.id);
    EXPECT_TRUE(m_window->scriptPanel()->apologyLine().contains(expected.formalName())
        || !expected.preferredLanguage.isEmpty());

    // A second request during the call is not lost silently.
    m_window->intake()->handleArguments({u"tel:+34933123456"_s});
    EXPECT_TRUE(m_window->controller()->lastMessage().contains(u"while another call is open"_s));
    m_window->intake()->handleArguments({u"tel:not-a-number"_s});
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
