// Quitting with a call open asks first (issue 13): Ctrl+Q, the window's close button and Alt+F4 all
// come to the window's close, which asks; staying is the default, and quitting leaves the call to be
// offered back at the next start. Without a call the window closes at once.

#include "CallWindowTest.h"
#include "models/CustomerListModel.h"
#include "panels/CustomerSearchPane.h"
#include "panels/NoticeBanner.h"
#include "windows/CallController.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class QuitGuardTest : public CallWindowTest
{
protected:
    QAction* quitAction() const
    {
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q))
                return action;
        }
        return nullptr;
    }

    void startCall()
    {
        settle();
        const Customer* customer = m_window->customerPane()->model()->customerAt(0);
        ASSERT_NE(customer, nullptr);
        ASSERT_TRUE(m_window->controller()->startCall(*customer, Channel::Phone, customer->phone, false));
        m_window->controller()->answer();
    }
};

TEST_F(QuitGuardTest, WithoutACallTheWindowClosesAtOnce)
{
    m_window->show();
    ASSERT_NE(quitAction(), nullptr);
    bool asked = false;
    // Runs inside a question's event loop if one is asked, else right after.
    QTimer::singleShot(0, m_window.get(), [&asked] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            asked = true;
            modal->close();
        }
    });
    quitAction()->trigger();
    QCoreApplication::processEvents();
    EXPECT_FALSE(m_window->isVisible());
    EXPECT_FALSE(asked);
}

TEST_F(QuitGuardTest, CtrlQDuringACallAsksAndStayingIsTheDefault)
{
    startCall();
    m_window->show();
    QString question;
    QString defaultButton;
    QString escapeButton;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text() + u' ' + box->informativeText();
        defaultButton = box->defaultButton() ? box->defaultButton()->objectName() : QString();
        escapeButton = box->escapeButton() ? box->escapeButton()->objectName() : QString();
        QTest::keyClick(box, Qt::Key_Return); // the agent meant Ctrl+Shift+Q and presses Enter
    });
    quitAction()->trigger();
    EXPECT_TRUE(question.contains(u"A call is open"_s)) << question.toStdString();
    EXPECT_TRUE(question.contains(u"offered back"_s)) << question.toStdString();
    EXPECT_EQ(defaultButton, u"stayInCallButton"_s);
    EXPECT_EQ(escapeButton, u"stayInCallButton"_s);
    EXPECT_TRUE(m_window->isVisible()) << "Enter stays";
    EXPECT_TRUE(m_window->session()->hasCall());

    // The window's close button and Alt+F4 come the same way: Escape stays too.
    onNextDialog<QMessageBox>([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(m_window->isVisible());
}

TEST_F(QuitGuardTest, QuittingAnywayLeavesTheCallToBeOfferedBack)
{
    startCall();
    const qint64 customerId = m_window->session()->call().customerId;
    m_window->show();
    onNextDialog<QMessageBox>([](QMessageBox* box) {
        auto* quit = box->findChild<QPushButton*>(u"quitAnywayButton"_s);
        ASSERT_NE(quit, nullptr);
        quit->click();
    });
    EXPECT_TRUE(m_window->close());
    EXPECT_FALSE(m_window->isVisible());

    // The next start offers it back.
    createWindow();
    bool offered = false;
    m_window->intake()->setRecoveryPrompt([&](const Call& call, const QString&) {
        offered = call.customerId == customerId;
        return true;
    });
    EXPECT_TRUE(recover()) << m_window->controller()->lastMessage().toStdString();
    EXPECT_TRUE(offered);
}

TEST_F(QuitGuardTest, ARefusedCallRequestStaysOnScreenUntilDismissed)
{
    NoticeBanner* banner = m_window->noticeBanner();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isHidden());
    m_window->intake()->handleArguments({u"tel:not-a-number"_s});
    settle();
    ASSERT_FALSE(banner->isHidden());
    ASSERT_EQ(banner->notices().size(), 1);
    EXPECT_EQ(banner->notices().first(), m_window->controller()->lastMessage());

    // Time passes, the call moves on: the notice stays.
    startCall();
    m_window->intake()->handleArguments({u"tel:+34933123456"_s});
    settle();
    m_clock.advance(std::chrono::minutes(5));
    QCoreApplication::processEvents();
    ASSERT_FALSE(banner->isHidden());
    ASSERT_EQ(banner->notices().size(), 2);
    EXPECT_TRUE(banner->notices().last().contains(u"while another call is open"_s));

    auto* dismiss = banner->findChild<QPushButton*>(u"noticeDismissButton"_s);
    ASSERT_NE(dismiss, nullptr);
    dismiss->click();
    EXPECT_TRUE(banner->isHidden());
    EXPECT_TRUE(banner->notices().isEmpty());
}

} // namespace
