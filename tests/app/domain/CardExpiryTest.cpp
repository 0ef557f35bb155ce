#include "domain/CardExpiry.h"
#include "domain/CardMasker.h"

#include "support/QStringPrinter.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
const QDate Today(2026, 3, 14);

/// Pins the interface locale to English for the messages' month names, then puts it back.
class EnglishLocale
{
public:
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(m_saved); }
    EnglishLocale(const EnglishLocale&) = delete;
    EnglishLocale& operator=(const EnglishLocale&) = delete;

private:
    QLocale m_saved;
};
} // namespace

TEST(CardExpiry, AcceptsTheFormsCustomersReadOut)
{
    const QDate september2029(2029, 9, 30);
    for (const QStringView typed : {u"0929", u"09/29", u"9/29", u"09 / 2029", u"09-29", u"9/2029", u"092029",
             u" 09 /29 ", u"09.29", u"09 29", u"9-2029", u"09//29"}) {
        const Result<QDate> r = CardExpiry::parse(typed, Today);
        ASSERT_TRUE(r) << typed.toString().toStdString() << ": " << r.error().message.toStdString();
        EXPECT_EQ(r.value(), september2029) << typed.toString().toStdString();
    }
}

TEST(CardExpiry, NormalisesOtherDigitsAndSlashes)
{
    const QDate september2029(2029, 9, 30);
    for (const QStringView typed : {
             u"\uFF10\uFF19\uFF0F\uFF12\uFF19", // full-width "09/29", as a Chinese or Japanese input method types it
             u"०९/२९",                         // Devanagari
             u"۰۹/۲۹",                         // Extended Arabic-Indic, an Urdu keyboard
             u"౦౯/౨౯",                         // Telugu
             u"09\u204429", u"09\u221529",     // fraction slash, division slash
             u"09\u201329",                    // en dash
             u"\u206609/29\u2069",             // isolated left-to-right inside right-to-left text
         }) {
        const Result<QDate> r = CardExpiry::parse(typed, Today);
        ASSERT_TRUE(r) << typed.toString().toStdString() << ": " << r.error().message.toStdString();
        EXPECT_EQ(r.value(), september2029) << typed.toString().toStdString();
    }
}

TEST(CardExpiry, TheCardIsValidToTheLastDayOfItsMonth)
{
    EXPECT_EQ(CardExpiry::parse(u"03/26", Today).value(), QDate(2026, 3, 31));
    EXPECT_EQ(CardExpiry::parse(u"0226", QDate(2028, 2, 1)).error().code, Error::Code::InvalidInput);
    EXPECT_EQ(CardExpiry::parse(u"0228", QDate(2028, 2, 1)).value(), QDate(2028, 2, 29)) << "leap year";
    EXPECT_EQ(CardExpiry::parse(u"12/2030", Today).value(), QDate(2030, 12, 31));
}

TEST(CardExpiry, RefusesMonthThirteenWithItsOwnReason)
{
    const EnglishLocale english;
    for (const QStringView typed : {u"13/27", u"1327", u"00/27", u"13 / 2027"}) {
        const Result<QDate> r = CardExpiry::parse(typed, Today);
        ASSERT_FALSE(r) << typed.toString().toStdString();
        EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
        EXPECT_TRUE(r.error().message.contains(u"There is no month"_s)) << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.contains(u"01 to 12"_s)) << r.error().message.toStdString();
    }
}

TEST(CardExpiry, RefusesAnExpiredCardNamingTheMonth)
{
    const EnglishLocale english;
    const Result<QDate> r = CardExpiry::parse(u"0226", Today);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message,
        u"This card expired at the end of \u2068February 2026\u2069. Ask the customer for a card that is still valid."_s);
    EXPECT_FALSE(CardExpiry::parse(u"05/11", Today)); // the guide's example is long expired
}

TEST(CardExpiry, RefusesWhatIsNoDate)
{
    const EnglishLocale english;
    for (const QStringView bad : {u"", u"5/7", u"ab/cd", u"09/2", u"09/292", u"092", u"09/29/1", u"/0929", u"09/29x",
             u"0929292"}) {
        const Result<QDate> r = CardExpiry::parse(bad, Today);
        ASSERT_FALSE(r) << bad.toString().toStdString();
        EXPECT_TRUE(r.error().message.contains(u"is not an expiry date"_s)) << bad.toString().toStdString() << r.error().message.toStdString();
    }
    const Result<QDate> far = CardExpiry::parse(u"04/2046", Today);
    ASSERT_FALSE(far);
    EXPECT_TRUE(far.error().message.contains(u"04/46"_s)) << far.error().message.toStdString();
    EXPECT_TRUE(far.error().message.contains(u"more than 20 years ahead"_s)) << far.error().message.toStdString();
}

TEST(CardExpiry, PutsTheSlashInAsTheAgentTypes)
{
    const std::pair<QStringView, QString> cases[] = {
        {u"0", u"0"_s},       // 01 to 09 still to come
        {u"1", u"1"_s},       // 1, 10, 11 or 12
        {u"09", u"09/"_s},    // the month is complete
        {u"12", u"12/"_s},
        {u"9", u"09/"_s},     // no month starts with 9 but September
        {u"1/", u"01/"_s},
        {u"09/", u"09/"_s},
        {u"09//", u"09/"_s},  // the agent typed the slash the field had already put in
        {u"09/ ", u"09/"_s},
        {u"09 ", u"09/"_s},
        {u"092", u"09/2"_s},
        {u"0929", u"09/29"_s},
        {u"09/2029", u"09/2029"_s},
        {u"09 / 2029", u"09/2029"_s},
        {u"\uFF10\uFF19\uFF0F\uFF12\uFF19", u"09/29"_s},
        {u"۰۹۲۹", u"09/29"_s},
        {u"13", u"13"_s},     // no such month: left for parse() to explain
        {u"00", u"00"_s},
        {u"09/29x", u"09/29x"_s},
        {u"09/20291", u"09/20291"_s},
    };
    for (const auto& [typed, shown] : cases)
        EXPECT_EQ(CardExpiry::formatAsTyped(typed), shown) << typed.toString().toStdString();
}

TEST(CardExpiry, ReadsBackAsMonthSlashYear)
{
    EXPECT_EQ(CardExpiry::normalized(QDate(2029, 9, 30)), u"09/29"_s);
    const Result<CardSummary> card = CardMasker::summarize(u"4111 1111 1111 1111", u"9/2029", u"Anil"_s, Today);
    ASSERT_TRUE(card) << card.error().message.toStdString();
    EXPECT_EQ(card.value().expiry, u"09/29"_s);
}
