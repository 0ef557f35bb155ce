#include "domain/SearchText.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

namespace {

const icu::Normalizer2* nfkcCasefold()
{
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* instance = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return instance;
}

const icu::Normalizer2* nfd()
{
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* instance = icu::Normalizer2::getNFDInstance(status);
    return instance;
}

const icu::Normalizer2* nfc()
{
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
    return instance;
}

icu::UnicodeString toIcu(QStringView text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
}

QString fromIcu(const icu::UnicodeString& text)
{
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

bool isArabicVowelMark(UChar32 c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

bool isWordCharacter(UChar32 c)
{
    const int32_t mask = U_GET_GC_MASK(c);
    return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

/// Characters that join the parts of one name: apostrophes, hyphens, dots, the Catalan middle dot.
bool isJoiner(UChar32 c)
{
    switch (c) {
    case U'\'':
    case U'\u2019':
    case U'\u2018':
    case U'\u02BC':
    case U'-':
    case U'\u2010':
    case U'\u2011':
    case U'.':
    case U'\u00B7':
    case U'\u0387':
    case U'\u2027':
    case U'\u30FB':
        return true;
    default:
        return false;
    }
}

/// Drops nonspacing marks that follow a Latin letter and the Arabic vowel marks, on NFD text.
icu::UnicodeString withoutAccents(const icu::UnicodeString& decomposed)
{
    icu::UnicodeString out;
    UScriptCode base = USCRIPT_COMMON;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (isArabicVowelMark(c))
            continue;
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (base == USCRIPT_LATIN)
                continue;
        } else {
            UErrorCode status = U_ZERO_ERROR;
            base = uscript_getScript(c, &status);
        }
        out.append(c);
    }
    return out;
}

} // namespace

QString SearchText::fold(QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString folded = nfkcCasefold()->normalize(toIcu(text), status);
    if (U_FAILURE(status))
        return text.toString().toCaseFolded();
    // Fast path: nothing to decompose in plain ASCII.
    bool ascii = true;
    for (int32_t i = 0; i < folded.length() && ascii; ++i)
        ascii = folded.charAt(i) < 0x80;
    if (ascii)
        return fromIcu(folded);
    const icu::UnicodeString decomposed = nfd()->normalize(folded, status);
    const icu::UnicodeString composed = nfc()->normalize(withoutAccents(decomposed), status);
    if (U_FAILURE(status))
        return fromIcu(folded);
    return fromIcu(composed);
}

QStringList SearchText::words(QStringView text)
{
    const QString folded = fold(text);
    QStringList out;
    QString word;
    for (const char32_t c : folded.toUcs4()) {
        if (isWordCharacter(static_cast<UChar32>(c))) {
            word.append(QString::fromUcs4(&c, 1));
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

QStringList SearchText::nameTerms(QStringView name, QStringList* mainWords)
{
    const QString folded = fold(name);
    QStringList terms;
    QStringList group; // words joined by joiners only
    QString word;
    auto endWord = [&] {
        if (!word.isEmpty()) {
            terms << word;
            if (mainWords)
                *mainWords << word;
            group << word;
            word.clear();
        }
    };
    auto endGroup = [&] {
        if (group.size() > 1)
            terms << group.join(QString());
        group.clear();
    };
    for (const char32_t c : folded.toUcs4()) {
        if (isWordCharacter(static_cast<UChar32>(c))) {
            word.append(QString::fromUcs4(&c, 1));
        } else if (isJoiner(static_cast<UChar32>(c))) {
            endWord();
        } else {
            endWord();
            endGroup();
        }
    }
    endWord();
    endGroup();
    terms.removeDuplicates();
    return terms;
}
