#include "domain/CardMasker.h"

#include "domain/CardTextScanner.h"

#include <QRegularExpression>
#include <QStringBuilder>

#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int MinCardDigits = 13;
constexpr int MaxCardDigits = 19;
constexpr int MaxYearsAhead = 20;

/// Decimal value of a Unicode decimal digit (category Nd), else -1.
int digitOf(QChar c)
{
    if (c.unicode() >= u'0' && c.unicode() <= u'9')
        return c.unicode() - u'0';
    return c.isDigit() ? c.digitValue() : -1;
}

/// The leading `count` digits as a number (digits must be ASCII and at least `count` long).
int prefix(QStringView digits, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (digits.at(i).unicode() - u'0');
    return value;
}

bool inRange(QStringView digits, int count, int low, int high)
{
    if (digits.size() < count)
        return false;
    const int value = prefix(digits, count);
    return value >= low && value <= high;
}

/// Text with every match replaced: a card number by "[Brand •••• 1234]", a security code by "•••".
QString replaceMatches(const QString& text, const std::vector<CardTextMatch>& matches)
{
    if (matches.empty())
        return text;
    //: Replaces a card number typed into a note: %1 is the card brand ("Visa"), %2 the last four
    //: digits as the agent typed them. Keep the brackets and the four dots.
    const QString cardMask = CardMasker::tr("[%1 •••• %2]");
    //: Replaces a card security code (CVV) typed into a note.
    const QString codeMask = CardMasker::tr("•••");
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const CardTextMatch& match : matches) {
        out += QStringView(text).mid(at, match.begin - at);
        if (match.lastFour.isEmpty())
            out += codeMask;
        else
            out += cardMask.arg(CardMasker::brandName(match.brand), match.lastFour);
        at = match.end;
    }
    out += QStringView(text).mid(at);
    return out;
}
} // namespace

QString CardMasker::normalizeNumber(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        const int d = digitOf(c);
        if (d >= 0)
            digits += QChar(u'0' + d);
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits;
}

bool CardMasker::luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t u = digits.at(i).unicode();
        if (u < u'0' || u > u'9')
            return false;
        int d = u - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

CardBrand CardMasker::detectBrand(QStringView digits)
{
    if (digits.size() < 12 || digits.size() > MaxCardDigits)
        return CardBrand::Unknown;
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return CardBrand::Unknown;
    }
    if (inRange(digits, 2, 34, 34) || inRange(digits, 2, 37, 37))
        return CardBrand::Amex;
    if (digits.startsWith(u'4'))
        return CardBrand::Visa;
    if (inRange(digits, 2, 51, 55) || inRange(digits, 4, 2221, 2720))
        return CardBrand::Mastercard;
    // RuPay's ranges sit inside older Discover and Maestro ones: test them first.
    if (inRange(digits, 6, 508500, 508999) || inRange(digits, 6, 606985, 607984) || inRange(digits, 6, 608001, 608500)
        || inRange(digits, 6, 652150, 653149))
        return CardBrand::RuPay;
    for (const int maestro : {5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763}) {
        if (inRange(digits, 4, maestro, maestro))
            return CardBrand::Maestro;
    }
    if (inRange(digits, 4, 6011, 6011) || inRange(digits, 3, 644, 649) || inRange(digits, 2, 65, 65))
        return CardBrand::Discover;
    if (inRange(digits, 2, 62, 62))
        return CardBrand::UnionPay;
    if (inRange(digits, 4, 3528, 3589))
        return CardBrand::Jcb;
    if (inRange(digits, 3, 300, 305) || inRange(digits, 4, 3095, 3095) || inRange(digits, 2, 36, 36)
        || inRange(digits, 2, 38, 39))
        return CardBrand::Diners;
    return CardBrand::Unknown;
}


