#include "services/CallHistory.h"

#include "i18n/BidiText.h"
#include "i18n/Languages.h"
#include "platform/LanguageSwitcher.h"
#include "support/QStringPrinter.h"

#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// A closed call's entry as the history pane reads it: a payment read back and a follow-up promised.
Interaction callEntry()
{
    Interaction entry;
    entry.channel = Channel::Phone;
    entry.callId = 7;
    entry.occurredUtc = QDateTime(QDate(2026, 12, 3), QTime(9, 3, 54), Qt::UTC);
    entry.subject = u"Refund promised"_s;
    entry.summary = u"Refund promised"_s;
    entry.payment = CallPaymentMention {u"visa"_s, u"4242"_s};
    entry.followUp = CallFollowUpMention {u"Núria Puig"_s, QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC)};
    return entry;
}

class HistoryEntryTest : public ::testing::TestWithParam<QString>
{
protected:
    void TearDown() override { LanguageSwitcher::apply(m_languages, u"en"_s); }
    Languages m_languages;
};

} // namespace

TEST_P(HistoryEntryTest, NamesThePaymentAndTheFollowUpOnceInTheReadersLanguage)
{
    const QString language = GetParam();
    ASSERT_TRUE(LanguageSwitcher::apply(m_languages, language));
    const Interaction entry = callEntry();
    const QString details = CallHistory::details(entry);

    EXPECT_EQ(details.count(u"4242"_s), 1) << details.toStdString();
    EXPECT_EQ(details.count(u"Visa"_s), 1) << details.toStdString();
    EXPECT_EQ(details.count(u"Núria Puig"_s), 1) << details.toStdString();
    const QString due = BidiText::dateTime(entry.followUp->dueUtc.toLocalTime(), QLocale(), QLocale::ShortFormat);
    EXPECT_EQ(details.count(due), 1) << details.toStdString() << " / " << due.toStdString();

    const QString paymentLabel
        = QCoreApplication::translate("CallSession", "Payment card read back: %1 ending in %2.");
    const QString followUpLabel = QCoreApplication::translate("CallSession", "Follow-up: %1, due %2.");
    if (language == u"en"_s) {
        EXPECT_TRUE(details.contains(u"Payment card read back: Visa ending in"_s)) << details.toStdString();
        EXPECT_TRUE(details.contains(u"Follow-up: "_s)) << details.toStdString();
    } else {
        EXPECT_NE(paymentLabel, u"Payment card read back: %1 ending in %2."_s) << "untranslated in " << language.toStdString();
        EXPECT_NE(followUpLabel, u"Follow-up: %1, due %2."_s) << "untranslated in " << language.toStdString();
        EXPECT_FALSE(details.contains(u"read back"_s)) << details.toStdString();
        EXPECT_FALSE(details.contains(u"Follow-up"_s)) << details.toStdString();
    }
    // The labels' own words, around the values, once each.
    const QString paymentWords = paymentLabel.section(u"%1"_s, 0, 0).trimmed();
    if (!paymentWords.isEmpty()) {
        EXPECT_EQ(details.count(paymentWords), 1) << details.toStdString();
    }
    const QString followUpWords = followUpLabel.section(u"%1"_s, 0, 0).trimmed();
    if (!followUpWords.isEmpty()) {
        EXPECT_EQ(details.count(followUpWords), 1) << details.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(EveryLanguage, HistoryEntryTest,
    ::testing::Values(u"en"_s, u"hi"_s, u"te"_s, u"ur"_s, u"ca"_s),
    [](const ::testing::TestParamInfo<QString>& language) { return language.param.toStdString(); });
