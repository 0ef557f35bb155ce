#include "platform/LanguageSwitcher.h"

#include "i18n/Languages.h"
#include "support/QStringPrinter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontMetricsF>
#include <QLabel>
#include <QPushButton>
#include <QRawFont>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The family of the font that actually draws `text` in `font` (after Qt's fallback).
QStringList familiesDrawing(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun& run : layout.glyphRuns())
        families << run.rawFont().familyName();
    return families;
}

class LanguageSwitcherTest : public ::testing::Test
{
protected:
    void TearDown() override { LanguageSwitcher::apply(m_languages, u"en"_s); }
    Languages m_languages;
};

} // namespace

TEST_F(LanguageSwitcherTest, UrduNamesGetAFontWithUrduFormsInEveryLanguage)
{
    for (const QString& code : {u"en"_s, u"hi"_s, u"te"_s, u"ca"_s, u"ur"_s}) {
        const QFont font = LanguageSwitcher::fontFor(code, LanguageSwitcher::baseFont());
        const QStringList drawing = familiesDrawing(u"رخسانہ"_s, font);
        ASSERT_FALSE(drawing.isEmpty()) << code.toStdString();
        if (code != u"ur"_s) {
            EXPECT_FALSE(familiesDrawing(u"Phone: 12:30"_s, font).contains(u"Noto Naskh Arabic"_s))
                << code.toStdString() << ": Latin, digits and punctuation stay in the interface font";
        }
        for (const QString& family : drawing) {
            EXPECT_TRUE(family == u"Noto Naskh Arabic"_s || family == u"Noto Nastaliq Urdu"_s)
                << code.toStdString() << ": Urdu drawn with " << family.toStdString();
        }
    }
}

TEST_F(LanguageSwitcherTest, DialogButtonsAreTranslatedWhereQtShipsNoCatalog)
{
    const QList<std::pair<QString, QString>> expected{
        {u"hi"_s, u"रद्द करें"_s}, {u"te"_s, u"రద్దు చేయండి"_s}, {u"ur"_s, u"منسوخ کریں"_s}, {u"ca"_s, u"Cancel·la"_s}};
    for (const auto& [code, cancel] : expected) {
        ASSERT_TRUE(LanguageSwitcher::apply(m_languages, code));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), cancel) << code.toStdString();
        EXPECT_NE(buttons.button(QDialogButtonBox::Ok)->text(), u"OK"_s) << code.toStdString();
    }
}

TEST_F(LanguageSwitcherTest, NastaliqLinesGetTallerLinesThanOtherScripts)
{
    const QString urdu = u"محترمہ بیگم، ہم آپ کی مدد کرنا چاہتے ہیں، لیکن ایسی زبان کے ساتھ گفتگو جاری نہیں رکھی جا سکتی۔"_s;
    QLabel plain;
    plain.setWordWrap(true);
    plain.setFont(LanguageSwitcher::fontFor(u"ur"_s, LanguageSwitcher::baseFont()));
    plain.setText(urdu);
    QLabel spoken;
    spoken.setWordWrap(true);
    spoken.setFont(plain.font());
    LanguageSwitcher::setSpokenLine(&spoken, urdu, u"ur"_s);
    EXPECT_GT(spoken.heightForWidth(300), plain.heightForWidth(300) * 5 / 4);
    if (const QString dir = qEnvironmentVariable("CORDIAL_SCREENSHOT_DIR"); !dir.isEmpty()) {
        spoken.setLayoutDirection(Qt::RightToLeft);
        spoken.resize(300, spoken.heightForWidth(300));
        spoken.grab().save(dir + u"/nastaliq-line.png"_s);
    }

    QLabel english;
    LanguageSwitcher::setSpokenLine(&english, u"Thank you for holding & waiting."_s, u"en"_s);
    EXPECT_EQ(english.textFormat(), Qt::PlainText);
    EXPECT_EQ(english.text(), u"Thank you for holding & waiting."_s);
}
