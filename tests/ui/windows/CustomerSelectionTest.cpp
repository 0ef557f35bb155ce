// The search results, the customer card and the New call dialog never disagree (issue 13, "wrong
// customer"): a search that no longer holds the selected customer clears the card, a single hit is
// selected, several leave the choice to the agent, and New call offers exactly the customer on the card.

#include "CallWindowTest.h"
#include "dialogs/NewCallDialog.h"
#include "models/CustomerListModel.h"
#include "panels/CustomerCard.h"
#include "panels/CustomerSearchPane.h"
#include "storage/CustomerRepository.h"
#include "windows/CallActions.h"
#include "windows/CallController.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class CustomerSelectionTest : public CallWindowTest, public ::testing::WithParamInterface<const char*>
{
protected:
    void SetUp() override
    {
        CallWindowTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        if (QString::fromLatin1(GetParam()) != u"en"_s) {
            m_window->switchLanguage(QString::fromLatin1(GetParam()));
            settle();
        }
    }

    CustomerSearchPane* pane() const { return m_window->customerPane(); }
    const std::optional<Customer>& card() const { return pane()->card()->customer(); }

    /// Selects the customer named `fullName` as the agent would: a search, then the row.
    void select(const QString& fullName)
    {
        type(fullName);
        ASSERT_TRUE(card().has_value()) << "a single hit is selected";
        ASSERT_EQ(card()->fullName(), fullName);
        pane()->searchEdit()->clear();
        pane()->searchNow();
        settle();
        ASSERT_TRUE(card().has_value()) << "clearing the search lists everyone, with the customer still open";
        ASSERT_EQ(card()->fullName(), fullName);
    }

    /// Replaces the search text by typing `text`, and lets its results arrive.
    void type(const QString& text)
    {
        pane()->searchEdit()->selectAll();
        QTest::keyClicks(pane()->searchEdit(), text);
        pane()->searchNow();
        settle();
    }

    /// The card, the results' current row and what New call would offer are one and the same.
    void expectAgreement(const char* where)
    {
        SCOPED_TRACE(where);
        const QModelIndex current = pane()->resultsView()->selectionModel()->currentIndex();
        const std::optional<Customer>& offered = m_window->controller()->selectedCustomer();
        if (!card()) {
            EXPECT_FALSE(current.isValid()) << "a row is current but the card is empty";
            EXPECT_FALSE(offered.has_value()) << "New call would offer " << offered->fullName().toStdString();
            return;
        }
        ASSERT_TRUE(offered.has_value()) << "the card shows " << card()->fullName().toStdString();
        EXPECT_EQ(offered->id, card()->id);
        if (current.isValid()) {
            EXPECT_EQ(pane()->model()->customerAt(current.row())->id, card()->id);
        } else {
            // Only an empty search may show a card whose row has not loaded yet: it lists everyone.
            EXPECT_TRUE(pane()->model()->searchText().isEmpty());
            for (int row = 0; row < pane()->model()->rowCount(); ++row)
                EXPECT_NE(pane()->model()->customerAt(row)->id, card()->id) << "its row is there but not current";
        }
    }

    /// Opens New call with Ctrl+N's action and returns who its "selected customer" choice names (empty
    /// when the dialog offers no such choice).
    QString newCallOffers()
    {
        QString offered;
        bool opened = false;
        onNextDialog<NewCallDialog>([&](NewCallDialog* dialog) {
            opened = true;
            auto* radio = dialog->findChild<QRadioButton*>(u"selectedCustomerRadioButton"_s);
            if (radio && radio->isVisibleTo(dialog))
                offered = radio->text();
            dialog->reject();
        });
        m_window->callActions()->action(CallActions::Id::NewCall)->trigger();
        EXPECT_TRUE(opened);
        return offered;
    }

    Customer addCustomer(const QString& given, const QString& family, const QString& phone)
    {
        Customer fresh;
        fresh.givenName = given;
        fresh.familyName = family;
        fresh.phone = phone;
        const Result<qint64> id = CustomerRepository(*m_temp.db()).insert(fresh);
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().fullText().toStdString());
        fresh.id = id ? id.value() : 0;
        return fresh;
    }
};

TEST_P(CustomerSelectionTest, TypingAnotherNameNeverLeavesTheFormerCustomerOnTheCardOrInNewCall)
{
    select(u"David Brown"_s);
    expectAgreement("David selected");
    EXPECT_TRUE(newCallOffers().contains(u"David Brown"_s));

    // The reported case: typed, not yet searched (the typing pause), then searched.
    pane()->searchEdit()->selectAll();
    QTest::keyClicks(pane()->searchEdit(), u"emily"_s);
    EXPECT_FALSE(card().has_value()) << "while the search runs nobody is selected";
    expectAgreement("typed, results on their way");
    EXPECT_FALSE(newCallOffers().contains(u"David"_s));

    pane()->searchNow();
    settle();
    ASSERT_EQ(pane()->model()->rowCount(), 1);
    ASSERT_TRUE(card().has_value()) << "a single hit is selected and shown";
    EXPECT_EQ(card()->fullName(), u"Emily Clarke"_s);
    expectAgreement("one hit");
    const QString offered = newCallOffers();
    EXPECT_TRUE(offered.contains(u"Emily Clarke"_s)) << offered.toStdString();
    EXPECT_FALSE(offered.contains(u"David"_s));
}

