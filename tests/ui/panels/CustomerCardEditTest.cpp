// The customer card edited in place (issue 14): F2 opens the editor, Enter saves, Escape cancels and
// asks when something was typed; the card shows a change only once the database stored it, with its
// audit row; a refused save keeps the editor open with everything typed and says why. Run in English
// and in Urdu (right to left).

#include "../windows/CallWindowTest.h"
#include "LayoutCheck.h"

#include "panels/CustomerCard.h"
#include "panels/CustomerCardEditor.h"
#include "panels/CustomerSearchPane.h"
#include "storage/CustomerAuditRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlStatement.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class CustomerCardEditTest : public CallWindowTest, public ::testing::WithParamInterface<const char*>
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
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(card()->customer().has_value()) << "the console opens the first customer";
    }

    CustomerCard* card() const { return m_window->customerPane()->card(); }
    CustomerCardEditor* editor() const { return card()->editor(); }
    QLineEdit* field(const char* name) const { return editor()->findChild<QLineEdit*>(QString::fromLatin1(name)); }

    /// Types `text` key by key, as a keyboard layout of any script would (QTest::keyClicks takes ASCII only).
    static void typeText(QWidget* widget, const QString& text)
    {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(widget, &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(widget, &release);
        }
    }

    void replaceText(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        typeText(edit, text);
    }

    /// Presses F2 where the agent is (the search field), as the shortcut is the window's.
    void pressF2()
    {
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_F2);
    }

    QList<CustomerAuditEntry> trail(qint64 id)
    {
        Result<QList<CustomerAuditEntry>> rows = CustomerAuditRepository(*m_temp.db()).forCustomer(id, 50);
        EXPECT_TRUE(rows.ok());
        return rows ? rows.value() : QList<CustomerAuditEntry>();
    }

    QMessageBox* question() const { return card()->findChild<QMessageBox*>(u"discardCardChangesMessageBox"_s); }
};

TEST_P(CustomerCardEditTest, F2EditsInPlaceAndTheCardShowsTheChangeOnceStored)
{
    const Customer before = *card()->customer();
    m_window->customerPane()->searchEdit()->setFocus();
    pressF2();
    ASSERT_TRUE(card()->isEditing());
    EXPECT_TRUE(field("givenNameLineEdit")->hasFocus()) << "the cursor starts in the name";
    EXPECT_EQ(field("familyNameLineEdit")->text(), before.familyName);

    replaceText(field("familyNameLineEdit"), u"ملک"_s);
    QTest::keyClick(field("familyNameLineEdit"), Qt::Key_Return);
    EXPECT_TRUE(editor()->isBusy()) << "saving: no input until the database answers";
    EXPECT_EQ(card()->customer()->familyName, before.familyName) << "nothing shown as saved before it is";

    settle();
    EXPECT_FALSE(card()->isEditing());
    EXPECT_EQ(card()->customer()->familyName, u"ملک"_s);
    EXPECT_TRUE(card()->headline().contains(u"ملک"_s)) << card()->headline().toStdString();
    const QList<CustomerAuditEntry> rows = trail(before.id);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first().field, u"family_name"_s);
    EXPECT_EQ(rows.first().oldValue, before.familyName);
    EXPECT_EQ(rows.first().newValue, u"ملک"_s);
    EXPECT_EQ(rows.first().agentName, u"Jonathan"_s);
    EXPECT_EQ(rows.first().changedUtc, m_clock.nowUtc());
}

TEST_P(CustomerCardEditTest, InvalidInputIsRefusedWithAReasonAndNothingIsStored)
{
    const Customer before = *card()->customer();
    card()->startEdit();
    replaceText(field("phoneLineEdit"), u"98480 abc"_s);
    replaceText(field("emailLineEdit"), u"not an address"_s);
    QTest::keyClick(field("emailLineEdit"), Qt::Key_Return);
    settle();
    EXPECT_TRUE(card()->isEditing());
    EXPECT_FALSE(editor()->errorText().isEmpty());
    EXPECT_TRUE(field("phoneLineEdit")->hasFocus()) << "the cursor goes to the first wrong field";
    EXPECT_EQ(field("phoneLineEdit")->text(), u"98480 abc"_s);
    Result<std::optional<Customer>> stored = CustomerRepository(*m_temp.db()).find(before.id);
    ASSERT_TRUE(stored.ok() && stored.value());
    EXPECT_EQ(stored.value()->phone, before.phone);
}