QString CardMasker::brandKey(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Visa:
        return u"visa"_s;
    case CardBrand::Mastercard:
        return u"mastercard"_s;
    case CardBrand::Amex:
        return u"amex"_s;
    case CardBrand::Discover:
        return u"discover"_s;
    case CardBrand::Diners:
        return u"diners"_s;
    case CardBrand::Jcb:
        return u"jcb"_s;
    case CardBrand::UnionPay:
        return u"unionpay"_s;
    case CardBrand::Maestro:
        return u"maestro"_s;
    case CardBrand::RuPay:
        return u"rupay"_s;
    case CardBrand::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString CardMasker::brandName(CardBrand brand)
{
    // Brand names are trademarks and stay as they are; only the unknown case is a word.
    switch (brand) {
    case CardBrand::Visa:
        return u"Visa"_s;
    case CardBrand::Mastercard:
        return u"Mastercard"_s;
    case CardBrand::Amex:
        return u"American Express"_s;
    case CardBrand::Discover:
        return u"Discover"_s;
    case CardBrand::Diners:
        return u"Diners Club"_s;
    case CardBrand::Jcb:
        return u"JCB"_s;
    case CardBrand::UnionPay:
        return u"UnionPay"_s;
    case CardBrand::Maestro:
        return u"Maestro"_s;
    case CardBrand::RuPay:
        return u"RuPay"_s;
    case CardBrand::Unknown:
        break;
    }
    return tr("card", "payment card of an unrecognised brand, read to the customer");
}

Result<QDate> CardMasker::parseExpiry(QStringView text, QDate today)
{
    static const QRegularExpression format(u"^\\s*(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\s*$"_s);
    const QRegularExpressionMatch match = format.match(text);
    const int month = match.hasMatch() ? match.capturedView(1).toInt() : 0;
    if (month < 1 || month > 12) {
        return Error {Error::Code::InvalidInput,
            tr("The expiry date \"%1\" is not valid. Enter it as MM/YY, for example 05/29.").arg(text.toString()), {}};
    }
    int year = match.capturedView(2).toInt();
    if (match.capturedLength(2) == 2)
        year += 2000;
    const QDate lastDay = QDate(year, month, 1).addMonths(1).addDays(-1);
    if (lastDay < today)
        return Error {
            Error::Code::InvalidInput, tr("The card expired at the end of %1.").arg(text.trimmed().toString()), {}};
    if (lastDay > today.addYears(MaxYearsAhead)) {
        return Error {Error::Code::InvalidInput,
            tr("The expiry date %1 is more than %2 years ahead; check it with the customer.")
                .arg(text.trimmed().toString())
                .arg(MaxYearsAhead),
            {}};
    }
    return lastDay;
}

Result<CardSummary> CardMasker::summarize(
    QStringView number, QStringView expiry, const QString& nameOnCard, QDate today)
{
    const QString digits = normalizeNumber(number);
    if (digits.size() < MinCardDigits || digits.size() > MaxCardDigits) {
        return Error {Error::Code::InvalidInput,
            tr("A card number has %1 to %2 digits.").arg(MinCardDigits).arg(MaxCardDigits), {}};
    }
    if (!luhnValid(digits)) {
        return Error {Error::Code::InvalidInput,
            tr("The card number is not valid. Read the digits back to the customer and enter them again."), {}};
    }
    const Result<QDate> lastDay = parseExpiry(expiry, today);
    if (!lastDay)
        return lastDay.error();
    if (nameOnCard.trimmed().isEmpty())
        return Error {Error::Code::InvalidInput, tr("Enter the name on the card."), {}};

    CardSummary summary;
    summary.brand = detectBrand(digits);
    summary.last4 = digits.right(4);
    summary.expiry = QStringLiteral("%1/%2")
                         .arg(lastDay.value().month(), 2, 10, QLatin1Char('0'))
                         .arg(lastDay.value().year() % 100, 2, 10, QLatin1Char('0'));
    summary.nameOnCard = nameOnCard.trimmed();
    return summary;
}

QString CardMasker::maskCardNumbers(const QString& text)
{
    return replaceMatches(text, CardTextScanner::scan(text));
}

bool CardMasker::containsCardData(const QString& text)
{
    return !CardTextScanner::scan(text).empty();
}

qsizetype CardMaskEdit::mapCursor(qsizetype cursor) const
{
    const qsizetype newEnd = start + replacement.size();
    if (cursor <= start)
        return cursor;
    return cursor >= end ? cursor + newEnd - end : newEnd;
}

std::optional<CardMaskEdit> CardMasker::maskingEdit(const QString& text)
{
    std::vector<CardTextMatch> matches = CardTextScanner::scan(text);
    if (matches.empty())
        return std::nullopt;
    // One edit from the first masked digit to the last: everything around it stays as it was.
    const qsizetype start = matches.front().begin;
    const qsizetype end = matches.back().end;
    for (CardTextMatch& match : matches) {
        match.begin -= start;
        match.end -= start;
    }
    return CardMaskEdit {start, end, replaceMatches(text.mid(start, end - start), matches)};
}
