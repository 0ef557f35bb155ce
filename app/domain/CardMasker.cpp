#include "domain/CardMasker.h"

#include "domain/CardExpiry.h"
#include "domain/CardNumberReader.h"
#include "domain/CardTextScanner.h"

#include <QLocale>
#include <QStringBuilder>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
/// In a typed card number (a field of its own) any separator of the masking rule, or any white
/// space, may stand anywhere and in any number.
qsizetype ignorableAt(QStringView text, qsizetype at)
{
    const qsizetype separator = CardTextScanner::separatorAt(text, at);
    if (separator > 0)
        return separator;
    return text.at(at).isSpace() ? 1 : 0;
}

/// Shortest and longest length in a CardScheme length bit set (not empty).
int shortestLength(quint32 lengths)
{
    int n = 0;
    while ((lengths >> n & 1U) == 0)
        ++n;
    return n;
}

int longestLength(quint32 lengths)
{
    int n = 31;
    while ((lengths >> n & 1U) == 0)
        --n;
    return n;
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
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype units = 0;
        if (const int d = CardTextScanner::digitAt(text, i, &units); d >= 0) {
            digits += QChar(u'0' + d);
            i += units;
        } else if (const qsizetype ignored = ignorableAt(text, i); ignored > 0) {
            i += ignored;
        } else {
            return {};
        }
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
    if (digits.size() < CardSchemes::MinDigits || digits.size() > CardSchemes::MaxDigits)
        return CardBrand::Unknown;
    CardNumberReader reader;
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return CardBrand::Unknown;
        reader.add(c.unicode() - u'0');
    }
    const CardScheme* scheme = CardSchemes::match(reader.leadingSix(), reader.digitCount());
    return scheme ? scheme->brand : CardBrand::Unknown;
}

CardNumberCheck CardMasker::checkNumber(QStringView typed)
{
    // Read digit by digit: no copy of the number is made, only the last four are kept.
    CardNumberReader reader;
    qsizetype count = 0;
    std::array<char16_t, 4> lastFour {};
    qsizetype i = 0;
    while (i < typed.size()) {
        qsizetype units = 0;
        if (const int d = CardTextScanner::digitAt(typed, i, &units); d >= 0) {
            reader.add(d);
            lastFour[static_cast<std::size_t>(count % 4)] = char16_t(u'0' + d);
            ++count;
            i += units;
        } else if (const qsizetype ignored = ignorableAt(typed, i); ignored > 0) {
            i += ignored;
        } else {
            return {CardBrand::Unknown, {},
                tr("A card number has only digits, spaces and dashes. Remove the other characters.")};
        }
    }

    CardNumberCheck check;
    const int digits = reader.digitCount(); // stops at MaxDigits + 1
    const CardScheme* prefix = CardSchemes::matchPrefix(reader.leadingSix(), digits);
    const quint32 lengths = CardSchemes::lengthsForPrefix(reader.leadingSix(), digits);
    check.brand = prefix ? prefix->brand : CardBrand::Unknown;
    const QString shownCount = QLocale().toString(count);
    if (!prefix && (count < CardSchemes::MinDigits || count > CardSchemes::MaxDigits)) {
        check.problem = tr("A card number has %1 to %2 digits, not %3.")
                            .arg(QLocale().toString(CardSchemes::MinDigits), QLocale().toString(CardSchemes::MaxDigits),
                                shownCount);
    } else if (!prefix) {
        check.problem = tr("No card scheme issues numbers that start with these digits. Check the number with the "
                           "customer.");
    } else if (count < shortestLength(lengths)) {
        check.problem = tr("%1 card numbers are longer: %n digit(s) entered so far.", nullptr, static_cast<int>(count))
                            .arg(brandName(check.brand));
    } else if (count > longestLength(lengths)) {
        check.problem = tr("%1 card numbers are shorter: %2 digits entered. Check the number with the customer.")
                            .arg(brandName(check.brand), shownCount);
    } else if (!CardSchemes::match(reader.leadingSix(), digits)) {
        check.problem = tr("%1 digits is not a valid length for a %2 card. Check the number with the customer.")
                            .arg(shownCount, brandName(check.brand));
    } else if (!reader.luhnValid()) {
        check.problem = tr("This card number is not valid: the check digit does not match. Read the digits back to "
                           "the customer and correct them.");
    } else {
        check.brand = CardSchemes::match(reader.leadingSix(), digits)->brand;
        for (qsizetype k = count - 4; k < count; ++k)
            check.last4 += QChar(lastFour[static_cast<std::size_t>(k % 4)]);
    }
    return check;
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

CardBrand CardMasker::brandFromKey(QStringView key)
{
    for (const CardBrand brand : {CardBrand::Visa, CardBrand::Mastercard, CardBrand::Amex, CardBrand::Discover,
             CardBrand::Diners, CardBrand::Jcb, CardBrand::UnionPay, CardBrand::Maestro, CardBrand::RuPay}) {
        if (key == brandKey(brand))
            return brand;
    }
    return CardBrand::Unknown;
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
    return CardExpiry::parse(text, today);
}

Result<CardSummary> CardMasker::summarize(
    QStringView number, QStringView expiry, const QString& nameOnCard, QDate today)
{
    const CardNumberCheck check = checkNumber(number);
    if (!check.isValid())
        return Error {Error::Code::InvalidInput, check.problem, {}};
    const Result<QDate> lastDay = parseExpiry(expiry, today);
    if (!lastDay)
        return lastDay.error();
    if (nameOnCard.trimmed().isEmpty())
        return Error {Error::Code::InvalidInput, tr("Enter the name on the card."), {}};

    CardSummary summary;
    summary.brand = check.brand;
    summary.last4 = check.last4;
    summary.expiry = CardExpiry::normalized(lastDay.value());
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
