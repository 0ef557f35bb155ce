#include "dialogs/NewCallDialog.h"

#include "services/CustomerService.h"
#include "storage/CustomerRepository.h"
#include "storage/DatabaseWorker.h"
#include "support/QStringPrinter.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class NewCallDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_temp.db())
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        m_customers = std::make_unique<CustomerRepository>(*m_temp.db());
        m_reads = std::make_unique<DatabaseWorker>(m_temp.config(), QStringLiteral("test-reads"));
        m_service = std::make_unique<CustomerService>(*m_temp.db(), *m_reads);
        const Result<Customer> known
            = addTestCustomer(*m_temp.db(), u"Sra."_s, u"Núria"_s, u"Puig"_s, u"+34 933 123 456"_s, u"ca"_s);
        ASSERT_TRUE(known) << known.error().fullText().toStdString();
        m_known = known.value();
    }

    QLineEdit* edit(NewCallDialog& dialog, const QString& name) { return dialog.findChild<QLineEdit*>(name); }

    TempDatabase m_temp;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<DatabaseWorker> m_reads;
    std::unique_ptr<CustomerService> m_service;
    Customer m_known;
};

TEST_F(NewCallDialogTest, SelectedCustomerIsOfferedFirst)
{
    NewCallDialog dialog(*m_service, m_known);
    EXPECT_TRUE(dialog.findChild<QRadioButton*>(u"selectedCustomerRadioButton"_s)->isChecked());
    dialog.setKind(NewCallDialog::Kind::InPerson);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.customer().id, m_known.id);
    EXPECT_EQ(dialog.channel(), Channel::InPerson);
    EXPECT_FALSE(dialog.createdCustomer());
}

TEST_F(NewCallDialogTest, KnownNumberFindsTheCard)
{
    NewCallDialog dialog(*m_service, std::nullopt);
    dialog.setNumber(u"tel:+34-933-123-456"_s);
    EXPECT_FALSE(dialog.findChild<QGroupBox*>(u"newCustomerGroupBox"_s)->isVisibleTo(&dialog));
    dialog.setKind(NewCallDialog::Kind::Callback);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.customer().id, m_known.id);
    EXPECT_TRUE(dialog.outbound());
}

TEST_F(NewCallDialogTest, UnknownNumberNeedsANameThenCreatesTheCard)
{
    NewCallDialog dialog(*m_service, std::nullopt);
    dialog.setNumber(u"+91 98480 22338"_s);
    EXPECT_TRUE(dialog.findChild<QGroupBox*>(u"newCustomerGroupBox"_s)->isVisibleTo(&dialog));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().contains(u"name"_s)) << dialog.errorText().toStdString();
    EXPECT_EQ(m_customers->count().value(), 1) << "nothing stored without a name";

    dialog.findChild<QComboBox*>(u"salutationComboBox"_s)->setCurrentText(u"श्रीमती"_s);
    edit(dialog, u"givenNameLineEdit"_s)->setText(u"లక్ష్మి"_s);
    edit(dialog, u"familyNameLineEdit"_s)->setText(u"రెడ్డి"_s);
    auto* language = dialog.findChild<QComboBox*>(u"customerLanguageComboBox"_s);
    language->setCurrentIndex(language->findData(u"te"_s));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.createdCustomer());
    const Customer stored = m_customers->find(dialog.customer().id).value().value();
    EXPECT_EQ(stored.formalName(), u"श्रीमती రెడ్డి"_s);
    EXPECT_EQ(stored.preferredLanguage, u"te"_s);
    EXPECT_EQ(stored.phone, u"+91 98480 22338"_s);
}

TEST_F(NewCallDialogTest, BadOrMissingNumbersAreExplained)
{
    NewCallDialog dialog(*m_service, std::nullopt);
    dialog.accept();
    EXPECT_EQ(dialog.errorText(), u"Enter the customer's phone number."_s);
    dialog.setNumber(u"call me maybe"_s);
    dialog.accept();
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}
} // namespace

TEST_F(NewCallDialogTest, ChoosingTheNumberOptionByKeyboardPutsTheCursorInTheNumber)
{
    NewCallDialog dialog(*m_service, m_known);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier); // "With a phone &number"
    auto* number = dialog.findChild<QLineEdit*>(u"numberLineEdit"_s);
    ASSERT_NE(number, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([number] { return number->hasFocus(); }, 10'000));
    QTest::keyClicks(QApplication::focusWidget(), u"+34 933 123 456"_s);
    EXPECT_EQ(number->text(), u"+34 933 123 456"_s);
    EXPECT_TRUE(dialog.findChild<QRadioButton*>(u"numberRadioButton"_s)->isChecked());
}

TEST_F(NewCallDialogTest, ANumberLongerThanFifteenDigitsIsRefused)
{
    NewCallDialog dialog(*m_service, std::nullopt);
    const QString fortyDigits = u"9848022338"_s.repeated(4);
    dialog.setNumber(fortyDigits);
    EXPECT_EQ(edit(dialog, u"numberLineEdit"_s)->text(), fortyDigits) << "not cut short: the refusal says why";
    dialog.accept();
    EXPECT_TRUE(dialog.errorText().contains(u"at most 15 digits"_s)) << dialog.errorText().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}
