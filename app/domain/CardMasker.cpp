#include "domain/CardMasker.h"

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

struct Range
{
    qsizetype begin = 0; ///< first character
    qsizetype end = 0;   ///< one past the last character
    QString last4;       ///< empty for a security code
};

/// IBAN mod-97 check (ISO 13616) on the characters of `text` without spaces.
bool ibanValid(QStringView text)
{
    QString compact;
    for (const QChar c : text) {
        if (c != u' ')
            compact += c;
    }
    if (compact.size() < 15 || compact.size() > 34)
        return false;
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            remainder = (remainder * 10 + (u - u'0')) % 97;
        } else if (u >= u'A' && u <= u'Z') {
            remainder = (remainder * 100 + (u - u'A' + 10)) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

/// Character ranges of valid IBANs, in order; their digits are never taken for a card.
std::vector<Range> ibanRanges(const QString& text)
{
    static const QRegularExpression iban(
        u"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])"_s);
    std::vector<Range> ranges;
    auto it = iban.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (ibanValid(match.capturedView()))
            ranges.push_back({match.capturedStart(), match.capturedEnd(), {}});
    }
    return ranges;
}

/// One maximal run of digits joined by single spaces or dashes.
struct DigitRun
{
    QString digits;                   ///< ASCII
    std::vector<qsizetype> positions; ///< character index of each digit
    std::vector<int> groupStarts;     ///< index into `digits` where each group begins
};

/// Finds card numbers inside one run: the whole run when it is a valid card, otherwise the longest
/// valid window at each group boundary (two cards pasted together, or "ref 12 4111 1111 1111 1111").
/// At most 19 windows of at most 19 digits per group: linear in the run's length.
void findCards(const DigitRun& run, std::vector<Range>& out)
{
    const auto total = static_cast<int>(run.digits.size());
    if (total >= MinCardDigits && total <= MaxCardDigits && CardMasker::luhnValid(run.digits)) {
        out.push_back({run.positions.front(), run.positions.back() + 1, run.digits.right(4)});
        return;
    }
    const auto groups = static_cast<int>(run.groupStarts.size());
    int g = 0;
    while (g < groups) {
        const int begin = run.groupStarts[static_cast<std::size_t>(g)];
        int bestEnd = -1;
        int bestNextGroup = -1;
        for (int h = g + 1; h <= groups; ++h) {
            const int end = h < groups ? run.groupStarts[static_cast<std::size_t>(h)] : total;
            const int length = end - begin;
            if (length > MaxCardDigits)
                break;
            if (length >= MinCardDigits && CardMasker::luhnValid(QStringView(run.digits).mid(begin, length))) {
                bestEnd = end;
                bestNextGroup = h;
            }
        }
        if (bestEnd < 0) {
            ++g;
            continue;
        }
        out.push_back({run.positions[static_cast<std::size_t>(begin)],
            run.positions[static_cast<std::size_t>(bestEnd - 1)] + 1, run.digits.mid(bestEnd - 4, 4)});
        g = bestNextGroup;
    }
}

std::vector<Range> cardRanges(const QString& text)
{
    const std::vector<Range> ibans = ibanRanges(text);
    std::size_t nextIban = 0;
    std::vector<Range> cards;
    const qsizetype n = text.size();
    qsizetype i = 0;
    DigitRun run;
    while (i < n) {
        if (digitOf(text.at(i)) < 0) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        run.digits.clear();
        run.positions.clear();
        run.groupStarts.assign(1, 0);
        while (i < n) {
            const int d = digitOf(text.at(i));
            if (d >= 0) {
                run.digits += QChar(u'0' + d);
                run.positions.push_back(i);
                ++i;
            } else if ((text.at(i) == u' ' || text.at(i) == u'-') && i + 1 < n && digitOf(text.at(i + 1)) >= 0) {
                run.groupStarts.push_back(static_cast<int>(run.digits.size()));
                ++i;
            } else {
                break;
            }
        }
        // "+91 98480 22338": the country code starts a phone number, whatever its checksum. Only the
        // first group is dropped, so a card typed right after a phone number is still found.
        if (start > 0 && text.at(start - 1) == u'+') {
            if (run.groupStarts.size() < 2)
                continue;
            const int skip = run.groupStarts[1];
            run.digits.remove(0, skip);
            run.positions.erase(run.positions.begin(), run.positions.begin() + skip);
            run.groupStarts.erase(run.groupStarts.begin());
            for (int& groupStart : run.groupStarts)
                groupStart -= skip;
        }
        while (nextIban < ibans.size() && ibans[nextIban].end <= start)
            ++nextIban;
        if (nextIban < ibans.size() && ibans[nextIban].begin <= start)
            continue;
        if (run.digits.size() >= MinCardDigits)
            findCards(run, cards);
    }
    return cards;
}

QString replaceRanges(const QString& text, const std::vector<Range>& ranges, const QString& codeMask)
{
    if (ranges.empty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Range& range : ranges) {
        out += QStringView(text).mid(at, range.begin - at);
        out += range.last4.isEmpty() ? codeMask : CardMasker::tr("[card •••• %1]").arg(range.last4);
        at = range.end;
    }
    out += QStringView(text).mid(at);
    return out;
}

std::vector<Range> securityCodeRanges(const QString& text)
{
    // The label, an optional "is" or punctuation, then 3–4 digits standing alone.
    static const QRegularExpression code(
        u"\\b(?:cvv2?|cvc2?|cvn|cid|csc|security\\s+code|card\\s+verification\\s+(?:value|code|number)"
        "|codi\\s+de\\s+seguretat)\\b\\s*(?:is\\s+|[:#=-]\\s*)?(\\d{3,4})(?!\\d)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    std::vector<Range> ranges;
    auto it = code.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        ranges.push_back({match.capturedStart(1), match.capturedEnd(1), {}});
    }
    return ranges;
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
    const QString withoutCards = replaceRanges(text, cardRanges(text), {});
    //: Replaces a card security code (CVV) typed into a note.
    return replaceRanges(withoutCards, securityCodeRanges(withoutCards), tr("•••"));
}

bool CardMasker::containsCardData(const QString& text)
{
    return !cardRanges(text).empty() || !securityCodeRanges(text).empty();
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
    if (!containsCardData(text))
        return std::nullopt;
    const QString masked = maskCardNumbers(text);
    qsizetype prefix = 0;
    while (prefix < text.size() && prefix < masked.size() && text.at(prefix) == masked.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < text.size() - prefix && suffix < masked.size() - prefix
           && text.at(text.size() - 1 - suffix) == masked.at(masked.size() - 1 - suffix))
        ++suffix;
    return CardMaskEdit{prefix, text.size() - suffix, masked.mid(prefix, masked.size() - suffix - prefix)};
}
