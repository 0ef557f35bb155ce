#include "domain/CardMasker.h"

#include "support/QStringPrinter.h"


#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
const QDate Today(2026, 3, 14);
} // namespace

TEST(CardMasker, ChecksLuhn)
{
    EXPECT_TRUE(CardMasker::luhnValid(u"4111111111111111"));
    EXPECT_TRUE(CardMasker::luhnValid(u"378282246310005"));
    EXPECT_FALSE(CardMasker::luhnValid(u"4111111111111112"));
    EXPECT_FALSE(CardMasker::luhnValid(u"1234456778900123")); // the guide's example number
    EXPECT_FALSE(CardMasker::luhnValid(u""));
    EXPECT_FALSE(CardMasker::luhnValid(u"4111 1111"));
}

TEST(CardMasker, DetectsBrands)
{
    EXPECT_EQ(CardMasker::detectBrand(u"4111111111111111"), CardBrand::Visa);
    EXPECT_EQ(CardMasker::detectBrand(u"5555555555554444"), CardBrand::Mastercard);
    EXPECT_EQ(CardMasker::detectBrand(u"2223003122003222"), CardBrand::Mastercard);
    EXPECT_EQ(CardMasker::detectBrand(u"378282246310005"), CardBrand::Amex);
    EXPECT_EQ(CardMasker::detectBrand(u"6011111111111117"), CardBrand::Discover);
    EXPECT_EQ(CardMasker::detectBrand(u"30569309025904"), CardBrand::Diners);
    EXPECT_EQ(CardMasker::detectBrand(u"3530111333300000"), CardBrand::Jcb);
    EXPECT_EQ(CardMasker::detectBrand(u"6200000000000005"), CardBrand::UnionPay);
    EXPECT_EQ(CardMasker::detectBrand(u"6759649826438453"), CardBrand::Maestro);
    EXPECT_EQ(CardMasker::detectBrand(u"6521500000000006"), CardBrand::RuPay);
    EXPECT_EQ(CardMasker::detectBrand(u"5085000000000007"), CardBrand::RuPay);
    EXPECT_EQ(CardMasker::detectBrand(u"9999999999999995"), CardBrand::Unknown);
    EXPECT_EQ(CardMasker::detectBrand(u"41"), CardBrand::Unknown);
    EXPECT_EQ(CardMasker::detectBrand(u"41111111111114"), CardBrand::Unknown) << "Luhn-valid, but 14 digits: no Visa length";
    EXPECT_EQ(CardMasker::detectBrand(u"6521500000000000006"), CardBrand::Discover) << "RuPay is 16 digits only";
    EXPECT_EQ(CardMasker::detectBrand(u"6221260000000000"), CardBrand::Discover) << "longer prefix than UnionPay 62";
    EXPECT_EQ(CardMasker::brandName(CardBrand::Amex), u"American Express"_s);
    EXPECT_EQ(CardMasker::brandKey(CardBrand::RuPay), u"rupay"_s);
}

TEST(CardMasker, NormalizesSeparatorsAndNativeDigits)
{
    EXPECT_EQ(CardMasker::normalizeNumber(u"4111 1111-1111 1111"), u"4111111111111111"_s);
    EXPECT_EQ(CardMasker::normalizeNumber(u" 4111\u00A01111\u20131111.1111 "), u"4111111111111111"_s);
    EXPECT_EQ(CardMasker::normalizeNumber(u"४१११ ११११ ११११ ११११"), u"4111111111111111"_s); // Devanagari
    EXPECT_EQ(CardMasker::normalizeNumber(u"۴۱۱۱۱۱۱۱۱۱۱۱۱۱۱۱"), u"4111111111111111"_s);    // Extended Arabic-Indic
    EXPECT_TRUE(CardMasker::normalizeNumber(u"4111/1111").isEmpty());
}

TEST(CardMasker, AcceptsCurrentAndFutureExpiry)
{
    ASSERT_TRUE(CardMasker::parseExpiry(u"03/26", Today)); // valid to the end of the month
    EXPECT_EQ(CardMasker::parseExpiry(u"03/26", Today).value(), QDate(2026, 3, 31));
    EXPECT_EQ(CardMasker::parseExpiry(u"5/2029", Today).value(), QDate(2029, 5, 31));
    EXPECT_EQ(CardMasker::parseExpiry(u" 12 / 30 ", Today).value(), QDate(2030, 12, 31));
    EXPECT_TRUE(CardMasker::parseExpiry(u"02/46", Today));
}

TEST(CardMasker, RejectsMalformedPastAndFarExpiry)
{
    for (const QStringView bad : {u"13/27", u"00/27", u"5/7", u"ab/cd", u""}) {
        const Result<QDate> r = CardMasker::parseExpiry(bad, Today);
        ASSERT_FALSE(r) << bad.toString().toStdString();
        EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
    }
    EXPECT_FALSE(CardMasker::parseExpiry(u"02/26", Today));
    EXPECT_FALSE(CardMasker::parseExpiry(u"05/11", Today)); // the guide's example is long expired
    EXPECT_FALSE(CardMasker::parseExpiry(u"04/2046", Today));
}

