#include "StorageTest.h"

#include "domain/SearchText.h"
#include "storage/SearchTerms.h"

using namespace Qt::StringLiterals;

TEST(SearchTerms, CollectsNameWordsJoinedFormsPairsAndEmail)
{
    Customer c;
    c.givenName = u"Àlex"_s;
    c.familyName = u"Ferrer-Vidal"_s;
    c.phone = u"+34 612 345 678"_s;
    c.email = u"Alex.Ferrer@Example.cat"_s;
    const QStringList terms = SearchTerms::forCustomer(c);
    for (const QString& t : { u"alex"_s, u"ferrer"_s, u"vidal"_s, u"ferrervidal"_s,
             SearchTerms::pair(u"alex"_s, u"vidal"_s), SearchTerms::pair(u"vidal"_s, u"alex"_s),
             QString(SearchTerms::EmailMark + u"alex.ferrer@example.cat"_s) }) {
        EXPECT_TRUE(terms.contains(t)) << t.toStdString();
    }
    EXPECT_FALSE(terms.contains(u"àlex"_s));
    EXPECT_FALSE(terms.contains(u"34612345678"_s)); // phones have their own keys (customer_phones)
}

TEST(SearchTerms, KeepsIndicVowelSignsAndNormalises)
{
    Customer c;
    c.givenName = u"वेंकट"_s;
    c.familyName = u"రెడ్డి"_s;
    const QStringList terms = SearchTerms::forCustomer(c);
    EXPECT_TRUE(terms.contains(u"वेंकट"_s));
    EXPECT_TRUE(terms.contains(u"రెడ్డి"_s));
    // A decomposed "à" typed on another system matches the composed one.
    EXPECT_EQ(SearchTerms::queryWords(u"A\u0300LEX"_s), QStringList { u"alex"_s });
}

TEST(SearchTerms, SplitsQueriesIntoWords)
{
    EXPECT_EQ(SearchTerms::queryWords(u"  jordi   PUIG "_s), (QStringList { u"jordi"_s, u"puig"_s }));
    EXPECT_EQ(SearchTerms::queryWords(u"O’Brien"_s), (QStringList { u"o"_s, u"brien"_s }));
    EXPECT_EQ(SearchTerms::queryWords(u"jo jordi"_s), QStringList { u"jordi"_s });
    EXPECT_TRUE(SearchTerms::queryWords(u"   "_s).isEmpty());
}

TEST(SearchTerms, UpperBoundCoversEveryStringWithThePrefix)
{
    EXPECT_EQ(SearchTerms::prefixUpperBound(u"jor"_s), u"jos"_s);
    const QString upper = SearchTerms::prefixUpperBound(u"अनी"_s);
    EXPECT_LT(u"अनीता"_s, upper);
    EXPECT_LT(u"अनी\U0001F600"_s.toUcs4(), upper.toUcs4());
    EXPECT_TRUE(SearchTerms::prefixUpperBound(QString()).isEmpty());
}

TEST(SearchTerms, AccentsDoNotDecideTheOrder)
{
    const auto key = [](const QString& family, const QString& given) {
        Customer c;
        c.familyName = family;
        c.givenName = given;
        return SearchTerms::sortKey(c);
    };
    EXPECT_LT(key(u"Sánchez"_s, u"Pere"_s), key(u"Smith"_s, u"Jane"_s));
    EXPECT_LT(key(u"Àvila"_s, u"Laia"_s), key(u"Brown"_s, u"David"_s));
}

TEST(SearchText, FoldsCaseAccentsAndInvisibleCharacters)
{
    EXPECT_EQ(SearchText::fold(u"Núria"_s), u"nuria"_s);
    EXPECT_EQ(SearchText::fold(u"Çelik"_s), u"celik"_s);
    EXPECT_EQ(SearchText::fold(u"İstanbul"_s), u"istanbul"_s);
    EXPECT_EQ(SearchText::fold(u"STRASSE"_s), SearchText::fold(u"Straße"_s));
    EXPECT_EQ(SearchText::fold(u"ﬁ"_s), u"fi"_s); // NFKC
    EXPECT_EQ(SearchText::fold(u"مُحَمَّد"_s), u"محمد"_s);
    EXPECT_EQ(SearchText::fold(u"عبدالرحمٰن"_s), u"عبدالرحمن"_s);
    EXPECT_EQ(SearchText::fold(u"سیف\u200Cاللہ"_s), u"سیفاللہ"_s);
    EXPECT_EQ(SearchText::fold(u"\u200Fعمران\u200E"_s), u"عمران"_s);
    EXPECT_EQ(SearchText::fold(u"Ja\u00ADne"_s), u"jane"_s);
    EXPECT_EQ(SearchText::fold(u"\u2067Jordi\u2069"_s), u"jordi"_s);
}

TEST(SearchText, KeepsIndicVowelSignsAndViramas)
{
    EXPECT_EQ(SearchText::fold(u"राजे"_s), u"राजे"_s);
    EXPECT_EQ(SearchText::fold(u"రవీ"_s), u"రవీ"_s);
    EXPECT_EQ(SearchText::fold(u"सिंह"_s), u"सिंह"_s);
    EXPECT_EQ(SearchText::fold(u"రెడ్డి"_s), u"రెడ్డి"_s);
    EXPECT_NE(SearchText::fold(u"राजे"_s), SearchText::fold(u"राज"_s));
}

TEST(SearchText, SplitsWordsAtSeparatorsAndKeepsJoinedForms)
{
    EXPECT_EQ(SearchText::words(u"Gal·la O'Brien-Smith"_s),
        (QStringList { u"gal"_s, u"la"_s, u"o"_s, u"brien"_s, u"smith"_s }));
    const QStringList terms = SearchText::nameTerms(u"Gal·la O’Brien"_s);
    EXPECT_TRUE(terms.contains(u"galla"_s));
    EXPECT_TRUE(terms.contains(u"obrien"_s));
    EXPECT_FALSE(terms.contains(u"gallaobrien"_s));
    EXPECT_EQ(SearchText::words(u"J.R. Smith"_s), (QStringList { u"j"_s, u"r"_s, u"smith"_s }));
}
