// Property test of the masking rule (docs/card-masking.md) on random text: words in five languages,
// punctuation, random separators, digit runs in random scripts. Card numbers are drawn from the
// scheme table (random range, prefix, issued length and digits, check digit computed) and must come
// back masked with only their last four digits; every other digit run (failing Luhn, outside every
// range, too short, too long, two cards joined) must come back unchanged.
//
// Runs for CORDIAL_FUZZ_SECONDS (default 2). The seed is random unless CORDIAL_FUZZ_SEED is set;
// a failure prints the seed and the iteration, and CORDIAL_FUZZ_SEED=<seed> replays it.
#include "domain/CardMasker.h"
#include "domain/CardTextScanner.h"

#include "CardTestNumbers.h"
#include "support/QStringPrinter.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace CardTestNumbers;

namespace {

const QString Separators[] = {u" "_s, u"\t"_s, u"\u00A0"_s, u"\u202F"_s, u"\u2009"_s, u"\u3000"_s, u"-"_s,
    u"\u2013"_s, u"."_s, u"\u200E"_s, u"\u200F"_s, u"\n"_s, u"\r\n"_s};

const char32_t Zeros[] = {U'0', U'\u0966', U'\u0660', U'\u06F0', U'\u0C66', U'\uFF10', U'\u09E6', U'\U0001D7CE'};

// No word is, or together with another makes, a security-code label ("cvv", "security code"...).
const QString Words[] = {u"customer"_s, u"paid"_s, u"order"_s, u"refund"_s, u"please"_s, u"call"_s, u"back"_s,
    u"the"_s, u"with"_s, u"card"_s, u"ग्राहक"_s, u"ने"_s, u"भुगतान"_s, u"किया"_s, u"कार्ड"_s, u"ऑर्डर"_s,
    u"కస్టమర్"_s, u"చెల్లించారు"_s, u"కార్డు"_s, u"ఆర్డర్"_s, u"రేపు"_s, u"گاہک"_s, u"ادائیگی"_s, u"کارڈ"_s,
    u"آرڈر"_s, u"واپسی"_s, u"client"_s, u"targeta"_s, u"comanda"_s, u"pagament"_s, u"demà"_s, u"l'adreça"_s,
    u"IBAN"_s, u"IMEI"_s, u"ref"_s, u"Visa"_s};

const QString Punctuation[] = {u","_s, u";"_s, u":"_s, u"!"_s, u"?"_s, u"("_s, u")"_s, u"/"_s, u"+"_s, u"—"_s,
    u"،"_s, u"۔"_s, u"।"_s, u"«"_s, u"»"_s, u"😀"_s, u"\u200C"_s, u"#"_s, u"₹"_s, u"%"_s};

/// Characters that end a digit run and cannot start a security-code label.
const QString Enders[] = {u","_s, u"/"_s, u"+"_s, u"("_s, u")"_s, u"x"_s, u"K"_s, u"क"_s, u"ల"_s, u"ب"_s,
    u"à"_s, u"😀"_s, u"_"_s, u"\r"_s, u"\u200B"_s, u"\u2014"_s, u"²"_s};

/// Reference of the rule written apart from the code under test: the brand name of ASCII `digits`
/// when it is a card number, else empty. Only the scheme table's data is shared.
QString referenceBrand(const QString& digits)
{
    const auto length = static_cast<int>(digits.size());
    if (length < 12 || length > 19 || luhnCheckDigit(digits.left(length - 1)) != digits.back().unicode() - u'0')
        return {};
    const CardScheme* best = nullptr;
    for (const CardScheme& scheme : CardSchemes::Table) {
        const int prefix = digits.left(scheme.prefixDigits).toInt();
        if (prefix >= scheme.prefixLow && prefix <= scheme.prefixHigh && scheme.allowsLength(length)
            && (!best || scheme.prefixDigits > best->prefixDigits))
            best = &scheme;
    }
    return best ? CardMasker::brandName(best->brand) : QString();
}

/// ASCII digits of `text` (any script), separators dropped, anything else a '|' break: what a leak
/// of a card's leading digits would look like, however it was spaced.
QString digitStream(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 0;
        if (const int d = CardTextScanner::digitAt(text, i, &units); d >= 0) {
            out += QChar(u'0' + d);
            i += units;
        } else if (const qsizetype separator = CardTextScanner::separatorAt(text, i); separator > 0) {
            i += separator;
        } else {
            if (!out.endsWith(u'|'))
                out += u'|';
            ++i;
        }
    }
    return out;
}

