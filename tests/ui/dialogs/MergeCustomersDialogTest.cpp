// Merging two cards from the card (issue 14): find the other card, see both side by side, choose the
// values to keep, confirm; the history moves, the merged card leaves the search and the merge is logged.

#include "../windows/CallWindowTest.h"
#include "LayoutCheck.h"

#include "dialogs/MergeCustomersDialog.h"
#include "models/CustomerListModel.h"
#include "panels/CustomerCard.h"
#include "panels/CustomerSearchPane.h"
#include "storage/CustomerAuditRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlStatement.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class MergeCustomersDialogTest : public CallWindowTest, public ::testing::WithParamInterface<const char*>
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
        const CustomerListModel* model = m_window->customerPane()->model();
        ASSERT_GE(model->rowCount(), 2);
        ASSERT_TRUE(card()->customer().has_value());
        kept = *card()->customer();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->customerAt(row)->id != kept.id && model->customerAt(row)->email != kept.email
                && !model->customerAt(row)->email.isEmpty()) {
                other = *model->customerAt(row);
                break;
            }
        }
        ASSERT_NE(other.id, 0);
    }

    CustomerCard* card() const { return m_window->customerPane()->card(); }

    MergeCustomersDialog* openDialog()
    {
        card()->openMerge();
        auto* dialog = card()->findChild<MergeCustomersDialog*>();
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    /// Finds the other card as the agent would, by typing its name, and picks it from the results.
    void findOther(MergeCustomersDialog* dialog)
    {
        dialog->searchEdit()->setFocus();
        dialog->searchEdit()->insert(other.fullName()); // as pasted: the name may be in any script
        dialog->searchNow();
        settle();
        for (int row = 0; row < dialog->resultsList()->count(); ++row) {
            dialog->resultsList()->setCurrentRow(row);
            if (dialog->other() && dialog->other()->id == other.id)
                return;
        }
        FAIL() << "the other card is not among the results";
    }

    qint64 count(const QString& sql, qint64 id)
    {
        SqlStatement q(*m_temp.db(), sql);
        q.bindInt(id);
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.integer(0) : -1;
    }

    Customer kept;
    Customer other;
};

TEST_P(MergeCustomersDialogTest, MergesTheChosenCardKeepingTheChosenValues)
{
    const qint64 otherCalls = count(u"SELECT count(*) FROM interactions WHERE customer_id = ?"_s, other.id);
    const qint64 keptCalls = count(u"SELECT count(*) FROM interactions WHERE customer_id = ?"_s, kept.id);
    MergeCustomersDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->mergeButton()->isEnabled()) << "nothing to merge before the other card is chosen";
    findOther(dialog);
    ASSERT_TRUE(dialog->mergeButton()->isEnabled());
    // Side by side: the kept card's e-mail by default, the other's when the agent picks it.
    auto* keepEmail = dialog->findChild<QRadioButton*>(u"emailKeepRadioButton"_s);
    auto* otherEmail = dialog->findChild<QRadioButton*>(u"emailOtherRadioButton"_s);
    ASSERT_NE(keepEmail, nullptr);
    ASSERT_NE(otherEmail, nullptr);
    EXPECT_TRUE(keepEmail->isChecked());
    EXPECT_FALSE(otherEmail->accessibleName().isEmpty());
    otherEmail->setFocus();
    QTest::keyClick(otherEmail, Qt::Key_Space);
    EXPECT_EQ(dialog->chosenValues().email, other.email);

    QTest::keyClick(dialog->mergeButton(), Qt::Key_Space);
    auto* confirm = dialog->findChild<QMessageBox*>(u"confirmMergeMessageBox"_s);
    ASSERT_NE(confirm, nullptr) << "a merge is confirmed first";
    confirm->findChild<QPushButton*>(u"confirmMergePushButton"_s)->click();
    settle();

    EXPECT_EQ(card()->customer()->id, kept.id);
    EXPECT_EQ(card()->customer()->email, other.email);
    EXPECT_EQ(count(u"SELECT count(*) FROM interactions WHERE customer_id = ?"_s, other.id), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM interactions WHERE customer_id = ?"_s, kept.id), keptCalls + otherCalls);
    EXPECT_EQ(count(u"SELECT merged_into FROM customers WHERE id = ?"_s, other.id), kept.id);
    Result<QList<CustomerAuditEntry>> trail = CustomerAuditRepository(*m_temp.db()).forCustomer(other.id, 10);
    ASSERT_TRUE(trail.ok());
    ASSERT_FALSE(trail.value().isEmpty());
    EXPECT_EQ(trail.value().first().action, CustomerAuditEntry::Action::Merge);
    EXPECT_EQ(trail.value().first().otherCustomerId, kept.id);
}

TEST_P(MergeCustomersDialogTest, ARefusedMergeSaysWhyAndKeepsTheDialog)
{
    ASSERT_TRUE(SqlStatement::run(*m_temp.db(),
        u"CREATE TRIGGER refuse_audit BEFORE INSERT ON customer_audit BEGIN SELECT RAISE(ABORT, 'refused'); END"_s)
                    .ok());
    MergeCustomersDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    findOther(dialog);
    dialog->mergeButton()->click();
    auto* confirm = dialog->findChild<QMessageBox*>(u"confirmMergeMessageBox"_s);
    ASSERT_NE(confirm, nullptr);
    confirm->findChild<QPushButton*>(u"confirmMergePushButton"_s)->click();
    settle();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText().isEmpty());
    EXPECT_EQ(count(u"SELECT count(*) FROM customers WHERE id = ? AND merged_into IS NULL"_s, other.id), 1);
    dialog->reject();
}

TEST_P(MergeCustomersDialogTest, FitsASmallScreenWithEveryControlNamed)
{
    MergeCustomersDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    findOther(dialog);
    dialog->resize(dialog->size().boundedTo(QSize(1000, 700)));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    for (int round = 0; round < 3; ++round) {
        dialog->grab();
        QCoreApplication::processEvents();
    }
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus && !widget->inherits("QScrollBar")
            && !widget->inherits("QScrollArea") && !widget->inherits("QDialogButtonBox")
            && !widget->inherits("QPushButton"))
        {
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << LayoutCheck::describe(widget).toStdString();
        }
    }
    const QStringList problems = LayoutCheck::problems(dialog) + LayoutCheck::marginProblems(dialog);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n  "_s).toStdString();
    dialog->reject();
}

INSTANTIATE_TEST_SUITE_P(Languages, MergeCustomersDialogTest, ::testing::Values("en", "ur"));

} // namespace
