#include "windows/MainWindow.h"

#include "TestConsole.h"
#include "UiTestSupport.h"
#include "config/Settings.h"
#include "i18n/Languages.h"
#include "models/CustomerListModel.h"
#include "panels/CustomerCard.h"
#include "panels/CustomerSearchPane.h"
#include "panels/HoldTimerWidget.h"
#include "panels/ScriptPanel.h"
#include "platform/LanguageSwitcher.h"
#include "services/CallSession.h"
#include "services/HoldTimer.h"
#include "windows/CallController.h"
#include "services/ScriptLibrary.h"
#include "demo/DemoData.h"
#include "support/FakeClock.h"
#include "support/TempDatabase.h"
#include "support/TestCallWrites.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_temp.db())
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        const Result<bool> filled = DemoData::populateIfEmpty(*m_temp.db(), m_clock);
        ASSERT_TRUE(filled.ok()) << filled.error().fullText().toStdString();
        UiTestSupport::writePhoneScript(m_dir.path() + u"/scripts"_s, u"en"_s);
        UiTestSupport::writePhoneScript(m_dir.path() + u"/scripts"_s, u"ur"_s);
        m_settings = std::make_unique<Settings>(m_dir.path() + u"/settings.ini"_s);
        m_scripts = std::make_unique<ScriptLibrary>(m_dir.path() + u"/scripts"_s);
        LanguageSwitcher::apply(m_languages, u"en"_s);
        m_writes = std::make_unique<TestCallWrites>(m_temp.config(), m_dir.path());
        m_console = std::make_unique<TestConsole>(*m_temp.db(), m_temp.config(), *m_writes, m_clock);
        ASSERT_TRUE(m_console->isOpen());
        m_window = std::make_unique<MainWindow>(appContext());
        m_window->resize(1366, 768);
        m_console->settle();
    }

    AppContext appContext()
    {
        return m_console->context(m_clock, *m_settings, m_languages, *m_scripts, u"Jonathan"_s, u"ABC Company"_s);
    }

    void TearDown() override
    {
        m_window.reset();
        m_console.reset();
        m_writes.reset();
        LanguageSwitcher::apply(m_languages, u"en"_s);
    }

    void showActive()
    {
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Focusable widgets the user can reach that have no name for a screen reader.
    QStringList unnamedFocusableWidgets() const
    {
        QStringList unnamed;
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_window.get()))
                continue;
            if (widget->accessibleName().trimmed().isEmpty()) {
                unnamed << u"%1 (%2)"_s.arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
            }
        }
        return unnamed;
    }

    FakeClock m_clock;
    TempDatabase m_temp;
    QTemporaryDir m_dir;
    Languages m_languages;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ScriptLibrary> m_scripts;
    std::unique_ptr<TestCallWrites> m_writes;
    std::unique_ptr<TestConsole> m_console;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, EveryFocusableWidgetHasAnAccessibleName)
{
    // Open a customer so the history and the script steps exist too.
    m_window->customerPane()->selectRow(0);
    const QStringList unnamed = unnamedFocusableWidgets();
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u", "_s).toStdString();
}

TEST_F(MainWindowTest, UrduLaysTheWindowOutRightToLeft)
{
    EXPECT_EQ(m_window->layoutDirection(), Qt::LeftToRight);
    m_window->switchLanguage(u"ur"_s);
    EXPECT_EQ(m_languages.current(), u"ur"_s);
    EXPECT_EQ(m_window->layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(m_settings->string(Settings::Key::UiLanguage), u"ur"_s);
    EXPECT_EQ(QApplication::font().families(), (QStringList {u"Noto Sans"_s, u"Noto Nastaliq Urdu"_s}));
    const QStringList unnamed = unnamedFocusableWidgets();
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u", "_s).toStdString();

    m_window->switchLanguage(u"en"_s);
    EXPECT_EQ(m_window->layoutDirection(), Qt::LeftToRight);
}

TEST_F(MainWindowTest, OpensTheFirstCustomerInRightToLeftToo)
{
    EXPECT_TRUE(m_window->customerPane()->card()->customer().has_value());
    m_window.reset();
    LanguageSwitcher::apply(m_languages, u"ur"_s);
    MainWindow window(appContext());
    m_console->settle(); // the first page of customers arrives from the read worker
    ASSERT_EQ(window.layoutDirection(), Qt::RightToLeft);
    ASSERT_TRUE(window.customerPane()->card()->customer().has_value());
    EXPECT_EQ(window.customerPane()->card()->customer()->id,
              window.customerPane()->model()->customerAt(0)->id);
}