struct Sample
{
    QString text;
    QString expected;
    QString withoutCards;            ///< the text with every card replaced by a break
    std::vector<QString> cardDigits; ///< ASCII digits of each card in the text
};

class TextGenerator
{
public:
    explicit TextGenerator(quint64 seed) : m_rng(seed) {}

    /// A text of random words, punctuation and digit runs; with `cards`, some runs are card numbers.
    Sample sample(bool cards)
    {
        Sample s;
        const int tokens = pick(0, 40);
        for (int t = 0; t < tokens; ++t) {
            const int kind = pick(0, 9);
            if (kind <= 4) {
                append(s, oneOf(Words) + gap());
            } else if (kind == 5) {
                append(s, oneOf(Punctuation) + gap());
            } else if (kind == 6 && cards) {
                const QString digits = card();
                QString lastFour;
                const QString written = write(digits, &lastFour);
                s.text += written;
                s.expected += maskOf(referenceBrand(digits), lastFour);
                s.withoutCards += u'|';
                s.cardDigits.push_back(digits);
                append(s, ender(t + 1 == tokens));
            } else {
                append(s, write(notACard()) + ender(t + 1 == tokens));
            }
        }
        return s;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(int percent) { return pick(1, 100) <= percent; }
    template <typename T, std::size_t N>
    const T& oneOf(const T (&items)[N])
    {
        return items[static_cast<std::size_t>(pick(0, static_cast<int>(N) - 1))];
    }

    static void append(Sample& s, const QString& text)
    {
        s.text += text;
        s.expected += text;
        s.withoutCards += text;
    }

    QString randomDigits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QChar(u'0' + pick(0, 9));
        return out;
    }

    /// What may follow a word: a space, a line break, nothing...
    QString gap()
    {
        static const QString gaps[] = {u" "_s, u" "_s, u" "_s, u"\u00A0"_s, u"\n"_s, u"\r\n"_s, u"\t"_s, u", "_s,
            u" - "_s, u". "_s, QString()};
        return oneOf(gaps);
    }

    /// What ends a digit run for sure: the end of the text, a character that is no separator, two
    /// separators, or one separator and such a character.
    QString ender(bool last)
    {
        if (last && chance(30))
            return {};
        switch (pick(0, 2)) {
        case 0: {
            // A lone CR ends a run, but not when a line feed follows it.
            const QString end = oneOf(Enders);
            return end + (end == u"\r"_s ? u"x"_s : QString()) + gap();
        }
        case 1:
            return oneOf(Separators) + oneOf(Separators);
        default:
            return oneOf(Separators) + oneOf(Words) + gap();
        }
    }

    /// ASCII `digits` in random scripts (mostly one per run) with random single separators between
    /// digits; `lastFour` receives the last four digits as written.
    QString write(const QString& digits, QString* lastFour = nullptr)
    {
        const char32_t runZero = oneOf(Zeros);
        const bool mixed = chance(15);
        const int separatorPercent = pick(0, 3) * 15;
        const QString groupSeparator = oneOf(Separators);
        QString out;
        for (qsizetype i = 0; i < digits.size(); ++i) {
            if (i > 0 && chance(separatorPercent))
                out += chance(70) ? groupSeparator : oneOf(Separators);
            const QString digit = inScript(digits.mid(i, 1), mixed ? oneOf(Zeros) : runZero);
            out += digit;
            if (lastFour && i >= digits.size() - 4)
                *lastFour += digit;
        }
        return out;
    }

