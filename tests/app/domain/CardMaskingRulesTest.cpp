// The masking rule of docs/card-masking.md, one table per part of it: separators, digit scripts,
// line breaks and positions, near misses, labels. Surrounding text is English, Hindi, Telugu, Urdu
// and Catalan; card numbers are built with their Luhn check digit computed.
#include "domain/CardMasker.h"

#include "CardTestNumbers.h"
#include "support/QStringPrinter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace CardTestNumbers;

namespace {

struct MaskCase
{
    std::string name;
    QString input;
    QString expected; ///< equal to input: left alone
};

/// Checks each case three ways: the masked text, containsCardData, and the in-place edit an editor
/// applies (which must give the same text and touch nothing outside the masked numbers).
void expectMasking(const std::vector<MaskCase>& cases)
{
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::printf("[ cases    ] %s: %zu cases, %zu masked\n", test->name(), cases.size(),
        static_cast<size_t>(std::count_if(cases.begin(), cases.end(), [](const MaskCase& c) { return c.input != c.expected; })));
    for (const MaskCase& c : cases) {
        SCOPED_TRACE(c.name + " | input: " + c.input.toStdString());
        EXPECT_EQ(CardMasker::maskCardNumbers(c.input), c.expected);
        EXPECT_EQ(CardMasker::containsCardData(c.input), c.input != c.expected);
        const std::optional<CardMaskEdit> edit = CardMasker::maskingEdit(c.input);
        ASSERT_EQ(edit.has_value(), c.input != c.expected);
        if (edit) {
            QString applied = c.input;
            applied.replace(edit->start, edit->end - edit->start, edit->replacement);
            EXPECT_EQ(applied, c.expected);
        }
    }
}

enum class Lang { English, Hindi, Telugu, Urdu, Catalan };

/// A sentence in `lang` around `inner`.
QString say(Lang lang, const QString& inner)
{
    switch (lang) {
    case Lang::English:
        return u"The customer paid with "_s + inner + u" yesterday."_s;
    case Lang::Hindi:
        return u"ग्राहक ने कार्ड "_s + inner + u" से भुगतान किया।"_s;
    case Lang::Telugu:
        return u"కస్టమర్ కార్డు "_s + inner + u" తో చెల్లించారు."_s;
    case Lang::Urdu:
        return u"گاہک نے کارڈ "_s + inner + u" سے ادائیگی کی۔"_s;
    case Lang::Catalan:
        return u"El client ha pagat amb la targeta "_s + inner + u" ahir."_s;
    }
    return inner;
}

constexpr Lang Langs[] = {Lang::English, Lang::Hindi, Lang::Telugu, Lang::Urdu, Lang::Catalan};

/// A case where `card` (as typed) is masked to `brand` and its last four digits `lastFour`.
MaskCase masked(std::string name, Lang lang, const QString& card, const QString& brand, const QString& lastFour)
{
    return {std::move(name), say(lang, card), say(lang, maskOf(brand, lastFour))};
}

/// A case left alone.
MaskCase untouched(std::string name, const QString& text)
{
    return {std::move(name), text, text};
}

const QString Visa = withCheckDigit(u"411111111111111"_s);       // 4111 1111 1111 1111
const QString Mastercard = withCheckDigit(u"555555555555444"_s); // 5555 5555 5555 4444
const QString Amex = withCheckDigit(u"37828224631000"_s);        // 3782 822463 10005
const QString RuPay = luhnNumber(u"6080011234"_s, 16, u'7');
const QString Maestro12 = luhnNumber(u"67591234"_s, 12, u'5');

struct Separator
{
    const char* name;
    QString text;
};

const std::vector<Separator>& separators()
{
    static const std::vector<Separator> list {
        {"space", u" "_s},
        {"tab", u"\t"_s},
        {"no-break space U+00A0", u"\u00A0"_s},
        {"narrow no-break space U+202F", u"\u202F"_s},
        {"thin space U+2009", u"\u2009"_s},
        {"ideographic space U+3000", u"\u3000"_s},
        {"hyphen-minus", u"-"_s},
        {"en dash U+2013", u"\u2013"_s},
        {"full stop", u"."_s},
        {"left-to-right mark U+200E", u"\u200E"_s},
        {"right-to-left mark U+200F", u"\u200F"_s},
        {"line feed", u"\n"_s},
        {"CR LF (one separator)", u"\r\n"_s},
    };
    return list;
}

TEST(CardMaskingRules, EverySeparatorJoinsDigits)
{
    std::vector<MaskCase> cases;
    int i = 0;
    for (const Separator& separator : separators()) {
        const Lang lang = Langs[i++ % 5];
        cases.push_back(masked(std::string("between every group: ") + separator.name, lang,
            grouped(Visa, separator.text), u"Visa"_s, u"1111"_s));
        cases.push_back(masked(std::string("between every digit: ") + separator.name, lang,
            grouped(Mastercard, separator.text, 1), u"Mastercard"_s, u"4444"_s));
        cases.push_back(untouched(std::string("twice in a row ends the run: ") + separator.name,
            say(lang, grouped(Visa, separator.text + separator.text, 8))));
    }
    cases.push_back(masked("mixed separators in one number", Lang::Catalan,
        u"4111-1111\u00A01111.1111"_s, u"Visa"_s, u"1111"_s));
    cases.push_back(masked("Amex grouped 4-6-5", Lang::English, u"3782-822463-10005"_s, u"American Express"_s,
        u"0005"_s));
    cases.push_back({"a separator after the last digit stays", say(Lang::Hindi, Visa + u"."_s),
        say(Lang::Hindi, maskOf(u"Visa"_s, u"1111"_s) + u"."_s)});
    expectMasking(cases);
}

TEST(CardMaskingRules, OtherCharactersEndTheRun)
{
    std::vector<MaskCase> cases;
    const std::vector<std::pair<const char*, QString>> enders {
        {"slash", u"/"_s}, {"comma", u","_s}, {"plus", u"+"_s}, {"opening parenthesis", u"("_s},
        {"underscore", u"_"_s}, {"lone CR", u"\r"_s}, {"em dash U+2014", u"\u2014"_s},
        {"zero-width space U+200B", u"\u200B"_s}, {"zero-width non-joiner U+200C", u"\u200C"_s},
        {"form feed", u"\f"_s}, {"paragraph separator U+2029", u"\u2029"_s}, {"letter", u"x"_s},
        {"Devanagari letter", u"क"_s}, {"superscript two (not a decimal digit)", u"²"_s},
        {"CR LF twice", u"\r\n\r\n"_s}, {"space then dash", u" -"_s}};
    int i = 0;
    for (const auto& [name, ender] : enders)
        cases.push_back(untouched(std::string("8 + 8 digits split by ") + name, say(Langs[i++ % 5], grouped(Visa, ender, 8))));
    // Each half stands alone: a card on either side of an ender is still a card.
    cases.push_back({"two cards split by a slash", Visa + u"/"_s + Mastercard,
        maskOf(u"Visa"_s, u"1111"_s) + u"/"_s + maskOf(u"Mastercard"_s, u"4444"_s)});
    cases.push_back({"two cards split by a lone CR", Visa + u"\r"_s + Mastercard,
        maskOf(u"Visa"_s, u"1111"_s) + u"\r"_s + maskOf(u"Mastercard"_s, u"4444"_s)});
    expectMasking(cases);
}

TEST(CardMaskingRules, EveryDigitScript)
{
    struct Script
    {
        const char* name;
        char32_t zero;
        Lang lang;
    };
    const Script scripts[] = {
        {"ASCII", U'0', Lang::English},
        {"Devanagari", U'\u0966', Lang::Hindi},
        {"Arabic-Indic", U'\u0660', Lang::Urdu},
        {"Extended Arabic-Indic (Urdu)", U'\u06F0', Lang::Urdu},
        {"Telugu", U'\u0C66', Lang::Telugu},
        {"full-width", U'\uFF10', Lang::Catalan},
        {"Bengali", U'\u09E6', Lang::Hindi},
        {"mathematical bold (surrogate pairs)", U'\U0001D7CE', Lang::English},
        {"Adlam (surrogate pairs)", U'\U0001E950', Lang::Catalan},
    };
    std::vector<MaskCase> cases;
    for (const Script& script : scripts) {
        const QString lastFour = inScript(Mastercard.right(4), script.zero);
        cases.push_back(masked(std::string(script.name) + ", grouped", script.lang,
            inScript(grouped(Mastercard, u" "_s), script.zero), u"Mastercard"_s, lastFour));
        cases.push_back(masked(std::string(script.name) + ", unbroken", script.lang, inScript(Amex, script.zero),
            u"American Express"_s, inScript(Amex.right(4), script.zero)));
        cases.push_back(untouched(std::string(script.name) + ", failing Luhn",
            say(script.lang, inScript(withWrongCheckDigit(Visa.left(15)), script.zero))));
    }
    cases.push_back(masked("scripts mixed within one number, last four as typed", Lang::Urdu,
        u"4111 "_s + inScript(u"1111"_s, U'\u0966') + u" "_s + inScript(u"1111"_s, U'\u06F0') + u" 11"_s
            + inScript(u"11"_s, U'\u0660'),
        u"Visa"_s, u"11"_s + inScript(u"11"_s, U'\u0660')));
    expectMasking(cases);
}

TEST(CardMaskingRules, LineBreaksAndPositions)
{
    const QString visaMask = maskOf(u"Visa"_s, u"1111"_s);
    const QString mcMask = maskOf(u"Mastercard"_s, u"4444"_s);
    std::vector<MaskCase> cases {
        masked("split across a line break", Lang::English, u"4111 1111\n1111 1111"_s, u"Visa"_s, u"1111"_s),
        masked("split across CR LF", Lang::Catalan, u"4111 1111\r\n1111 1111"_s, u"Visa"_s, u"1111"_s),
        masked("split mid-group across a line break", Lang::Telugu, u"411111111111\n1111"_s, u"Visa"_s, u"1111"_s),
        {"line breaks around the number stay", u"línia u\n"_s + grouped(Visa, u" "_s) + u"\nlínia tres"_s,
            u"línia u\n"_s + visaMask + u"\nlínia tres"_s},
        {"CR LF around the number stays", u"ایک\r\n"_s + Visa + u"\r\nتین"_s, u"ایک\r\n"_s + visaMask + u"\r\nتین"_s},
        {"two cards in one note", u"Visa "_s + grouped(Visa, u" "_s) + u", Mastercard "_s
                + grouped(Mastercard, u"-"_s) + u"."_s,
            u"Visa "_s + visaMask + u", Mastercard "_s + mcMask + u"."_s},
        {"two cards on lines of their own, blank line between", Visa + u"\n\n"_s + Mastercard,
            visaMask + u"\n\n"_s + mcMask},
        untouched("two cards on consecutive lines are one 32-digit run", Visa + u"\n"_s + Mastercard),
        untouched("two cards joined by one space are one 32-digit run",
            grouped(Visa, u" "_s) + u" "_s + grouped(Mastercard, u" "_s)),
        {"two cards joined by two spaces", Visa + u"  "_s + Mastercard, visaMask + u"  "_s + mcMask},
        {"card at the very start", Visa + u" है कार्ड"_s, visaMask + u" है कार्ड"_s},
        {"card at the very end", u"కార్డు: "_s + grouped(Mastercard, u"-"_s), u"కార్డు: "_s + mcMask},
        {"the whole text is a card", Mastercard, mcMask},
        {"letters glued before", u"visa"_s + Visa + u" ok"_s, u"visa"_s + visaMask + u" ok"_s},
        {"Devanagari letters glued before", u"कार्ड"_s + inScript(Visa, U'\u0966'),
            u"कार्ड"_s + maskOf(u"Visa"_s, inScript(u"1111"_s, U'\u0966'))},
        {"letters glued after", Visa + u"abc"_s, visaMask + u"abc"_s},
        {"card in parentheses", u"(targeta "_s + Visa + u")"_s, u"(targeta "_s + visaMask + u")"_s},
        {"empty text", QString(), QString()},
    };
    expectMasking(cases);
}

TEST(CardMaskingRules, NearMissesAreLeftAlone)
{
    const QString luhnValidOutOfRange = luhnNumber(u"1234"_s, 16, u'5');
    std::vector<MaskCase> cases {
        untouched("Luhn-valid, no issued prefix", say(Lang::English, grouped(luhnValidOutOfRange, u" "_s))),
        untouched("Visa prefix, Luhn fails", say(Lang::Hindi, grouped(withWrongCheckDigit(Visa.left(15)), u" "_s))),
        untouched("Luhn-valid 14-digit Visa", say(Lang::Catalan, luhnNumber(u"4"_s, 14, u'3'))),
        untouched("20 digits", say(Lang::Telugu, luhnNumber(u"4"_s, 20, u'1'))),
        untouched("23 digits", u"41111111111111111111111"_s),
        untouched("a card glued to more digits by one separator", u"ref 12 4111 1111 1111 1111"_s),
        untouched("a card after a phone's country code", u"+44 4111 1111 1111 1111"_s),
        untouched("a card after a short number", u"44 4111 1111 1111 1111"_s),
        untouched("a card with a decimal after it is one longer run", Visa + u".50"_s),
        untouched("IBAN GB, grouped", u"IBAN GB82 WEST 1234 5698 7654 32"_s),
        untouched("IBAN GB, grouped, second", u"IBAN GB08 WEST 1234 5698 7654 06"_s),
        untouched("IBAN GB, compact", u"GB08WEST12345698765406"_s),
        untouched("IBAN PK, compact", u"PK36SCBL0000001123456702"_s),
        untouched("IBAN DE, grouped (20-digit run)", u"IBAN DE89 3704 0044 0532 0130 00"_s),
        untouched("IBAN ES, grouped (22-digit run)", u"IBAN ES91 2100 0418 4502 0005 1332"_s),
        untouched("phone, India", u"ఫోన్ +91 98480 22338"_s),
        untouched("phone, UK", u"call +44 20 7946 0958"_s),
        untouched("phone, Spain", u"Truqueu al +34 622 987 654"_s),
        untouched("phone, US", u"+1 (650) 253-0000"_s),
        untouched("phone, Pakistan", u"فون +92 300 1234567"_s),
        untouched("ISBN-13", u"ISBN 978-3-16-148410-0"_s),
        untouched("ISBN-13, 979", say(Lang::Catalan, luhnNumber(u"979"_s, 13, u'2'))),
        untouched("IMEI 35, Luhn-valid", u"IMEI 35-209900-176148-1"_s),
        untouched("IMEI 86, Luhn-valid", say(Lang::Hindi, luhnNumber(u"86"_s, 15, u'4'))),
        untouched("ICCID, 19 digits", u"SIM "_s + luhnNumber(u"8991"_s, 19, u'2')),
        untouched("ICCID, 20 digits", u"SIM "_s + luhnNumber(u"8944"_s, 20, u'6')),
        untouched("Aadhaar, 12 digits", u"आधार "_s + grouped(luhnNumber(u"2345"_s, 12, u'6'), u" "_s)),
        untouched("Luhn-valid 14-digit timestamp", u"ts "_s + withCheckDigit(u"2026031410300"_s)),
        untouched("order number", u"Comanda 1234 4567 7890 0123"_s),
        untouched("date and time", u"آرڈر 2026-03-14 10:30"_s),
        untouched("amount", u"₹ 1,49,999.00 paid"_s),
        untouched("digit groups of an endless paste", u"1 2 3"_s),
        masked("12-digit Maestro, Luhn-valid, is a card", Lang::Telugu, grouped(Maestro12, u" "_s), u"Maestro"_s,
            Maestro12.right(4)),
        masked("RuPay", Lang::Hindi, grouped(RuPay, u" "_s), u"RuPay"_s, RuPay.right(4)),
    };
    expectMasking(cases);
}

TEST(CardMaskingRules, LabelsNeverDecide)
{
    const QString visaMask = maskOf(u"Visa"_s, u"1111"_s);
    std::vector<MaskCase> cases {
        {"IMEI label on a card", u"IMEI "_s + Visa, u"IMEI "_s + visaMask},
        {"order number label on a card", u"order no. "_s + Visa, u"order no. "_s + visaMask},
        {"reference label on a card", u"ref "_s + grouped(Visa, u"-"_s), u"ref "_s + visaMask},
        {"IBAN label on a card", u"IBAN "_s + Visa, u"IBAN "_s + visaMask},
        {"phone label on a card", u"फ़ोन "_s + Visa, u"फ़ोन "_s + visaMask},
        untouched("card label on a number that is not a card", u"card 1234 5678 9012 3456"_s),
        untouched("Visa label on a number of no range", u"Visa "_s + luhnNumber(u"9"_s, 16)),
    };
    expectMasking(cases);
}

TEST(CardMaskingRules, SecurityCodesAfterALabel)
{
    std::vector<MaskCase> cases {
        {"CVV", u"CVV 123"_s, u"CVV •••"_s},
        {"security code, colon, four digits", u"security code: 1234, thanks"_s, u"security code: •••, thanks"_s},
        {"Catalan label", u"Codi de seguretat 987"_s, u"Codi de seguretat •••"_s},
        {"CVV is", u"the CVV is 456"_s, u"the CVV is •••"_s},
        {"cvv2=", u"cvv2=321"_s, u"cvv2=•••"_s},
        {"card verification value, Devanagari digits", u"card verification value १२३"_s,
            u"card verification value •••"_s},
        {"after a card", u"کارڈ "_s + Visa + u"، CVV 123"_s, u"کارڈ "_s + maskOf(u"Visa"_s, u"1111"_s) + u"، CVV •••"_s},
        {"label glued to a card", Visa + u"cvv 123"_s, maskOf(u"Visa"_s, u"1111"_s) + u"cvv •••"_s},
        {"a card after a CVV label is a card", u"CVV "_s + grouped(Visa, u" "_s), u"CVV "_s + maskOf(u"Visa"_s, u"1111"_s)},
        untouched("needs the label next to it", u"el cvc és 987"_s),
        untouched("five digits are no code", u"CVV 12345"_s),
        untouched("label inside a word", u"xcvv 123"_s),
    };
    expectMasking(cases);
}

} // namespace
