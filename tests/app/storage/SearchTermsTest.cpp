#include "StorageTest.h"

#include "storage/SearchTerms.h"

using namespace Qt::StringLiterals;

TEST(SearchTerms, CollectsNameWordsPhoneDigitsAndEmail)
{
    Customer c;
    c.givenName = u"Àlex"_s;
    c.familyName = u"Ferrer-Vidal"_s;
    c.phone = u"+34 612 345 678"_s;
    c.email = u"Alex.Ferrer@Example.cat"_s;
    const QStringList terms = SearchTerms::forCustomer(c);
    for (const QString& t : { u"àlex"_s, u"alex"_s, u"ferrer-vidal"_s, u"ferrer"_s, u"vidal"_s, u"34612345678"_s,
             u"612345678"_s, u"alex.ferrer@example.cat"_s }) {
        EXPECT_TRUE(terms.contains(t)) << t.toStdString();
    }
}

TEST(SearchTerms, KeepsIndicVowelSignsAndNormalisesToNfc)
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

TEST(SearchTerms, TurnsPhoneLikeQueriesIntoDigits)
{
    EXPECT_EQ(SearchTerms::queryWords(u"+91 98480-22338"_s), QStringList { u"919848022338"_s });
    EXPECT_EQ(SearchTerms::queryWords(u"(0)98480"_s), QStringList { u"98480"_s });
    EXPECT_EQ(SearchTerms::queryWords(u"  jordi   PUIG "_s), (QStringList { u"jordi"_s, u"puig"_s }));
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
    // Same letters: the unaccented one first, and the keys still differ (a total order).
    EXPECT_LT(key(u"Marti"_s, u"Alex"_s), key(u"Martí"_s, u"Alex"_s));
    EXPECT_EQ(key(u"रेड्डी"_s, u"वेंकट"_s), u"रेड्डी वेंकट"_s);
}
