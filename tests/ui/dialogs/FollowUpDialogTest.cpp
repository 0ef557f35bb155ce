#include "dialogs/FollowUpDialog.h"

#include "services/ScriptLibrary.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// Pins the process time zone (and the default locale) for one test, restoring both afterwards.
class PinnedZone
{
public:
    explicit PinnedZone(const QByteArray& zone)
        : m_hadZone(qEnvironmentVariableIsSet("TZ"))
        , m_zone(qgetenv("TZ"))
        , m_locale(QLocale())
    {
        qputenv("TZ", zone);
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    ~PinnedZone()
    {
        if (m_hadZone)
            qputenv("TZ", m_zone);
        else
            qunsetenv("TZ");
        tzset();
        QLocale::setDefault(m_locale);
    }
    PinnedZone(const PinnedZone&) = delete;
    PinnedZone& operator=(const PinnedZone&) = delete;

private:
    bool m_hadZone;
    QByteArray m_zone;
    QLocale m_locale;
};

/// The next widget Tab moves to (focus proxies such as a spin box's inner line edit skipped).
QWidget* nextTabStop(QWidget* widget)
{
    QWidget* next = widget->nextInFocusChain();
    while (next != widget && (next->focusProxy() || !(next->focusPolicy() & Qt::TabFocus) || !next->isVisible()))
        next = next->nextInFocusChain();
    return next;
}

class FollowUpDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dialog = std::make_unique<FollowUpDialog>(m_agents, 5, m_clock);
        m_dialog->show();
        ASSERT_NE(owner(), nullptr);
        ASSERT_NE(when(), nullptr);
        ASSERT_NE(reason(), nullptr);
        ASSERT_NE(schedule(), nullptr);
    }

    QComboBox* owner() const { return m_dialog->findChild<QComboBox*>(u"ownerComboBox"_s); }
    QDateTimeEdit* when() const { return m_dialog->findChild<QDateTimeEdit*>(u"dueDateTimeEdit"_s); }
    QLineEdit* reason() const { return m_dialog->findChild<QLineEdit*>(u"reasonLineEdit"_s); }
    QPushButton* schedule() const { return m_dialog->findChild<QPushButton*>(u"scheduleFollowUpPushButton"_s); }
    QString status() const { return m_dialog->findChild<QLabel*>(u"followUpStatusLabel"_s)->text(); }

    PinnedZone m_zone {"Asia/Kolkata"}; // UTC+05:30, no daylight saving
    FakeClock m_clock;                  // Saturday 14 March 2026, 09:30 UTC = 15:00 in Kolkata
    const QList<Agent> m_agents {{3, u"Núria Puig"_s, u"npuig"_s, u"agent"_s, {}},
        {5, u"अनिल राव"_s, u"arao"_s, u"supervisor"_s, {}}};
    std::unique_ptr<FollowUpDialog> m_dialog;
};

TEST_F(FollowUpDialogTest, DefaultsToTheNextWorkingDayAtTenLocalTime)
{
    EXPECT_EQ(when()->dateTime(), QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::LocalTime)) << "Saturday -> Monday";
    EXPECT_EQ(owner()->currentData().toLongLong(), 5);

    const QDateTime thursdayUtc(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(FollowUpDialog::defaultDue(thursdayUtc, QLocale(QLocale::English, QLocale::UnitedKingdom)).date(),
        QDate(2026, 3, 13));
    // 21:00 UTC on Thursday is already Friday in Kolkata: the next working day is Monday.
    const QDateTime thursdayNightUtc(QDate(2026, 3, 12), QTime(21, 0), Qt::UTC);
    EXPECT_EQ(FollowUpDialog::defaultDue(thursdayNightUtc, QLocale(QLocale::English, QLocale::UnitedKingdom)).date(),
        QDate(2026, 3, 16));
}

TEST_F(FollowUpDialogTest, EmptyReasonIsRefusedWithAMessage)
{
    // No error before the agent has done anything: the dialog opens with the due time, in plain words.
    EXPECT_FALSE(status().contains(u"Enter why"_s)) << status().toStdString();
    EXPECT_TRUE(status().contains(u"Monday"_s)) << status().toStdString();
    EXPECT_FALSE(m_dialog->isInputValid());

    // Trying to schedule says what is missing.
    QTest::mouseClick(schedule(), Qt::LeftButton);
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(status().contains(u"Enter why"_s)) << status().toStdString();
    EXPECT_FALSE(schedule()->isEnabled());

    QTest::keyClicks(reason(), u"   "_s);
    EXPECT_FALSE(schedule()->isEnabled());
    QTest::keyClicks(reason(), u"confirm the refund"_s);
    EXPECT_TRUE(schedule()->isEnabled()) << status().toStdString();
    EXPECT_TRUE(status().contains(u"Monday"_s)) << "the day is spelled out: " << status().toStdString();
}

TEST_F(FollowUpDialogTest, AReasonTypedThenErasedIsAnError)
{
    QTest::keyClicks(reason(), u"x"_s);
    EXPECT_FALSE(status().contains(u"Enter why"_s));
    QTest::keyClick(reason(), Qt::Key_Backspace);
    EXPECT_TRUE(status().contains(u"Enter why"_s)) << status().toStdString();
    EXPECT_FALSE(schedule()->isEnabled());
}

