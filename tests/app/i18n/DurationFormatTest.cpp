#include "i18n/DurationFormat.h"

#include "i18n/Languages.h"

#include "support/QStringPrinter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QLocale English(QLocale::English, QLocale::UnitedStates);
} // namespace

TEST(DurationFormat, ClockHasTwoDigitMinutesThatCountOnPastTheHour)
{
    EXPECT_EQ(formatDuration(0ms, English, DurationStyle::Clock), u"00:00"_s);
    EXPECT_EQ(formatDuration(59'999ms, English, DurationStyle::Clock), u"00:59"_s);
    EXPECT_EQ(formatDuration(60s, English, DurationStyle::Clock), u"01:00"_s);
    EXPECT_EQ(formatDuration(65s, English, DurationStyle::Clock), u"01:05"_s);
    EXPECT_EQ(formatDuration(3661s, English, DurationStyle::Clock), u"61:01"_s);
}

TEST(DurationFormat, CompactShowsHoursFromAnHourOn)
{
    EXPECT_EQ(formatDuration(25s, English, DurationStyle::Compact), u"0:25"_s);
    EXPECT_EQ(formatDuration(90s, English, DurationStyle::Compact), u"1:30"_s);
    EXPECT_EQ(formatDuration(3599s, English, DurationStyle::Compact), u"59:59"_s);
    EXPECT_EQ(formatDuration(3600s, English, DurationStyle::Compact), u"1:00:00"_s);
    EXPECT_EQ(formatDuration(3907s, English, DurationStyle::Compact), u"1:05:07"_s);
}

TEST(DurationFormat, CountsWholeSecondsAndNeverBelowZero)
{
    EXPECT_EQ(formatDuration(1'999ms, English, DurationStyle::Compact), u"0:01"_s);
    EXPECT_EQ(formatDuration(-5s, English, DurationStyle::Clock), u"00:00"_s);
    EXPECT_EQ(formatDuration(-5s, English, DurationStyle::Compact), u"0:00"_s);
}

TEST(DurationFormat, WritesTheLocalesDigitsAndZero)
{
    const QLocale egypt(QLocale::Arabic, QLocale::Egypt);
    ASSERT_EQ(egypt.zeroDigit(), u"٠"_s) << "the test needs a locale with its own digits";
    EXPECT_EQ(formatDuration(65s, egypt, DurationStyle::Clock), u"٠١:٠٥"_s);
    EXPECT_EQ(formatDuration(3907s, egypt, DurationStyle::Compact), u"١:٠٥:٠٧"_s);
    const QLocale marathi(QLocale::Marathi, QLocale::India);
    EXPECT_EQ(formatDuration(605s, marathi, DurationStyle::Clock), u"१०:०५"_s);
}

TEST(DurationFormat, ShippedLanguagesWriteLatinDigits)
{
    for (const Languages::Language& language : Languages::available()) {
        EXPECT_EQ(formatDuration(65s, QLocale(language.code), DurationStyle::Clock), u"01:05"_s)
            << language.code.toStdString();
    }
}

TEST(DurationFormat, NeverGroupsDigits)
{
    EXPECT_EQ(formatDuration(1000min, English, DurationStyle::Clock), u"1000:00"_s);
    EXPECT_EQ(formatDuration(1000h, QLocale(QLocale::Catalan), DurationStyle::Compact), u"1000:00:00"_s);
}
