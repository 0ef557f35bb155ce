#include "domain/CardTextScanner.h"

#include "domain/CardNumberReader.h"

#include <QChar>

#include <array>

namespace {

/// One bit per UTF-16 unit that may start a decimal digit: the BMP digits and every high surrogate
/// (supplementary digits are checked in full). Built once from Qt's own Unicode tables, so the
/// outer loop skips ordinary text with a single lookup per character.
class DigitStarts
{
public:
    DigitStarts()
    {
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            if (QChar::isDigit(c) || QChar::isHighSurrogate(c))
                m_bits[c >> 6] |= quint64(1) << (c & 63);
        }
    }
    bool test(char16_t u) const { return (m_bits[u >> 6] >> (u & 63) & 1U) != 0; }

private:
    std::array<quint64, 0x10000 / 64> m_bits {};
};

const DigitStarts& digitStarts()
{
    static const DigitStarts table;
    return table;
}

/// The Unicode code point starting at `at` (a surrogate pair as one), and its length in `units`.
char32_t codePointAt(QStringView text, qsizetype at, qsizetype* units)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(at + 1));
    }
    *units = 1;
    return c.unicode();
}

/// A "word" character for the label boundaries, as \w of PCRE2 10.42 in Unicode mode: a letter, a
/// number or an underscore.
bool isWordBefore(QStringView text, qsizetype at)
{
    if (at <= 0)
        return false;
    char32_t c = text.at(at - 1).unicode();
    if (QChar::isLowSurrogate(c) && at >= 2 && text.at(at - 2).isHighSurrogate())
        c = QChar::surrogateToUcs4(text.at(at - 2), text.at(at - 1));
    return c == u'_' || QChar::isLetterOrNumber(c);
}

bool isWordAt(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return false;
    qsizetype units = 0;
    const char32_t c = codePointAt(text, at, &units);
    return c == u'_' || QChar::isLetterOrNumber(c);
}

qsizetype skipSpaces(QStringView text, qsizetype at)
{
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    return at;
}

/// Whether `word` (lower-case ASCII) is at `at`, in any letter case.
bool wordAt(QStringView text, qsizetype at, QLatin1StringView word)
{
    if (at + word.size() > text.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = text.at(at + i).unicode();
        const char16_t lower = (u >= u'A' && u <= u'Z') ? char16_t(u + (u'a' - u'A')) : u;
        if (lower != char16_t(word.at(i).unicode()))
            return false;
    }
    return true;
}

/// Matches words separated by at least one space each at `at`; the end of the last word, or -1.
qsizetype wordsAt(QStringView text, qsizetype at, std::initializer_list<QLatin1StringView> words)
{
    bool first = true;
    for (const QLatin1StringView word : words) {
        if (!first) {
            const qsizetype next = skipSpaces(text, at);
            if (next == at)
                return -1;
            at = next;
        }
        if (!wordAt(text, at, word))
            return -1;
        at += word.size();
        first = false;
    }
    return at;
}

/// End of a security-code label at `at` followed by a word boundary, or -1. The labels: CVV, CVV2,
/// CVC, CVC2, CVN, CID, CSC, "security code", "card verification value/code/number" and the Catalan
/// "codi de seguretat", in any letter case.
qsizetype labelEnd(QStringView text, qsizetype at)
{
    using namespace Qt::StringLiterals;
    // "cvv2" before "cvv": the longer label wins where both fit.
    for (const QLatin1StringView word : {"cvv2"_L1, "cvv"_L1, "cvc2"_L1, "cvc"_L1, "cvn"_L1, "cid"_L1, "csc"_L1}) {
        if (wordAt(text, at, word) && !isWordAt(text, at + word.size()))
            return at + word.size();
    }
    for (const qsizetype end : {wordsAt(text, at, {"security"_L1, "code"_L1}),
             wordsAt(text, at, {"card"_L1, "verification"_L1, "value"_L1}),
             wordsAt(text, at, {"card"_L1, "verification"_L1, "code"_L1}),
             wordsAt(text, at, {"card"_L1, "verification"_L1, "number"_L1}),
             wordsAt(text, at, {"codi"_L1, "de"_L1, "seguretat"_L1})}) {
        if (end >= 0 && !isWordAt(text, end))
            return end;
    }
    return -1;
}

