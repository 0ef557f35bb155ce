#include "domain/CustomerFields.h"
#include "domain/CustomerValidation.h"
#include "domain/PhoneFormat.h"

#include "support/QStringPrinter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(PhoneFormat, ShowsAForeignNumberInInternationalFormat)
{
    EXPECT_EQ(PhoneFormat::forDisplay(u"+919848022338", {}, u"ES"_s), u"+91 98480 22338"_s);
    EXPECT_EQ(PhoneFormat::forDisplay(u"+34 612345678", {}, u"IN"_s), u"+34 612 34 56 78"_s);
}

TEST(PhoneFormat, ShowsANumberOfTheTeamsRegionInNationalFormat)
{
    EXPECT_EQ(PhoneFormat::forDisplay(u"+34612345678", {}, u"ES"_s), u"612 34 56 78"_s);
    EXPECT_EQ(PhoneFormat::forDisplay(u"+92 300 1234567", {}, u"PK"_s), u"0300 1234567"_s);
}

TEST(PhoneFormat, ReadsANumberWithoutCountryCodeForTheCustomersCountry)
{
    // A Pakistani customer's national number seen by a team in India.
    EXPECT_EQ(PhoneFormat::forDisplay(u"0300-1234567", u"PK"_s, u"IN"_s), u"+92 300 1234567"_s);
    // Devanagari digits are digits.
    EXPECT_EQ(PhoneFormat::forDisplay(u"+९१ ९८४८० २२३३८", {}, u"IN"_s), u"098480 22338"_s);
}

TEST(PhoneFormat, ShowsWhatCannotBeReadAsTyped)
{
    EXPECT_EQ(PhoneFormat::forDisplay(u"ext. 12", {}, u"IN"_s), u"ext. 12"_s);
    EXPECT_EQ(PhoneFormat::forDisplay(u"12", {}, u"IN"_s), u"12"_s);
    EXPECT_EQ(PhoneFormat::forDisplay(u"0300 1234567", {}, {}), u"0300 1234567"_s);
}

TEST(PhoneFormat, TakesTheTeamRegionFromTheLocale)
{
    EXPECT_EQ(PhoneFormat::regionOf(QLocale(u"hi_IN"_s)), u"IN"_s);
    EXPECT_EQ(PhoneFormat::regionOf(QLocale(u"ca_ES"_s)), u"ES"_s);
}

TEST(CustomerValidation, AcceptsACompleteCardInAnyScript)
{
    Customer c;
    c.givenName = u"వెంకట రమణ"_s;
    c.familyName = u"రెడ్డి"_s;
    c.phone = u"+91 98480 22338"_s;
    c.otherPhones = {u"040-2345 6789"_s};
    c.email = u"ramana@example.in"_s;
    c.country = u"in"_s;
    EXPECT_TRUE(CustomerValidation::check(c).isEmpty());
}

TEST(CustomerValidation, NamesEachFieldThatIsWrongWithAReason)
{
    Customer c;
    c.phone = u"98480 abc"_s;
    c.otherPhones = {u"+999 1234"_s};
    c.email = u"ramana.example.in"_s;
    c.country = u"India"_s;
    const QList<CustomerValidation::Problem> problems = CustomerValidation::check(c);
    QList<CustomerField> fields;
    for (const CustomerValidation::Problem& p : problems) {
        fields << p.field;
        EXPECT_FALSE(p.message.isEmpty());
    }
    EXPECT_EQ(fields,
        (QList<CustomerField> {CustomerField::GivenName, CustomerField::Phone, CustomerField::OtherPhones,
            CustomerField::Email, CustomerField::Country}));
}

TEST(CustomerFields, ListsTheChangedFieldsWithOldAndNewValues)
{
    Customer before;
    before.givenName = u"Núria"_s;
    before.tags = {u"VIP"_s};
    Customer after = before;
    after.givenName = u"Nuria"_s;
    after.tags = {u"VIP"_s, u"Braille letters"_s};
    const QList<CustomerChange> changes = CustomerFields::between(before, after);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(CustomerFields::key(changes[0].field), u"given_name"_s);
    EXPECT_EQ(changes[0].oldValue, u"Núria"_s);
    EXPECT_EQ(changes[1].newValue, u"VIP\nBraille letters"_s);
    for (const CustomerField field : CustomerFields::all())
        EXPECT_EQ(CustomerFields::fromKey(CustomerFields::key(field)), field);
}
