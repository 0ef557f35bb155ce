// Every issued range of docs/card-masking.md at its edges: first and last prefix at the shortest and
// longest length (a card, with its brand), one digit too short or too long, an unissued length in
// between, and the prefixes just outside the range (not a card, or a card of another range that
// holds them). Each number is Luhn-valid, padded with zeros, its check digit computed.
#include "domain/CardMasker.h"

#include "CardTestNumbers.h"
#include "support/QStringPrinter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace CardTestNumbers;

namespace {

struct SchemeEdge
{
    const char* what;
    QString prefix;
    int length;
    const char* brand; ///< expected brand name; empty: not a card number
};

const std::vector<SchemeEdge>& schemeEdges()
{
    static const std::vector<SchemeEdge> edges {
        {"Visa 4: first prefix, shortest", u"4"_s, 13, "Visa"},
        {"Visa 4: first prefix, longest", u"4"_s, 19, "Visa"},
        {"Visa 4: one digit too short", u"4"_s, 12, ""},
        {"Visa 4: one digit too long", u"4"_s, 20, ""},
        {"Visa 4: 14 digits, not an issued length", u"4"_s, 14, ""},
        {"Visa 4: 15 digits, not an issued length", u"4"_s, 15, ""},
        {"Visa 4: 17 digits, not an issued length", u"4"_s, 17, ""},
        {"Visa 4: 18 digits, not an issued length", u"4"_s, 18, ""},
        {"Visa 4: prefix below the range", u"3"_s, 13, ""},
        {"Visa 4: prefix above the range", u"5"_s, 13, ""},
        {"Mastercard 51-55: first prefix, shortest", u"51"_s, 16, "Mastercard"},
        {"Mastercard 51-55: last prefix, shortest", u"55"_s, 16, "Mastercard"},
        {"Mastercard 51-55: one digit too short", u"51"_s, 15, ""},
        {"Mastercard 51-55: one digit too long", u"55"_s, 17, ""},
        {"Mastercard 51-55: prefix below the range", u"50"_s, 16, ""},
        {"Mastercard 51-55: prefix above the range", u"56"_s, 16, ""},
        {"Mastercard 2221-2720: first prefix, shortest", u"2221"_s, 16, "Mastercard"},
        {"Mastercard 2221-2720: last prefix, shortest", u"2720"_s, 16, "Mastercard"},
        {"Mastercard 2221-2720: one digit too short", u"2221"_s, 15, ""},
        {"Mastercard 2221-2720: one digit too long", u"2720"_s, 17, ""},
        {"Mastercard 2221-2720: prefix below the range", u"2220"_s, 16, ""},
        {"Mastercard 2221-2720: prefix above the range", u"2721"_s, 16, ""},
        {"American Express 34: first prefix, shortest", u"34"_s, 15, "American Express"},
        {"American Express 34: one digit too short", u"34"_s, 14, ""},
        {"American Express 34: one digit too long", u"34"_s, 16, ""},
        {"American Express 34: prefix below the range", u"33"_s, 15, ""},
        {"American Express 34: prefix above the range", u"35"_s, 15, ""},
        {"American Express 37: first prefix, shortest", u"37"_s, 15, "American Express"},
        {"American Express 37: one digit too short", u"37"_s, 14, ""},
        {"American Express 37: one digit too long", u"37"_s, 16, ""},
        {"American Express 37: prefix below the range", u"36"_s, 15, "Diners Club"},
        {"American Express 37: prefix above the range", u"38"_s, 15, ""},
        {"Discover 6011: first prefix, shortest", u"6011"_s, 16, "Discover"},
        {"Discover 6011: first prefix, longest", u"6011"_s, 19, "Discover"},
        {"Discover 6011: one digit too short", u"6011"_s, 15, ""},
        {"Discover 6011: one digit too long", u"6011"_s, 20, ""},
        {"Discover 6011: prefix below the range", u"6010"_s, 16, ""},
        {"Discover 6011: prefix above the range", u"6012"_s, 16, ""},
        {"Discover 644-649: first prefix, shortest", u"644"_s, 16, "Discover"},
        {"Discover 644-649: first prefix, longest", u"644"_s, 19, "Discover"},
        {"Discover 644-649: last prefix, shortest", u"649"_s, 16, "Discover"},
        {"Discover 644-649: last prefix, longest", u"649"_s, 19, "Discover"},
        {"Discover 644-649: one digit too short", u"644"_s, 15, ""},
        {"Discover 644-649: one digit too long", u"649"_s, 20, ""},
        {"Discover 644-649: prefix below the range", u"643"_s, 16, ""},
        {"Discover 644-649: prefix above the range", u"650"_s, 16, "Discover"},
        {"Discover 65: first prefix, shortest", u"65"_s, 16, "Discover"},
        {"Discover 65: first prefix, longest", u"65"_s, 19, "Discover"},
        {"Discover 65: one digit too short", u"65"_s, 15, ""},
        {"Discover 65: one digit too long", u"65"_s, 20, ""},
        {"Discover 65: prefix below the range", u"64"_s, 16, ""},
        {"Discover 65: prefix above the range", u"66"_s, 16, ""},
        {"Discover 622126-622925: first prefix, shortest", u"622126"_s, 16, "Discover"},
        {"Discover 622126-622925: first prefix, longest", u"622126"_s, 19, "Discover"},
        {"Discover 622126-622925: last prefix, shortest", u"622925"_s, 16, "Discover"},
        {"Discover 622126-622925: last prefix, longest", u"622925"_s, 19, "Discover"},
        {"Discover 622126-622925: one digit too short", u"622126"_s, 15, ""},
        {"Discover 622126-622925: one digit too long", u"622925"_s, 20, ""},
        {"Discover 622126-622925: prefix below the range", u"622125"_s, 16, "UnionPay"},
        {"Discover 622126-622925: prefix above the range", u"622926"_s, 16, "UnionPay"},
        {"JCB 3528-3589: first prefix, shortest", u"3528"_s, 16, "JCB"},
        {"JCB 3528-3589: first prefix, longest", u"3528"_s, 19, "JCB"},
        {"JCB 3528-3589: last prefix, shortest", u"3589"_s, 16, "JCB"},
        {"JCB 3528-3589: last prefix, longest", u"3589"_s, 19, "JCB"},
        {"JCB 3528-3589: one digit too short", u"3528"_s, 15, ""},
        {"JCB 3528-3589: one digit too long", u"3589"_s, 20, ""},
        {"JCB 3528-3589: prefix below the range", u"3527"_s, 16, ""},
        {"JCB 3528-3589: prefix above the range", u"3590"_s, 16, ""},
        {"Diners Club 300-305: first prefix, shortest", u"300"_s, 14, "Diners Club"},
        {"Diners Club 300-305: first prefix, longest", u"300"_s, 19, "Diners Club"},
        {"Diners Club 300-305: last prefix, shortest", u"305"_s, 14, "Diners Club"},
        {"Diners Club 300-305: last prefix, longest", u"305"_s, 19, "Diners Club"},
        {"Diners Club 300-305: one digit too short", u"300"_s, 13, ""},
        {"Diners Club 300-305: one digit too long", u"305"_s, 20, ""},
        {"Diners Club 300-305: prefix below the range", u"299"_s, 14, ""},
        {"Diners Club 300-305: prefix above the range", u"306"_s, 14, ""},
        {"Diners Club 3095: first prefix, shortest", u"3095"_s, 14, "Diners Club"},
        {"Diners Club 3095: first prefix, longest", u"3095"_s, 19, "Diners Club"},
        {"Diners Club 3095: one digit too short", u"3095"_s, 13, ""},
        {"Diners Club 3095: one digit too long", u"3095"_s, 20, ""},
        {"Diners Club 3095: prefix below the range", u"3094"_s, 14, ""},
        {"Diners Club 3095: prefix above the range", u"3096"_s, 14, ""},
        {"Diners Club 36: first prefix, shortest", u"36"_s, 14, "Diners Club"},
        {"Diners Club 36: first prefix, longest", u"36"_s, 19, "Diners Club"},
        {"Diners Club 36: one digit too short", u"36"_s, 13, ""},
        {"Diners Club 36: one digit too long", u"36"_s, 20, ""},
        {"Diners Club 36: prefix below the range", u"35"_s, 14, ""},
        {"Diners Club 38-39: first prefix, shortest", u"38"_s, 16, "Diners Club"},
        {"Diners Club 38-39: first prefix, longest", u"38"_s, 19, "Diners Club"},
        {"Diners Club 38-39: last prefix, shortest", u"39"_s, 16, "Diners Club"},
        {"Diners Club 38-39: last prefix, longest", u"39"_s, 19, "Diners Club"},
        {"Diners Club 38-39: one digit too long", u"39"_s, 20, ""},
        {"Diners Club 38-39: prefix above the range", u"40"_s, 16, "Visa"},
        {"Maestro 5018: first prefix, shortest", u"5018"_s, 12, "Maestro"},
        {"Maestro 5018: first prefix, longest", u"5018"_s, 19, "Maestro"},
        {"Maestro 5018: one digit too short", u"5018"_s, 11, ""},
        {"Maestro 5018: one digit too long", u"5018"_s, 20, ""},
        {"Maestro 5018: prefix below the range", u"5017"_s, 12, ""},
        {"Maestro 5018: prefix above the range", u"5019"_s, 12, ""},
        {"Maestro 5020: first prefix, shortest", u"5020"_s, 12, "Maestro"},
        {"Maestro 5020: first prefix, longest", u"5020"_s, 19, "Maestro"},
        {"Maestro 5020: one digit too short", u"5020"_s, 11, ""},
        {"Maestro 5020: one digit too long", u"5020"_s, 20, ""},
        {"Maestro 5020: prefix above the range", u"5021"_s, 12, ""},
        {"Maestro 5038: first prefix, shortest", u"5038"_s, 12, "Maestro"},
        {"Maestro 5038: first prefix, longest", u"5038"_s, 19, "Maestro"},
        {"Maestro 5038: one digit too short", u"5038"_s, 11, ""},
        {"Maestro 5038: one digit too long", u"5038"_s, 20, ""},
        {"Maestro 5038: prefix below the range", u"5037"_s, 12, ""},
        {"Maestro 5038: prefix above the range", u"5039"_s, 12, ""},
        {"Maestro 5893: first prefix, shortest", u"5893"_s, 12, "Maestro"},
        {"Maestro 5893: first prefix, longest", u"5893"_s, 19, "Maestro"},
        {"Maestro 5893: one digit too short", u"5893"_s, 11, ""},
        {"Maestro 5893: one digit too long", u"5893"_s, 20, ""},
        {"Maestro 5893: prefix below the range", u"5892"_s, 12, ""},
        {"Maestro 5893: prefix above the range", u"5894"_s, 12, ""},
        {"Maestro 6304: first prefix, shortest", u"6304"_s, 12, "Maestro"},
        {"Maestro 6304: first prefix, longest", u"6304"_s, 19, "Maestro"},
        {"Maestro 6304: one digit too short", u"6304"_s, 11, ""},
        {"Maestro 6304: one digit too long", u"6304"_s, 20, ""},
        {"Maestro 6304: prefix below the range", u"6303"_s, 12, ""},
        {"Maestro 6304: prefix above the range", u"6305"_s, 12, ""},
        {"Maestro 6759: first prefix, shortest", u"6759"_s, 12, "Maestro"},
        {"Maestro 6759: first prefix, longest", u"6759"_s, 19, "Maestro"},
        {"Maestro 6759: one digit too short", u"6759"_s, 11, ""},
        {"Maestro 6759: one digit too long", u"6759"_s, 20, ""},
        {"Maestro 6759: prefix below the range", u"6758"_s, 12, ""},
        {"Maestro 6759: prefix above the range", u"6760"_s, 12, ""},
        {"Maestro 6761-6763: first prefix, shortest", u"6761"_s, 12, "Maestro"},
        {"Maestro 6761-6763: first prefix, longest", u"6761"_s, 19, "Maestro"},
        {"Maestro 6761-6763: last prefix, shortest", u"6763"_s, 12, "Maestro"},
        {"Maestro 6761-6763: last prefix, longest", u"6763"_s, 19, "Maestro"},
        {"Maestro 6761-6763: one digit too short", u"6761"_s, 11, ""},
        {"Maestro 6761-6763: one digit too long", u"6763"_s, 20, ""},
        {"Maestro 6761-6763: prefix above the range", u"6764"_s, 12, ""},
        {"RuPay 508500-508999: first prefix, shortest", u"508500"_s, 16, "RuPay"},
        {"RuPay 508500-508999: last prefix, shortest", u"508999"_s, 16, "RuPay"},
        {"RuPay 508500-508999: one digit too short", u"508500"_s, 15, ""},
        {"RuPay 508500-508999: one digit too long", u"508999"_s, 17, ""},
        {"RuPay 508500-508999: prefix below the range", u"508499"_s, 16, ""},
        {"RuPay 508500-508999: prefix above the range", u"509000"_s, 16, ""},
        {"RuPay 606985-607984: first prefix, shortest", u"606985"_s, 16, "RuPay"},
        {"RuPay 606985-607984: last prefix, shortest", u"607984"_s, 16, "RuPay"},
        {"RuPay 606985-607984: one digit too short", u"606985"_s, 15, ""},
        {"RuPay 606985-607984: one digit too long", u"607984"_s, 17, ""},
        {"RuPay 606985-607984: prefix below the range", u"606984"_s, 16, ""},
        {"RuPay 606985-607984: prefix above the range", u"607985"_s, 16, ""},
        {"RuPay 608001-608500: first prefix, shortest", u"608001"_s, 16, "RuPay"},
        {"RuPay 608001-608500: last prefix, shortest", u"608500"_s, 16, "RuPay"},
        {"RuPay 608001-608500: one digit too short", u"608001"_s, 15, ""},
        {"RuPay 608001-608500: one digit too long", u"608500"_s, 17, ""},
        {"RuPay 608001-608500: prefix below the range", u"608000"_s, 16, ""},
        {"RuPay 608001-608500: prefix above the range", u"608501"_s, 16, ""},
        {"RuPay 652150-653149: first prefix, shortest", u"652150"_s, 16, "RuPay"},
        {"RuPay 652150-653149: last prefix, shortest", u"653149"_s, 16, "RuPay"},
        {"RuPay 652150-653149: one digit too short", u"652150"_s, 15, ""},
        {"RuPay 652150-653149: one digit too long", u"653149"_s, 17, "Discover"},
        {"RuPay 652150-653149: prefix below the range", u"652149"_s, 16, "Discover"},
        {"RuPay 652150-653149: prefix above the range", u"653150"_s, 16, "Discover"},
        {"RuPay 81-82: first prefix, shortest", u"81"_s, 16, "RuPay"},
        {"RuPay 81-82: last prefix, shortest", u"82"_s, 16, "RuPay"},
        {"RuPay 81-82: one digit too short", u"81"_s, 15, ""},
        {"RuPay 81-82: one digit too long", u"82"_s, 17, ""},
        {"RuPay 81-82: prefix below the range", u"80"_s, 16, ""},
        {"RuPay 81-82: prefix above the range", u"83"_s, 16, ""},
        {"UnionPay 62: first prefix, shortest", u"62"_s, 16, "UnionPay"},
        {"UnionPay 62: first prefix, longest", u"62"_s, 19, "UnionPay"},
        {"UnionPay 62: one digit too short", u"62"_s, 15, ""},
        {"UnionPay 62: one digit too long", u"62"_s, 20, ""},
        {"UnionPay 62: prefix below the range", u"61"_s, 16, ""},
        {"UnionPay 62: prefix above the range", u"63"_s, 16, ""},
        // Overlaps: the longer prefix names the brand when its length fits, else the shorter one.
        {"Overlap: 652150 at 19 digits is Discover 65, RuPay is 16 only", u"652150"_s, 19, "Discover"},
        {"Overlap: 622500 inside Discover's 622126-622925", u"622500"_s, 16, "Discover"},
        {"Overlap: 508700 at 19 digits is no range", u"508700"_s, 19, ""},
        {"Overlap: 6011 at 12 digits is no range", u"6011"_s, 12, ""},
    };
    return edges;
}

TEST(CardSchemes, EdgesOfEveryIssuedRange)
{
    for (const SchemeEdge& edge : schemeEdges()) {
        const QString number = luhnNumber(edge.prefix, edge.length);
        const QString brand = QString::fromUtf8(edge.brand);
        SCOPED_TRACE(std::string(edge.what) + ": " + number.toStdString());
        ASSERT_EQ(number.size(), edge.length);
        ASSERT_TRUE(CardMasker::luhnValid(number));

        const QString text = u"Pagament amb "_s + grouped(number, u" "_s) + u" avui."_s;
        const QString expected
            = brand.isEmpty() ? text : u"Pagament amb "_s + maskOf(brand, number.right(4)) + u" avui."_s;
        EXPECT_EQ(CardMasker::maskCardNumbers(text), expected);

        const CardBrand detected = CardMasker::detectBrand(number);
        EXPECT_EQ(detected == CardBrand::Unknown ? QString() : CardMasker::brandName(detected), brand);

        // The payment read-back takes the same table: a number is valid there exactly when it is masked.
        const CardNumberCheck check = CardMasker::checkNumber(number);
        EXPECT_EQ(check.isValid(), !brand.isEmpty()) << check.problem.toStdString();
        if (check.isValid()) {
            EXPECT_EQ(CardMasker::brandName(check.brand), brand);
            EXPECT_EQ(check.last4, number.right(4));
        }
    }
}

TEST(CardSchemes, InRangeButFailingLuhnIsNoCard)
{
    for (const SchemeEdge& edge : schemeEdges()) {
        if (*edge.brand == '\0')
            continue;
        QString body = edge.prefix;
        while (body.size() < edge.length - 1)
            body += u'0';
        const QString number = withWrongCheckDigit(body);
        SCOPED_TRACE(std::string(edge.what) + ": " + number.toStdString());
        EXPECT_EQ(CardMasker::maskCardNumbers(number), number);
        EXPECT_FALSE(CardMasker::checkNumber(number).isValid());
    }
}

TEST(CardSchemes, TableIsWellFormed)
{
    for (const CardScheme& scheme : CardSchemes::Table) {
        SCOPED_TRACE(CardMasker::brandName(scheme.brand).toStdString() + " " + std::to_string(scheme.prefixLow));
        EXPECT_NE(scheme.brand, CardBrand::Unknown);
        EXPECT_GE(scheme.prefixDigits, 1);
        EXPECT_LE(scheme.prefixDigits, CardSchemes::LeadingDigits);
        EXPECT_LE(scheme.prefixLow, scheme.prefixHigh);
        EXPECT_EQ(QString::number(scheme.prefixLow).size(), scheme.prefixDigits);
        EXPECT_EQ(QString::number(scheme.prefixHigh).size(), scheme.prefixDigits);
        EXPECT_NE(scheme.lengths, 0U);
        for (int n = 0; n < 32; ++n) {
            if (scheme.allowsLength(n)) {
                EXPECT_GE(n, CardSchemes::MinDigits);
                EXPECT_LE(n, CardSchemes::MaxDigits);
            }
        }
    }
}

} // namespace