/// The security code after a label starting at `at`: label, optional spaces, an optional "is" or
/// one of ":#=-", then 3–4 digits not followed by another digit. Empty range when there is none.
CardTextMatch securityCodeAt(QStringView text, qsizetype at)
{
    const qsizetype end = labelEnd(text, at);
    if (end < 0)
        return {};
    qsizetype i = skipSpaces(text, end);
    if (wordAt(text, i, QLatin1StringView("is")) && skipSpaces(text, i + 2) > i + 2)
        i = skipSpaces(text, i + 2);
    else if (i < text.size() && QStringView(u":#=-").contains(text.at(i)))
        i = skipSpaces(text, i + 1);
    const qsizetype start = i;
    int digits = 0;
    qsizetype units = 0;
    while (i < text.size() && CardTextScanner::digitAt(text, i, &units) >= 0) {
        i += units;
        ++digits;
    }
    if (digits < 3 || digits > 4)
        return {};
    return {start, i, CardBrand::Unknown, {}};
}

/// Security codes, skipping any inside a card number. A label right after a card number starts a
/// word (once masked, the card ends in "]").
void findSecurityCodes(QStringView text, const std::vector<CardTextMatch>& cards, std::vector<CardTextMatch>& out)
{
    auto card = cards.begin();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t lower = text.at(i).unicode() | 0x20;
        if (lower != u'c' && lower != u's')
            continue;
        while (card != cards.end() && card->end < i)
            ++card;
        const bool afterCard = card != cards.end() && card->end == i;
        if (!afterCard && isWordBefore(text, i))
            continue;
        const CardTextMatch code = securityCodeAt(text, i);
        if (code.end == 0)
            continue;
        while (card != cards.end() && card->end <= code.begin)
            ++card;
        if (card == cards.end() || card->begin >= code.end)
            out.push_back(code);
        i = code.end - 1;
    }
}

} // namespace

int CardTextScanner::digitAt(QStringView text, qsizetype at, qsizetype* units)
{
    const char16_t u = text.at(at).unicode();
    *units = 1;
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u < 0x80 || !digitStarts().test(u))
        return -1;
    const char32_t c = codePointAt(text, at, units);
    if (!QChar::isDigit(c)) {
        *units = 1;
        return -1;
    }
    return QChar::digitValue(c);
}

qsizetype CardTextScanner::separatorAt(QStringView text, qsizetype at)
{
    switch (text.at(at).unicode()) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'-':
    case u'.':
    case 0x00A0: // NO-BREAK SPACE
    case 0x2009: // THIN SPACE
    case 0x200E: // LEFT-TO-RIGHT MARK
    case 0x200F: // RIGHT-TO-LEFT MARK
    case 0x2013: // EN DASH
    case 0x202F: // NARROW NO-BREAK SPACE
    case 0x3000: // IDEOGRAPHIC SPACE
        return 1;
    case u'\r':
        return at + 1 < text.size() && text.at(at + 1) == u'\n' ? 2 : 0;
    default:
        return 0;
    }
}

std::vector<CardTextMatch> CardTextScanner::scan(QStringView text)
{
    const DigitStarts& starts = digitStarts();
    const char16_t* const data = text.utf16();
    const qsizetype n = text.size();
    std::vector<CardTextMatch> cards;

    qsizetype i = 0;
    while (i < n) {
        if (!starts.test(data[i])) {
            ++i;
            continue;
        }
        qsizetype units = 0;
        if (digitAt(text, i, &units) < 0) {
            ++i;
            continue;
        }
        // A maximal run: digits, each pair joined by at most one separator. The last four digits'
        // positions are kept (as typed, in any script) for the mask.
        const qsizetype first = i;
        CardNumberReader reader;
        std::array<qsizetype, 4> lastStart {};
        std::array<qsizetype, 4> lastUnits {};
        qsizetype read = 0;
        while (true) {
            const int digit = digitAt(text, i, &units);
            reader.add(digit);
            lastStart[read % 4] = i;
            lastUnits[read % 4] = units;
            ++read;
            i += units;
            if (i >= n)
                break;
            qsizetype next = 0;
            if (digitAt(text, i, &next) >= 0)
                continue;
            const qsizetype separator = separatorAt(text, i);
            if (separator > 0 && i + separator < n && digitAt(text, i + separator, &next) >= 0) {
                i += separator;
                continue;
            }
            break;
        }
        if (const CardScheme* scheme = reader.cardScheme()) {
            CardTextMatch card {first, i, scheme->brand, {}};
            for (qsizetype k = read - 4; k < read; ++k)
                card.lastFour += text.mid(lastStart[k % 4], lastUnits[k % 4]);
            cards.push_back(std::move(card));
        }
    }

    std::vector<CardTextMatch> codes;
    findSecurityCodes(text, cards, codes);
    if (codes.empty())
        return cards;
    std::vector<CardTextMatch> all;
    all.reserve(cards.size() + codes.size());
    auto card = cards.begin();
    for (CardTextMatch& code : codes) {
        while (card != cards.end() && card->begin < code.begin)
            all.push_back(std::move(*card++));
        all.push_back(std::move(code));
    }
    all.insert(all.end(), std::make_move_iterator(card), std::make_move_iterator(cards.end()));
    return all;
}
