#include "i18n/Languages.h"

#include <gtest/gtest.h>

TEST(Languages, ShipsFiveLanguages)
{
    const QList<Languages::Language> languages = Languages::available();
    ASSERT_EQ(languages.size(), 5);
    QStringList codes;
    for (const Languages::Language& language : languages)
        codes.append(language.code);
    EXPECT_EQ(codes, (QStringList{QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("te"),
                                  QStringLiteral("ur"), QStringLiteral("ca")}));
}

TEST(Languages, NamesEachLanguageInItself)
{
    for (const Languages::Language& language : Languages::available())
        EXPECT_FALSE(language.nativeName.isEmpty()) << language.code.toStdString();

    for (const Languages::Language& language : Languages::available()) {
        if (language.code == u"ur") {
            EXPECT_EQ(language.nativeName, QStringLiteral("اردو"));
        } else if (language.code == u"hi") {
            EXPECT_EQ(language.nativeName, QStringLiteral("हिन्दी"));
        }
    }
}

TEST(Languages, UrduIsRightToLeft)
{
    EXPECT_EQ(Languages::direction(QStringLiteral("ur")), Qt::RightToLeft);
    for (const Languages::Language& language : Languages::available())
        EXPECT_EQ(language.direction, language.code == u"ur" ? Qt::RightToLeft : Qt::LeftToRight)
            << language.code.toStdString();
}

TEST(Languages, HindiTeluguAndCatalanAreLeftToRight)
{
    EXPECT_EQ(Languages::direction(QStringLiteral("hi")), Qt::LeftToRight);
    EXPECT_EQ(Languages::direction(QStringLiteral("te")), Qt::LeftToRight);
    EXPECT_EQ(Languages::direction(QStringLiteral("ca")), Qt::LeftToRight);
}

TEST(Languages, SystemDefaultIsAShippedLanguage)
{
    EXPECT_TRUE(Languages::isAvailable(Languages::systemDefault()));
}

TEST(Languages, KnowsWhatItShips)
{
    EXPECT_TRUE(Languages::isAvailable(QStringLiteral("ur")));
    EXPECT_FALSE(Languages::isAvailable(QStringLiteral("xx")));
    EXPECT_FALSE(Languages::isAvailable(QString()));
}

TEST(Languages, RefusesAnUnknownLanguage)
{
    Languages languages;
    EXPECT_FALSE(languages.install(QStringLiteral("xx")));
    EXPECT_EQ(languages.current(), QStringLiteral("en"));
}

TEST(Languages, EnglishNeedsNoCatalog)
{
    Languages languages;
    EXPECT_TRUE(languages.install(QStringLiteral("en")));
    EXPECT_EQ(languages.current(), QStringLiteral("en"));
}

TEST(Languages, KeepsTheCurrentLanguageWhenACatalogIsMissing)
{
    // This test executable embeds no catalogs (the ui target does), so Urdu cannot load.
    Languages languages;
    ASSERT_TRUE(languages.install(QStringLiteral("en")));
    EXPECT_FALSE(languages.install(QStringLiteral("ur")));
    EXPECT_EQ(languages.current(), QStringLiteral("en"));
}