    /// A card number from a random range of the table: random prefix in it, random issued length.
    QString card()
    {
        const CardScheme& scheme = CardSchemes::Table[static_cast<std::size_t>(
            pick(0, static_cast<int>(CardSchemes::Table.size()) - 1))];
        std::vector<int> lengths;
        for (int n = CardSchemes::MinDigits; n <= CardSchemes::MaxDigits; ++n) {
            if (scheme.allowsLength(n))
                lengths.push_back(n);
        }
        const int length = lengths[static_cast<std::size_t>(pick(0, static_cast<int>(lengths.size()) - 1))];
        const QString prefix = QString::number(pick(scheme.prefixLow, scheme.prefixHigh));
        return withCheckDigit(prefix + randomDigits(length - 1 - static_cast<int>(prefix.size())));
    }

    /// A digit run that is not a card number, of one of the near-miss kinds.
    QString notACard()
    {
        while (true) {
            QString digits;
            switch (pick(0, 5)) {
            case 0: // in range, Luhn fails
                digits = card();
                digits.back() = QChar(u'0' + (digits.back().unicode() - u'0' + pick(1, 9)) % 10);
                break;
            case 1: // Luhn-valid, any prefix: mostly outside every range
                digits = withCheckDigit(randomDigits(pick(11, 18)));
                break;
            case 2: // too long: 20 to 40 digits
                digits = randomDigits(pick(20, 40));
                break;
            case 3: // two cards joined by one separator are one long run
                digits = card() + card();
                break;
            case 4: // a short number: an order, a date, a code
                digits = randomDigits(pick(1, 11));
                break;
            default: // a card with digits glued in front: one longer run
                digits = randomDigits(pick(1, 4)) + card();
                break;
            }
            if (referenceBrand(digits).isEmpty())
                return digits;
        }
    }

    std::mt19937_64 m_rng;
};

quint64 fuzzSeed()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("CORDIAL_FUZZ_SEED").toULongLong(&ok);
    return ok ? seed : (quint64(std::random_device {}()) << 32) ^ std::random_device {}();
}

qint64 fuzzMilliseconds()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("CORDIAL_FUZZ_SECONDS").toDouble(&ok);
    return static_cast<qint64>((ok && seconds > 0 ? seconds : 2.0) * 1000);
}

TEST(CardMaskingFuzz, CardsKeepOnlyTheirLastFourAndEverythingElseStays)
{
    const quint64 seed = fuzzSeed();
    const qint64 budget = fuzzMilliseconds();
    QElapsedTimer timer;
    timer.start();
    qint64 iteration = 0;
    qint64 cards = 0;
    qint64 characters = 0;
    for (; timer.elapsed() < budget; ++iteration) {
        TextGenerator generator(seed ^ (quint64(iteration) * 0x9E3779B97F4A7C15ULL));
        const bool withCards = iteration % 2 == 0;
        const Sample s = generator.sample(withCards);
        SCOPED_TRACE("CORDIAL_FUZZ_SEED=" + std::to_string(seed) + " iteration " + std::to_string(iteration)
            + "\ninput:    " + s.text.toStdString());
        characters += s.text.size();
        cards += static_cast<qint64>(s.cardDigits.size());

        const QString masked = CardMasker::maskCardNumbers(s.text);
        ASSERT_EQ(masked, s.expected);
        ASSERT_EQ(CardMasker::containsCardData(s.text), !s.cardDigits.empty());
        if (const std::optional<CardMaskEdit> edit = CardMasker::maskingEdit(s.text)) {
            QString applied = s.text;
            applied.replace(edit->start, edit->end - edit->start, edit->replacement);
            ASSERT_EQ(applied, masked);
        }
        // Checked apart from the expected text: no card's digits before its last four survive,
        // however the output is spaced (unless the same digits stand elsewhere in the text).
        const QString maskedDigits = digitStream(masked);
        const QString otherDigits = digitStream(s.withoutCards);
        for (const QString& card : s.cardDigits) {
            const QString head = card.left(card.size() - 4);
            ASSERT_TRUE(!maskedDigits.contains(head) || otherDigits.contains(head)) << "leaked " << head.toStdString();
        }
    }
    std::printf("[ fuzz     ] seed %llu: %lld texts, %lld cards, %lld characters in %lld ms\n",
        static_cast<unsigned long long>(seed), static_cast<long long>(iteration), static_cast<long long>(cards),
        static_cast<long long>(characters), static_cast<long long>(timer.elapsed()));
    EXPECT_GT(cards, 0);
}

} // namespace
