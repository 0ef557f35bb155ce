#pragma once

// Builders for card-number test data: Luhn check digits computed, not typed; digits written in any
// script; groups joined by any separator. Independent of the code under test.

#include <QString>

namespace CardTestNumbers {

/// The Luhn check digit that completes ASCII `body` (every digit but the last).
inline int luhnCheckDigit(const QString& body)
{
    int sum = 0;
    // The check digit sits at the right; counted from it, every second digit of the body is doubled,
    // starting with the body's last one.
    bool doubleIt = true;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        int d = body.at(i).unicode() - u'0';
        if (doubleIt)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

/// `body` followed by its Luhn check digit.
inline QString withCheckDigit(const QString& body)
{
    return body + QChar(u'0' + luhnCheckDigit(body));
}

/// `body` followed by a check digit that fails Luhn.
inline QString withWrongCheckDigit(const QString& body)
{
    return body + QChar(u'0' + (luhnCheckDigit(body) + 1) % 10);
}

/// A Luhn-valid number of `length` digits starting with `prefix`, padded with `fill`.
inline QString luhnNumber(const QString& prefix, int length, QChar fill = u'0')
{
    QString body = prefix;
    while (body.size() < length - 1)
        body += fill;
    return withCheckDigit(body);
}

/// ASCII `digits` written with the digits of another script, given its zero (U+0966 Devanagari,
/// U+0660 Arabic-Indic, U+06F0 Extended Arabic-Indic, U+0C66 Telugu, U+FF10 full-width, or a
/// supplementary zero such as U+1D7CE).
inline QString inScript(const QString& digits, char32_t zero)
{
    QString out;
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            out += c;
            continue;
        }
        const char32_t digit = zero + (c.unicode() - u'0');
        if (QChar::requiresSurrogates(digit)) {
            out += QChar(QChar::highSurrogate(digit));
            out += QChar(QChar::lowSurrogate(digit));
        } else {
            out += QChar(static_cast<char16_t>(digit));
        }
    }
    return out;
}

/// `digits` in groups of `size` joined by `separator`.
inline QString grouped(const QString& digits, const QString& separator, int size = 4)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % size == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

/// The mask a card number becomes: brand and the last four as typed.
inline QString maskOf(const QString& brand, const QString& lastFour)
{
    using namespace Qt::StringLiterals;
    return u"[%1 •••• %2]"_s.arg(brand, lastFour);
}

} // namespace CardTestNumbers