TEST_P(CustomerCardEditTest, AFailedSaveKeepsEverythingTypedAndSaysWhy)
{
    const Customer before = *card()->customer();
    ASSERT_TRUE(SqlStatement::run(*m_temp.db(),
        u"CREATE TRIGGER refuse_audit BEFORE INSERT ON customer_audit BEGIN SELECT RAISE(ABORT, 'refused'); END"_s)
                    .ok());
    card()->startEdit();
    replaceText(field("givenNameLineEdit"), u"Núria"_s);
    QTest::keyClick(editor()->findChild<QPushButton*>(u"saveCardPushButton"_s), Qt::Key_Space);
    settle();
    EXPECT_TRUE(card()->isEditing());
    EXPECT_FALSE(editor()->isBusy());
    EXPECT_FALSE(editor()->errorText().isEmpty());
    EXPECT_EQ(field("givenNameLineEdit")->text(), u"Núria"_s);
    EXPECT_EQ(card()->customer()->givenName, before.givenName);
}

TEST_P(CustomerCardEditTest, EscapeAsksBeforeDroppingWhatWasTyped)
{
    card()->startEdit();
    QTest::keyClick(field("givenNameLineEdit"), Qt::Key_Escape);
    EXPECT_FALSE(card()->isEditing()) << "nothing typed: Escape just closes";

    card()->startEdit();
    QTest::keyClicks(field("givenNameLineEdit"), u"x"_s);
    QTest::keyClick(field("givenNameLineEdit"), Qt::Key_Escape);
    ASSERT_NE(question(), nullptr);
    question()->findChild<QPushButton*>(u"keepEditingPushButton"_s)->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(card()->isEditing());
    EXPECT_TRUE(field("givenNameLineEdit")->text().endsWith(u'x'));

    QTest::keyClick(field("givenNameLineEdit"), Qt::Key_Escape);
    ASSERT_NE(question(), nullptr);
    question()->findChild<QPushButton*>(u"discardChangesPushButton"_s)->click();
    QCoreApplication::processEvents();
    EXPECT_FALSE(card()->isEditing());
    EXPECT_FALSE(card()->customer()->givenName.endsWith(u'x'));
}

TEST_P(CustomerCardEditTest, ANewCardIsCreatedWithItsAuditRow)
{
    card()->startNewCard();
    ASSERT_TRUE(card()->isEditing());
    typeText(field("givenNameLineEdit"), u"వెంకట"_s);
    typeText(field("familyNameLineEdit"), u"రెడ్డి"_s);
    QTest::keyClicks(field("phoneLineEdit"), u"+91 98480 22339"_s);
    QTest::keyClick(field("phoneLineEdit"), Qt::Key_Return);
    settle();
    ASSERT_FALSE(card()->isEditing()) << editor()->errorText().toStdString();
    ASSERT_TRUE(card()->customer().has_value());
    EXPECT_EQ(card()->customer()->fullName(), u"వెంకట రెడ్డి"_s);
    const QList<CustomerAuditEntry> rows = trail(card()->customer()->id);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().action, CustomerAuditEntry::Action::Create);
}

TEST_P(CustomerCardEditTest, EveryInputHasAnAccessibleNameAndTheEditorFitsASmallScreen)
{
    m_window->resize(1024, 768);
    card()->startEdit();
    settle();
    for (QWidget* widget : card()->findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus && !widget->inherits("QScrollBar")
            && !widget->inherits("QScrollArea") && !widget->inherits("QStackedWidget"))
        {
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << LayoutCheck::describe(widget).toStdString();
        }
    }
    QStringList problems;
    for (const QString& problem : LayoutCheck::problems(m_window.get())) {
        if (problem.contains(u"customerCard"_s))
            problems << problem;
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n  "_s).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, CustomerCardEditTest, ::testing::Values("en", "ur"));

} // namespace