TEST_F(MainWindowTest, ASearchSaysSoUntilItsResultsArrive)
{
    CustomerSearchPane* pane = m_window->customerPane();
    const auto* searching = pane->findChild<QLabel*>(u"customerSearchingLabel"_s);
    ASSERT_NE(searching, nullptr);
    EXPECT_TRUE(searching->isHidden());
    QTest::keyClicks(pane->searchEdit(), u"Puig"_s);
    pane->searchNow();
    EXPECT_FALSE(searching->isHidden()) << "the results are on their way";
    EXPECT_EQ(searching->text(), u"Searching…"_s);
    EXPECT_EQ(pane->resultsView()->accessibleDescription(), u"Searching…"_s) << "a screen reader hears it too";
    EXPECT_EQ(pane->model()->rowCount(), 0);

    m_console->settle();
    EXPECT_TRUE(searching->isHidden());
    EXPECT_TRUE(pane->resultsView()->accessibleDescription().isEmpty());
    EXPECT_GT(pane->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, TypingInTheSearchFieldFiltersTheList)
{
    CustomerSearchPane* pane = m_window->customerPane();
    CustomerListModel* model = pane->model();
    const int everyone = model->rowCount();
    ASSERT_GT(everyone, 1);
    // A name QTest can type key by key (it types ASCII only); the list's order is the search's ranking.
    QString family;
    for (int row = 0; row < model->rowCount() && family.isEmpty(); ++row) {
        const QString candidate = model->customerAt(row)->familyName;
        if (!candidate.isEmpty() && QStringView(candidate).toLatin1() == candidate.toUtf8()
            && !candidate.contains(u' '))
            family = candidate;
    }
    ASSERT_FALSE(family.isEmpty());

    QTest::keyClicks(pane->searchEdit(), family);
    pane->searchNow(); // instead of waiting for the typing pause
    m_console->settle(); // the results come from the read worker
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_LT(model->rowCount(), everyone);
    EXPECT_EQ(model->searchText(), family);
    for (int row = 0; row < model->rowCount(); ++row) {
        const Customer* c = model->customerAt(row);
        const bool matches = c->fullName().contains(family, Qt::CaseInsensitive)
            || c->email.contains(family, Qt::CaseInsensitive);
        EXPECT_TRUE(matches) << c->fullName().toStdString();
    }
}

TEST_F(MainWindowTest, SearchAppliesAfterTheTypingPause)
{
    CustomerSearchPane* pane = m_window->customerPane();
    QString family;
    for (int row = 0; row < pane->model()->rowCount() && family.isEmpty(); ++row) {
        const QString candidate = pane->model()->customerAt(row)->familyName;
        if (!candidate.isEmpty() && QStringView(candidate).toLatin1() == candidate.toUtf8()
            && !candidate.contains(u' '))
            family = candidate;
    }
    ASSERT_FALSE(family.isEmpty());
    QTest::keyClicks(pane->searchEdit(), family);
    EXPECT_TRUE(pane->model()->searchText().isEmpty()) << "no query per keystroke";
    EXPECT_TRUE(QTest::qWaitFor([&] { return pane->model()->searchText() == family; }, 10'000));
}

TEST_F(MainWindowTest, EnterInTheResultsOpensTheCustomer)
{
    showActive();
    QTableView* results = m_window->customerPane()->resultsView();
    results->setFocus();
    m_window->customerPane()->selectRow(1);
    QTest::keyClick(results, Qt::Key_Return);
    const Customer* chosen = m_window->customerPane()->model()->customerAt(1);
    ASSERT_NE(chosen, nullptr);
    // The script panel follows the opened customer.
    EXPECT_TRUE(m_window->scriptPanel()->apologyLine().contains(chosen->formalName()) ||
                m_window->scriptPanel()->script().language != u"en"_s);
}

TEST_F(MainWindowTest, KeyboardShortcutsDriveTheCall)
{
    showActive();
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);

    QTest::keyClick(focus, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), m_window->customerPane()->searchEdit());

    ScriptPanel* script = m_window->scriptPanel();
    ASSERT_EQ(script->currentStep(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(script->isStepDone(0));
    EXPECT_EQ(script->currentStep(), 1);

    // No call yet: Ctrl+H is refused with a reason, not ignored.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
    EXPECT_FALSE(m_window->holdTimer()->isOnHold());
    EXPECT_EQ(m_window->controller()->lastMessage(), u"There is no call in progress."_s);

    const Customer* customer = m_window->customerPane()->model()->customerAt(0);
    ASSERT_NE(customer, nullptr);
    ASSERT_TRUE(m_window->controller()->startCall(*customer, Channel::Phone, customer->phone, false));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_window->session()->state(), CallState::Active);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
    EXPECT_TRUE(m_window->holdTimer()->isOnHold());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
    EXPECT_FALSE(m_window->holdTimer()->isOnHold());
    EXPECT_TRUE(m_window->holdWidget()->isApologyShown());
}

TEST_F(MainWindowTest, HoldWarningShowsInTheWindowAfterSixtySeconds)
{
    const Customer* customer = m_window->customerPane()->model()->customerAt(0);
    ASSERT_NE(customer, nullptr);
    ASSERT_TRUE(m_window->controller()->startCall(*customer, Channel::InPerson, {}, false));
    m_window->holdWidget()->holdAction()->trigger();
    m_clock.advance(std::chrono::milliseconds{59'900});
    m_window->holdTimer()->refresh();
    EXPECT_FALSE(m_window->holdWidget()->isWarningShown());
    m_clock.advance(std::chrono::milliseconds{100});
    m_window->holdTimer()->refresh();
    EXPECT_TRUE(m_window->holdWidget()->isWarningShown());
}

} // namespace
