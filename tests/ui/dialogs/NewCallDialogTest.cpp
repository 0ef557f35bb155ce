#include "dialogs/NewCallDialog.h"

#include "services/CustomerService.h"
#include "storage/CustomerRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/QueryWatch.h"
#include "support/QStringPrinter.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

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
        ASSERT_TRUE(m_reads->open());
        m_writes = std::make_unique<DatabaseWorker>(m_temp.config(), QStringLiteral("test-writer"));
        ASSERT_TRUE(m_writes->open());
        m_service = std::make_unique<CustomerService>(*m_reads, *m_writes);
        const Result<Customer> known
            = addTestCustomer(*m_temp.db(), u"Sra."_s, u"Núria"_s, u"Puig"_s, u"+34 933 123 456"_s, u"ca"_s);
        ASSERT_TRUE(known) << known.error().fullText().toStdString();
        m_known = known.value();
    }

    QLineEdit* edit(NewCallDialog& dialog, const QString& name) { return dialog.findChild<QLineEdit*>(name); }
    /// The look-up of the number as typed has answered (it comes from the read worker).
    static bool lookedUp(const NewCallDialog& dialog)
    {
        return QTest::qWaitFor([&dialog] { return !dialog.isLookingUp(); }, 10'000);
    }
    /// Accepting has finished: closed, or refused with a reason (a new card is stored on the writer).
    static bool settled(const NewCallDialog& dialog)
    {
        return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 10'000);
    }

    TempDatabase m_temp;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<DatabaseWorker> m_reads;
    std::unique_ptr<DatabaseWorker> m_writes;
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
    ASSERT_TRUE(lookedUp(dialog));
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
    ASSERT_TRUE(lookedUp(dialog));
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
    ASSERT_TRUE(settled(dialog));
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

TEST_F(NewCallDialogTest, TypingLookingUpAndSavingNeverQueryOnTheGuiThread)
{
    QueryWatch::forbid(QThread::currentThread());
    {
        NewCallDialog dialog(*m_service, std::nullopt);
        dialog.show();
        QTest::keyClicks(edit(dialog, u"numberLineEdit"_s), u"+34 933 123 457"_s);
        ASSERT_TRUE(lookedUp(dialog));
        edit(dialog, u"givenNameLineEdit"_s)->setText(u"Jordi"_s);
        dialog.accept();
        ASSERT_TRUE(settled(dialog));
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    const int violations = QueryWatch::violations();
    QueryWatch::forbid(nullptr);
    EXPECT_EQ(violations, 0) << "the dialog waited on the database on the GUI thread";
}

namespace {

/// A customer service whose look-ups and new cards answer only when the test says so, in the order it
/// chooses (the seam for stale answers and slow saves; no timing involved).
class HeldCustomers final : public ICustomerService
{
public:
    struct Lookup
    {
        QString phone;
        ReadGeneration::Tag tag;
        FoundDone done;
    };
    struct Creation
    {
        Customer customer;
        CreatedDone done;
    };

    void searchPage(const QString&, const std::optional<CustomerCursor>&, int, const ReadGeneration::Tag&, QObject*,
        PageDone) override
    {
        ADD_FAILURE() << "the dialog does not search";
    }
    void countUpTo(qint64, QObject*, CountDone) override { ADD_FAILURE() << "the dialog does not count"; }
    void find(qint64, QObject*, FoundDone) override { ADD_FAILURE() << "the dialog looks up by phone"; }
    void findByPhone(const QString& phone, const ReadGeneration::Tag& tag, QObject*, FoundDone done) override
    {
        lookups.append({phone, tag, std::move(done)});
    }
    void create(const Customer& customer, QObject*, CreatedDone done) override
    {
        creations.append({customer, std::move(done)});
    }

    QList<Lookup> lookups;
    QList<Creation> creations;
};

class NewCallDialogHeldTest : public ::testing::Test
{
protected:
    NewCallDialogHeldTest()
    {
        m_known.id = 7;
        m_known.salutation = u"Sra."_s;
        m_known.givenName = u"Núria"_s;
        m_known.familyName = u"Puig"_s;
        m_known.phone = u"+34 933 123 456"_s;
    }

    QLineEdit* edit(const QString& name) const { return m_dialog.findChild<QLineEdit*>(name); }
    bool newCardShown() const
    {
        return m_dialog.findChild<QGroupBox*>(u"newCustomerGroupBox"_s)->isVisibleTo(&m_dialog);
    }
    QString lookupText() const { return m_dialog.findChild<QLabel*>(u"lookupLabel"_s)->text(); }
    QPushButton* button(QDialogButtonBox::StandardButton which) const
    {
        return m_dialog.findChild<QDialogButtonBox*>()->button(which);
    }

    HeldCustomers m_service;
    NewCallDialog m_dialog {m_service, std::nullopt};
    Customer m_known;
};

TEST_F(NewCallDialogHeldTest, AnOlderLookUpAnsweringLateNeverWins)
{
    m_dialog.setNumber(m_known.phone);
    m_dialog.setNumber(u"+91 98480 22338"_s);
    ASSERT_EQ(m_service.lookups.size(), 2);
    EXPECT_TRUE(m_service.lookups.at(0).tag.stale()) << "the older look-up is superseded before it runs";
    EXPECT_FALSE(m_service.lookups.at(1).tag.stale());
    EXPECT_EQ(m_service.lookups.at(1).phone, u"+919848022338"_s);
    EXPECT_TRUE(m_dialog.isLookingUp());

    // The newer number answers first (nobody has it), then the older one arrives late with a card.
    m_service.lookups[1].done(std::optional<Customer> {});
    m_service.lookups[0].done(std::optional<Customer> {m_known});
    EXPECT_FALSE(m_dialog.isLookingUp());
    EXPECT_TRUE(newCardShown()) << "the card of the number no longer typed is not offered";
    EXPECT_EQ(lookupText(), u"No customer has this number: a new customer card will be created."_s);

    edit(u"givenNameLineEdit"_s)->setText(u"Lakshmi"_s);
    m_dialog.accept();
    ASSERT_EQ(m_service.creations.size(), 1) << "a new card, not the late answer's";
    EXPECT_EQ(m_service.creations.first().customer.phone, u"+91 98480 22338"_s);
}

TEST_F(NewCallDialogHeldTest, AcceptingWaitsForTheLookUpOfTheNumberAsTyped)
{
    m_dialog.setKind(NewCallDialog::Kind::IncomingPhone);
    m_dialog.setNumber(m_known.phone);
    m_dialog.accept();
    EXPECT_TRUE(m_dialog.isBusy());
    EXPECT_NE(m_dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_FALSE(edit(u"numberLineEdit"_s)->isEnabled()) << "the number cannot change under the answer";
    EXPECT_TRUE(m_service.creations.isEmpty()) << "no new card before the answer says there is none";

    ASSERT_EQ(m_service.lookups.size(), 1);
    m_service.lookups[0].done(std::optional<Customer> {m_known});
    EXPECT_EQ(m_dialog.result(), QDialog::Accepted);
    EXPECT_EQ(m_dialog.customer().id, m_known.id);
    EXPECT_FALSE(m_dialog.createdCustomer());
    EXPECT_TRUE(m_service.creations.isEmpty());
}

TEST_F(NewCallDialogHeldTest, ANewCardIsStoredBeforeTheDialogClosesAndAFailureKeepsWhatWasTyped)
{
    m_dialog.setNumber(u"+91 98480 22338"_s);
    ASSERT_EQ(m_service.lookups.size(), 1);
    m_service.lookups[0].done(std::optional<Customer> {});
    m_dialog.findChild<QComboBox*>(u"salutationComboBox"_s)->setCurrentText(u"श्रीमती"_s);
    edit(u"givenNameLineEdit"_s)->setText(u"లక్ష్మి"_s);
    edit(u"familyNameLineEdit"_s)->setText(u"రెడ్డి"_s);

    // Saving: the dialog says so, stays open, takes no input, and cannot be cancelled under the write.
    m_dialog.accept();
    ASSERT_EQ(m_service.creations.size(), 1);
    EXPECT_TRUE(m_dialog.isBusy());
    const auto* busy = m_dialog.findChild<QLabel*>(u"newCallBusyLabel"_s);
    ASSERT_NE(busy, nullptr);
    EXPECT_FALSE(busy->isHidden());
    EXPECT_EQ(busy->text(), u"Saving the new customer card…"_s);
    EXPECT_FALSE(button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_FALSE(button(QDialogButtonBox::Cancel)->isEnabled());
    EXPECT_FALSE(edit(u"givenNameLineEdit"_s)->isEnabled());
    QSignalSpy finished(&m_dialog, &QDialog::finished);
    m_dialog.accept();
    m_dialog.reject();
    EXPECT_EQ(m_service.creations.size(), 1) << "one card, stored once";
    EXPECT_TRUE(finished.isEmpty()) << "still open";

    // Refused: a clear message, everything as typed, ready to try again.
    m_service.creations.takeFirst().done(Error {Error::Code::DatabaseLocked, u"The database is busy."_s, {}});
    EXPECT_FALSE(m_dialog.isBusy());
    EXPECT_TRUE(busy->isHidden());
    EXPECT_NE(m_dialog.result(), QDialog::Accepted);
    EXPECT_EQ(m_dialog.errorText(), u"The new customer card could not be saved: The database is busy."_s);
    EXPECT_EQ(edit(u"givenNameLineEdit"_s)->text(), u"లక్ష్మి"_s);
    EXPECT_EQ(edit(u"familyNameLineEdit"_s)->text(), u"రెడ్డి"_s);
    EXPECT_EQ(edit(u"numberLineEdit"_s)->text(), u"+91 98480 22338"_s);
    EXPECT_EQ(m_dialog.findChild<QComboBox*>(u"salutationComboBox"_s)->currentText(), u"श्रीमती"_s);
    EXPECT_TRUE(edit(u"givenNameLineEdit"_s)->isEnabled());
    EXPECT_TRUE(button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_TRUE(button(QDialogButtonBox::Cancel)->isEnabled());

    // Again, and stored: only now does it close, with the stored card.
    m_dialog.accept();
    ASSERT_EQ(m_service.creations.size(), 1);
    EXPECT_EQ(m_service.creations.first().customer.givenName, u"లక్ష్మి"_s);
    Customer stored = m_service.creations.first().customer;
    stored.id = 42;
    m_service.creations.takeFirst().done(stored);
    EXPECT_EQ(m_dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(m_dialog.createdCustomer());
    EXPECT_EQ(m_dialog.customer().id, 42);
    EXPECT_TRUE(m_dialog.errorText().isEmpty());
}

TEST_F(NewCallDialogHeldTest, AFailedLookUpIsSaidAndTriedAgainOnAccept)
{
    m_dialog.setNumber(m_known.phone);
    ASSERT_EQ(m_service.lookups.size(), 1);
    m_service.lookups.takeFirst().done(Error {Error::Code::DatabaseLocked, u"The database is busy."_s, {}});
    EXPECT_EQ(lookupText(), u"The database is busy."_s) << "not \"no customer has this number\"";

    m_dialog.accept();
    ASSERT_EQ(m_service.lookups.size(), 1) << "looked up again";
    EXPECT_TRUE(m_service.creations.isEmpty()) << "no duplicate card for a number that may have one";
    m_service.lookups.takeFirst().done(std::optional<Customer> {m_known});
    EXPECT_EQ(m_dialog.result(), QDialog::Accepted);
    EXPECT_EQ(m_dialog.customer().id, m_known.id);
}

} // namespace