TEST(CardMasker, SummaryKeepsOnlyBrandLastFourExpiryAndName)
{
    const Result<CardSummary> r
        = CardMasker::summarize(u"4111 1111 1111 1111", u"5/2029", u"  सीता एम. शर्मा "_s, Today);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().brand, CardBrand::Visa);
    EXPECT_EQ(r.value().last4, u"1111"_s);
    EXPECT_EQ(r.value().expiry, u"05/29"_s);
    EXPECT_EQ(r.value().nameOnCard, u"सीता एम. शर्मा"_s);
}

TEST(CardMasker, SummaryRejectsInvalidInput)
{
    const Result<CardSummary> fourteenDigitVisa = CardMasker::summarize(u"4111 1111 1111 14", u"05/29", u"Jane"_s, Today);
    ASSERT_FALSE(fourteenDigitVisa);
    EXPECT_TRUE(fourteenDigitVisa.error().message.contains(u"Visa"_s)) << fourteenDigitVisa.error().message.toStdString();
    EXPECT_FALSE(CardMasker::summarize(u"4111 1111 1111 1112", u"05/29", u"Jane"_s, Today));
    EXPECT_FALSE(CardMasker::summarize(u"4111", u"05/29", u"Jane"_s, Today));
    EXPECT_FALSE(CardMasker::summarize(u"4111111111111111", u"05/20", u"Jane"_s, Today));
    EXPECT_FALSE(CardMasker::summarize(u"4111111111111111", u"05/29", u"  "_s, Today));
}

TEST(CardMasker, CheckNumberGivesBrandAndLastFourOfAValidNumber)
{
    const CardNumberCheck visa = CardMasker::checkNumber(u"४१११ ११११ ११११ ११११");
    EXPECT_TRUE(visa.isValid()) << visa.problem.toStdString();
    EXPECT_EQ(visa.brand, CardBrand::Visa);
    EXPECT_EQ(visa.last4, u"1111"_s) << "ASCII for the summary";
    const CardNumberCheck maestro = CardMasker::checkNumber(u"6759 0000 0000");
    EXPECT_TRUE(maestro.isValid()) << maestro.problem.toStdString();
    EXPECT_EQ(maestro.brand, CardBrand::Maestro);
}

TEST(CardMasker, CheckNumberSaysWhyANumberIsRefused)
{
    struct Refusal
    {
        QStringView typed;
        CardBrand brand;
        QString reason;
    };
    const Refusal refusals[] = {
        {u"4111 1111 1111 14", CardBrand::Visa, u"14 digits is not a valid length for a Visa card"_s},
        {u"4111 1111", CardBrand::Visa, u"Visa card numbers are longer: 8 digit"_s},
        {u"4111 1111 1111 1111 1111", CardBrand::Visa, u"Visa card numbers are shorter: 20 digits"_s},
        {u"5555 5555 5555 444", CardBrand::Mastercard, u"Mastercard card numbers are longer: 15 digit"_s},
        {u"4111 1111 1111 1112", CardBrand::Visa, u"check digit"_s},
        {u"1234 5678 9012 3452", CardBrand::Unknown, u"No card scheme"_s},
        {u"1234", CardBrand::Unknown, u"12 to 19 digits, not 4"_s},
        {u"4111/1111 1111 1111", CardBrand::Unknown, u"only digits"_s},
        {u"", CardBrand::Unknown, u"12 to 19 digits, not 0"_s},
    };
    for (const Refusal& refusal : refusals) {
        const CardNumberCheck check = CardMasker::checkNumber(refusal.typed);
        SCOPED_TRACE(refusal.typed.toString().toStdString() + " -> " + check.problem.toStdString());
        EXPECT_FALSE(check.isValid());
        EXPECT_EQ(check.brand, refusal.brand);
        EXPECT_TRUE(check.last4.isEmpty());
        EXPECT_TRUE(check.problem.contains(refusal.reason));
    }
}

TEST(CardMasker, MasksCardNumbersInNotesWithBrandAndLastFourAsTyped)
{
    EXPECT_EQ(CardMasker::maskCardNumbers(u"కార్డు 4111 1111 1111 1111 తో చెల్లింపు"_s), u"కార్డు [Visa •••• 1111] తో చెల్లింపు"_s);
    EXPECT_EQ(CardMasker::maskCardNumbers(u"Amex 3782-822463-10005."_s), u"Amex [American Express •••• 0005]."_s);
    EXPECT_EQ(CardMasker::maskCardNumbers(u"5555555555554444"_s), u"[Mastercard •••• 4444]"_s);
    EXPECT_EQ(CardMasker::maskCardNumbers(u"کارڈ ۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱ ہے"_s), u"کارڈ [Visa •••• ۱۱۱۱] ہے"_s);
}