TEST_P(CustomerSelectionTest, SeveralHitsLeaveTheCardEmptyUntilOneIsChosen)
{
    addCustomer(u"Emily"_s, u"Sharma"_s, u"+91 98480 11111"_s);
    addCustomer(u"Emily"_s, u"Puig"_s, u"+34 933 111 222"_s);
    select(u"David Brown"_s);

    type(u"emily"_s);
    ASSERT_EQ(pane()->model()->rowCount(), 3);
    EXPECT_FALSE(card().has_value());
    if (QString::fromLatin1(GetParam()) == u"en"_s) {
        EXPECT_EQ(pane()->card()->headline(), u"3 customers match; choose one."_s);
    }
    expectAgreement("three hits");
    EXPECT_TRUE(newCallOffers().isEmpty()) << "no customer to offer: the dialog shows no such choice";

    pane()->selectRow(1);
    ASSERT_TRUE(card().has_value());
    EXPECT_EQ(card()->id, pane()->model()->customerAt(1)->id);
    expectAgreement("one chosen");
    EXPECT_TRUE(newCallOffers().contains(card()->fullName()));

    // Narrowing the search to a text that still finds the chosen one keeps them.
    const Customer chosen = *card();
    type(chosen.familyName);
    ASSERT_TRUE(card().has_value());
    EXPECT_EQ(card()->id, chosen.id);
    expectAgreement("narrowed");

    type(u"zzzz-nobody"_s);
    EXPECT_FALSE(card().has_value());
    if (QString::fromLatin1(GetParam()) == u"en"_s) {
        EXPECT_EQ(pane()->card()->headline(), u"No customer matches this search."_s);
    }
    expectAgreement("no hit");
}

TEST_P(CustomerSelectionTest, AResultOfAnEarlierTextDecidesNothing)
{
    select(u"David Brown"_s);
    // "e" is searched; "m" follows before its results arrive, and they arrive during the typing pause.
    pane()->searchEdit()->selectAll();
    QTest::keyClicks(pane()->searchEdit(), u"e"_s);
    pane()->searchNow();
    QTest::keyClicks(pane()->searchEdit(), u"mily"_s);
    m_console->reads().waitForIdle();
    QCoreApplication::processEvents();
    EXPECT_EQ(pane()->model()->searchText(), u"e"_s) << "the results shown are of the earlier text";
    EXPECT_FALSE(card().has_value()) << "the search as typed has not been answered yet";
    expectAgreement("results of an earlier text");
    EXPECT_TRUE(newCallOffers().isEmpty());

    pane()->searchNow();
    settle();
    ASSERT_TRUE(card().has_value());
    EXPECT_EQ(card()->fullName(), u"Emily Clarke"_s);
    expectAgreement("the search as typed answered");
}

TEST_P(CustomerSelectionTest, ClearingTheSearchKeepsTheCustomerTheAgentChose)
{
    select(u"David Brown"_s);
    type(u"emily"_s);
    ASSERT_TRUE(card().has_value());
    pane()->searchEdit()->clear();
    pane()->searchNow();
    settle();
    ASSERT_TRUE(card().has_value()) << "everyone is listed, Emily among them";
    EXPECT_EQ(card()->fullName(), u"Emily Clarke"_s);
    expectAgreement("search cleared");
    EXPECT_TRUE(newCallOffers().contains(u"Emily Clarke"_s));
}

TEST_P(CustomerSelectionTest, ACustomerCreatedForACallIsOnTheCardAndInTheList)
{
    type(u"emily"_s);
    const Customer fresh = addCustomer(u"Ravi"_s, u"Teja"_s, u"+91 98480 22338"_s);
    ASSERT_TRUE(m_window->controller()->startCall(fresh, Channel::Phone, fresh.phone, false));
    settle();
    ASSERT_TRUE(card().has_value());
    EXPECT_EQ(card()->id, fresh.id);
    EXPECT_TRUE(pane()->searchEdit()->text().isEmpty()) << "the search that hid the new card was cleared";
    expectAgreement("new customer's call");

    // During the call the agent looks someone else up: the card follows the search, the call stays.
    type(u"david"_s);
    ASSERT_TRUE(card().has_value());
    EXPECT_EQ(card()->fullName(), u"David Brown"_s);
    EXPECT_EQ(m_window->session()->call().customerId, fresh.id);
    expectAgreement("looked up during the call");
}

TEST_P(CustomerSelectionTest, ArrowKeysMoveBetweenTheSearchTextAndTheResults)
{
    type(u"Brown"_s);
    ASSERT_GT(pane()->model()->rowCount(), 0);
    pane()->searchEdit()->setFocus();
    QTest::keyClick(pane()->searchEdit(), Qt::Key_Down);
    EXPECT_EQ(m_window->focusWidget(), pane()->resultsView()) << "Down leaves the search text for the results";
    EXPECT_EQ(pane()->resultsView()->selectionModel()->currentIndex().row(), 0);
    ASSERT_TRUE(card().has_value()) << "the first result is on the card";
    expectAgreement("moved into the results");
    QTest::keyClick(pane()->resultsView(), Qt::Key_Up);
    EXPECT_EQ(m_window->focusWidget(), pane()->searchEdit()) << "Up on the first row returns to the search text";
    EXPECT_TRUE(card().has_value()) << "going back to the text keeps the customer";
}

INSTANTIATE_TEST_SUITE_P(Languages, CustomerSelectionTest, ::testing::Values("en", "ur"));

} // namespace