TEST_F(FollowUpDialogTest, PreviewWithoutAReasonShowsNoRawToken)
{
    const QTemporaryDir dir;
    const Result<CallScript> script = ScriptLibrary(dir.path()).load(u"en"_s, Channel::Phone);
    ASSERT_TRUE(script);
    m_dialog->setPreview(script.value(), {{u"customer"_s, u"Ms. Smith"_s}});
    const QString preview = m_dialog->previewText();
    EXPECT_FALSE(preview.contains(u'[')) << preview.toStdString();
    EXPECT_FALSE(preview.contains(u"follow_up_why"_s)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"Ms. Smith"_s)) << preview.toStdString();
    // Said aloud in the script's language, with its own "on … at"; no reason yet: no "Reason:" sentence.
    EXPECT_TRUE(preview.contains(u"on Monday, March 16, 2026 at 10:00 AM"_s)) << preview.toStdString();
    EXPECT_FALSE(preview.contains(u"Reason"_s)) << preview.toStdString();
    EXPECT_FALSE(preview.contains(QChar(0x2026))) << preview.toStdString();
    EXPECT_FALSE(status().contains(u"Enter why"_s)) << "still no error: " << status().toStdString();
}

TEST_F(FollowUpDialogTest, ATimeInThePastIsRefused)
{
    QTest::keyClicks(reason(), u"confirm the refund"_s);
    when()->setDateTime(QDateTime(QDate(2026, 3, 14), QTime(14, 59), Qt::LocalTime)); // 09:29 UTC
    EXPECT_FALSE(schedule()->isEnabled());
    EXPECT_TRUE(status().contains(u"in the past"_s)) << status().toStdString();
    QTest::mouseClick(schedule(), Qt::LeftButton);
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);

    when()->setDateTime(QDateTime(QDate(2026, 3, 14), QTime(15, 1), Qt::LocalTime));
    EXPECT_TRUE(schedule()->isEnabled()) << status().toStdString();

    // Time passes while the dialog is open: accepting checks again.
    m_clock.advance(std::chrono::minutes(5));
    m_dialog->accept();
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(status().contains(u"in the past"_s)) << status().toStdString();
}

TEST_F(FollowUpDialogTest, DueTimeIsStoredInUtc)
{
    QTest::keyClicks(reason(), u"confirm the refund"_s);
    when()->setDateTime(QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::LocalTime));
    QTest::mouseClick(schedule(), Qt::LeftButton);
    ASSERT_EQ(m_dialog->result(), QDialog::Accepted);

    const FollowUp followUp = m_dialog->followUp();
    EXPECT_EQ(followUp.dueUtc.timeSpec(), Qt::UTC);
    EXPECT_EQ(followUp.dueUtc, QDateTime(QDate(2026, 3, 16), QTime(4, 30), Qt::UTC));
    EXPECT_EQ(followUp.ownerAgentId, 5);
    EXPECT_EQ(followUp.customerId, 0);
    EXPECT_EQ(followUp.callId, 0);
    EXPECT_EQ(m_dialog->ownerName(), u"अनिल राव"_s);
}

TEST_F(FollowUpDialogTest, ReasonIsMaskedForCardNumbers)
{
    owner()->setCurrentIndex(0);
    QTest::keyClicks(reason(), u"refund to 4111-1111-1111-1111, CVV 123, call +91 98480 22338"_s);
    const FollowUp followUp = m_dialog->followUp();
    EXPECT_EQ(followUp.ownerAgentId, 3);
    EXPECT_FALSE(followUp.reason.contains(u"4111-1111-1111-1111"_s)) << followUp.reason.toStdString();
    EXPECT_TRUE(followUp.reason.contains(u"1111"_s)) << followUp.reason.toStdString();
    EXPECT_FALSE(followUp.reason.contains(u"123"_s)) << followUp.reason.toStdString();
    EXPECT_TRUE(followUp.reason.contains(u"+91 98480 22338"_s)) << "a phone number stays: " << followUp.reason.toStdString();
}

TEST_F(FollowUpDialogTest, PreviewReadsTheScriptSentenceBack)
{
    EXPECT_TRUE(m_dialog->previewText().isEmpty());
    const QTemporaryDir dir;
    const Result<CallScript> script = ScriptLibrary(dir.path()).load(u"en"_s, Channel::Phone);
    ASSERT_TRUE(script);
    m_dialog->setPreview(script.value(), {{u"customer"_s, u"Ms. Smith"_s}});
    QTest::keyClicks(reason(), u"to confirm the refund"_s);
    const QString preview = m_dialog->previewText();
    EXPECT_TRUE(preview.contains(u"Ms. Smith"_s)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"अनिल राव"_s)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"on Monday, March 16, 2026 at 10:00 AM"_s)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"Reason: \u2068to confirm the refund\u2069."_s)) << preview.toStdString();
    EXPECT_FALSE(preview.contains(u'[')) << preview.toStdString();
}

TEST_F(FollowUpDialogTest, KeyboardOrderAndNames)
{
    EXPECT_EQ(nextTabStop(owner()), when());
    EXPECT_EQ(nextTabStop(when()), reason());
    EXPECT_EQ(nextTabStop(reason()), schedule());
    for (QWidget* w : std::initializer_list<QWidget*> {owner(), when(), reason()})
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
    QTest::keyClicks(reason(), u"confirm the refund"_s);
    QTest::keyClick(reason(), Qt::Key_Return);
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);
}

} // namespace
