// Values put into translated sentences keep their order in right-to-left text: each message below is
// produced in Urdu with a phone number, a path, a database or a date-time in it, and the value must
// stand in it as one isolated run (U+2066 or U+2068 … U+2069), not loose among the Urdu words where
// "+92 300 1234567" would show its digit groups reversed and a path's leading "/" at the far end.
// tests/i18n/check-bidi-values.pl makes the same rule for every tr() sentence of app/ and ui/.
#include "dialogs/FollowUpDialog.h"
#include "domain/CardExpiry.h"
#include "domain/Interaction.h"
#include "domain/PhoneNumber.h"
#include "i18n/Languages.h"
#include "integration/CallRequest.h"
#include "integration/FollowUpCalendar.h"
#include "platform/LanguageSwitcher.h"
#include "services/CallHistory.h"
#include "services/LanguageRulesFile.h"
#include "services/ScriptLibrary.h"
#include "storage/DatabaseConfig.h"
#include "storage/SqlErrors.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"

#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QChar LeftToRightIsolate { 0x2066 };
constexpr QChar FirstStrongIsolate { 0x2068 };
constexpr QChar PopDirectionalIsolate { 0x2069 };

bool hasUrduLetters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
}

/// `message` is in Urdu and holds `value` as one run opened by `opener` and closed by U+2069.
::testing::AssertionResult holdsAsOneRun(const QString& message, const QString& value, QChar opener)
{
    if (!hasUrduLetters(message))
        return ::testing::AssertionFailure() << "not in Urdu: " << message.toStdString();
    if (!message.contains(opener + value + PopDirectionalIsolate))
        return ::testing::AssertionFailure()
            << "“" << value.toStdString() << "” is not isolated in: " << message.toStdString();
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult keepsLeftToRight(const QString& message, const QString& value)
{
    return holdsAsOneRun(message, value, LeftToRightIsolate);
}

::testing::AssertionResult isolates(const QString& message, const QString& value)
{
    return holdsAsOneRun(message, value, FirstStrongIsolate);
}

class BidiSentences : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(LanguageSwitcher::apply(m_languages, u"ur"_s)); }
    void TearDown() override { LanguageSwitcher::apply(m_languages, u"en"_s); }

    Languages m_languages;
};

} // namespace

TEST_F(BidiSentences, PhoneNumbersInErrorsStayLeftToRight)
{
    const Result<QString> letter = PhoneNumber::normalize(u"+92 300 1234567x"_s, false);
    ASSERT_FALSE(letter);
    EXPECT_TRUE(keepsLeftToRight(letter.error().message, u"+92 300 1234567x"_s));

    const Result<QString> country = PhoneNumber::normalize(u"+999 300 1234567"_s, false);
    ASSERT_FALSE(country);
    EXPECT_TRUE(keepsLeftToRight(country.error().message, u"+999 300 1234567"_s));

    const Result<CallRequest> extension = CallRequest::parse(u"tel:+923001234567;ext=+12"_s);
    ASSERT_FALSE(extension);
    EXPECT_TRUE(keepsLeftToRight(extension.error().message, u"+12"_s));

    const Result<CallRequest> channel = CallRequest::parse(u"cordial://call?number=%2B923001234567&channel=/x/y"_s);
    ASSERT_FALSE(channel);
    EXPECT_TRUE(keepsLeftToRight(channel.error().message, u"/x/y"_s));
}

TEST_F(BidiSentences, PathsAndDatabasesInErrorsStayLeftToRight)
{
    const QString script = QDir::toNativeSeparators(u"/srv/cordial/scripts/ur/phone.json"_s);
    const Result<CallScript> broken = ScriptLibrary::parse("{", script);
    ASSERT_FALSE(broken);
    EXPECT_TRUE(keepsLeftToRight(broken.error().message, script));

    const QString rules = QDir::toNativeSeparators(u"/srv/cordial/scripts/ur/language.json"_s);
    const Result<LanguageRules> noRules = LanguageRulesFile::parse("[]", rules);
    ASSERT_FALSE(noRules);
    EXPECT_TRUE(keepsLeftToRight(noRules.error().message, rules));

    const QTemporaryDir dir;
    const QString calendar = dir.path() + u"/missing/followup-7.ics"_s;
    const Status saved = FollowUpCalendar::writeIcs(calendar, "BEGIN:VCALENDAR");
    ASSERT_FALSE(saved);
    EXPECT_TRUE(keepsLeftToRight(saved.error().message, QDir::toNativeSeparators(calendar)));

    const Result<DatabaseConfig> config = DatabaseConfig::parse(QString(dir.path() + u"/cordial.sqlite"_s));
    ASSERT_TRUE(config);
    EXPECT_TRUE(keepsLeftToRight(SqlErrors::notADatabase(config.value(), {}).message, config.value().displayName()));
    EXPECT_TRUE(keepsLeftToRight(SqlErrors::locked(config.value(), {}).message, config.value().displayName()));

    const Result<DatabaseConfig> other = DatabaseConfig::parse(u"ftp://files.example.org/cordial"_s);
    ASSERT_FALSE(other);
    EXPECT_TRUE(keepsLeftToRight(other.error().message, u"ftp://files.example.org/cordial"_s));
}

TEST_F(BidiSentences, TypedTextInSentencesIsIsolated)
{
    Interaction entry;
    entry.subject = u"Order 42 returned"_s;
    entry.facts = CallFacts {};
    entry.facts->disposition = Disposition::Resolved;
    EXPECT_TRUE(isolates(CallHistory::subject(entry), u"Order 42 returned"_s));

    const Result<QDate> expired = CardExpiry::parse(u"01/20"_s, QDate(2026, 3, 14));
    ASSERT_FALSE(expired);
    EXPECT_TRUE(isolates(expired.error().message, CardExpiry::monthAndYear(QDate(2020, 1, 31))));
}

TEST_F(BidiSentences, TheTimeOfAFollowUpStaysOneRun)
{
    FakeClock clock;
    FollowUpDialog dialog({ { 5, u"अनिल राव"_s, u"arao"_s, u"supervisor"_s, {} } }, 5, clock);
    auto* when = dialog.findChild<QDateTimeEdit*>(u"dueDateTimeEdit"_s);
    ASSERT_NE(when, nullptr);
    const QDateTime due = clock.nowUtc().toLocalTime().addDays(2);
    when->setDateTime(due);
    const QString status = dialog.findChild<QLabel*>(u"followUpStatusLabel"_s)->text();
    // "10:00 AM" must not read "AM 10:00": the time is a run of its own, and so is the date.
    const QDateTime shown = when->dateTime();
    EXPECT_TRUE(isolates(status, dialog.locale().toString(shown.time(), QLocale::ShortFormat)));
    EXPECT_TRUE(isolates(status, dialog.locale().toString(shown.date(), QLocale::LongFormat)));

    when->setDateTime(clock.nowUtc().toLocalTime().addDays(-1));
    const QString past = dialog.findChild<QLabel*>(u"followUpStatusLabel"_s)->text();
    EXPECT_TRUE(isolates(past, dialog.locale().toString(when->dateTime().time(), QLocale::ShortFormat)));
}