TEST(CardMasker, NumbersJoinedIntoOneLongerRunAreLeftAlone)
{
    // One separator joins: two cards pasted with a space are one 32-digit run, and a short number
    // before a card makes an 18-digit run starting 12 or 44. Nothing inside a run is searched.
    for (const QString& text : {u"4111 1111 1111 1111 5555 5555 5555 4444"_s, u"ref 12 4111 1111 1111 1111"_s,
             u"+44 4111 1111 1111 1111"_s}) {
        EXPECT_EQ(CardMasker::maskCardNumbers(text), text) << text.toStdString();
    }
    EXPECT_EQ(CardMasker::maskCardNumbers(u"4111 1111 1111 1111, 5555 5555 5555 4444"_s),
        u"[Visa •••• 1111], [Mastercard •••• 4444]"_s);
    EXPECT_EQ(CardMasker::maskCardNumbers(u"ref 12, 4111 1111 1111 1111"_s), u"ref 12, [Visa •••• 1111]"_s);
}

TEST(CardMasker, LeavesPhonesOrderNumbersAndIbansAlone)
{
    for (const QString& text : {u"ఫోన్ +91 98480 22338"_s, u"Comanda 1234 4567 7890 0123"_s,
             u"IBAN GB82 WEST 1234 5698 7654 32"_s, u"IBAN GB08 WEST 1234 5698 7654 06"_s, u"GB08WEST12345698765406"_s,
             u"آرڈر 2026-03-14 10:30"_s, u"1 2 3"_s, u"41111111111111111111111"_s}) {
        EXPECT_EQ(CardMasker::maskCardNumbers(text), text) << text.toStdString();
        EXPECT_FALSE(CardMasker::containsCardData(text)) << text.toStdString();
    }
}

TEST(CardMasker, MasksSecurityCodes)
{
    EXPECT_EQ(CardMasker::maskCardNumbers(u"CVV 123"_s), u"CVV •••"_s);
    EXPECT_EQ(CardMasker::maskCardNumbers(u"security code: 1234, thanks"_s), u"security code: •••, thanks"_s);
    EXPECT_EQ(CardMasker::maskCardNumbers(u"el cvc és 987"_s), u"el cvc és 987"_s); // needs a label next to it
    EXPECT_EQ(CardMasker::maskCardNumbers(u"Codi de seguretat 987"_s), u"Codi de seguretat •••"_s);
    EXPECT_EQ(CardMasker::maskCardNumbers(u"the CVV is 456"_s), u"the CVV is •••"_s);
    EXPECT_EQ(CardMasker::maskCardNumbers(u"CVV 12345"_s), u"CVV 12345"_s);
    EXPECT_TRUE(CardMasker::containsCardData(u"cvv2=321"_s));
}

TEST(CardMasker, MasksAMegabytePasteInLinearTime)
{
    const QString chunk = u"ग्राहक ने कार्ड 4111 1111 1111 1111 दिया, फ़ोन +91 98480 22338, ऑर्डर 1234 4567 7890 0123. "_s;
    QString text;
    while (text.size() < 1024 * 1024)
        text += chunk;
    QString digits; // worst case: one endless run of digit groups
    while (digits.size() < 1024 * 1024)
        digits += u"1234 "_s;

    // Speed is measured by bench/CallBench.cpp (BM_MaskNotes), never asserted here (rule 8).
    const QString masked = CardMasker::maskCardNumbers(text);
    const QString maskedDigits = CardMasker::maskCardNumbers(digits);

    EXPECT_FALSE(masked.contains(u"4111 1111 1111 1111"_s));
    EXPECT_EQ(masked.count(u"[Visa •••• 1111]"_s), text.count(u"4111 1111 1111 1111"_s));
    EXPECT_TRUE(masked.contains(u"+91 98480 22338"_s));
    EXPECT_EQ(maskedDigits, digits); // 1234-groups never form a valid card
}

TEST(CardMasker, MaskingEditReplacesOnlyTheNumberAndMapsTheCursor)
{
    const QString text = u"Paid with 4111 1111 1111 1111 today, call back"_s;
    const std::optional<CardMaskEdit> edit = CardMasker::maskingEdit(text);
    ASSERT_TRUE(edit);
    QString applied = text;
    applied.replace(edit->start, edit->end - edit->start, edit->replacement);
    EXPECT_EQ(applied, CardMasker::maskCardNumbers(text));
    EXPECT_EQ(edit->start, 10) << "text before the number is not touched";
    EXPECT_EQ(edit->mapCursor(4), 4) << "a cursor before the number stays";
    EXPECT_EQ(edit->mapCursor(15), edit->start + edit->replacement.size()) << "inside: after the mask";
    EXPECT_EQ(edit->mapCursor(text.size()), applied.size()) << "after: shifted with the text";
    EXPECT_FALSE(CardMasker::maskingEdit(u"Call +34 622 987 654 about order 4471-2209"_s));
}
