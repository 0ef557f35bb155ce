#include "i18n/BidiText.h"

#include "support/QStringPrinter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(BidiText, IsolatesAValueInItsOwnDirection)
{
    EXPECT_EQ(BidiText::isolated(u"ABC Company"_s), QChar(0x2068) + u"ABC Company"_s + QChar(0x2069));
    EXPECT_EQ(BidiText::leftToRight(u"+91 98480 22338"_s), QChar(0x2066) + u"+91 98480 22338"_s + QChar(0x2069));
    EXPECT_TRUE(BidiText::isolated({}).isEmpty());
    EXPECT_TRUE(BidiText::leftToRight({}).isEmpty());
}

TEST(BidiText, MarksTheDirectionOfAParagraph)
{
    EXPECT_EQ(BidiText::directionMark(Qt::RightToLeft), QChar(0x200F));
    EXPECT_EQ(BidiText::directionMark(Qt::LeftToRight), QChar(0x200E));
}

TEST(BidiText, TakesTheDirectionOfTheFirstStrongCharacter)
{
    EXPECT_EQ(BidiText::directionOf(u"123 محترمہ فاطمہ"_s, Qt::LeftToRight), Qt::RightToLeft);
    EXPECT_EQ(BidiText::directionOf(u"श्रीमती शर्मा"_s, Qt::RightToLeft), Qt::LeftToRight);
    EXPECT_EQ(BidiText::directionOf(u"42"_s, Qt::RightToLeft), Qt::RightToLeft);
}

TEST(BidiText, KeepsTheDateAndTheTimeEachInOneRun)
{
    const QDateTime when(QDate(2026, 11, 9), QTime(9, 3, 54), Qt::UTC);
    for (const char* code : {"ur", "en", "hi"}) {
        const QLocale locale(QString::fromLatin1(code));
        const QString text = BidiText::dateTime(when, locale, QLocale::LongFormat);
        // Isolates aside, the locale's own text.
        QString bare = text;
        bare.remove(QChar(0x2068)).remove(QChar(0x2069));
        EXPECT_EQ(bare, locale.toString(when, QLocale::LongFormat)) << code;
        // The time, "9:03:54 AM UTC" in Urdu too, is one isolate of its own.
        const QString time = locale.toString(when, locale.timeFormat(QLocale::LongFormat));
        EXPECT_TRUE(text.endsWith(BidiText::isolated(time))) << code;
    }
    EXPECT_TRUE(BidiText::dateTime({}, QLocale(), QLocale::LongFormat).isEmpty());
}
