#pragma once

#include "domain/CardSchemes.h"

/// Reads the digits of one card number one at a time and keeps only what the card rules need: how
/// many there were, the first six and the Luhn sums. The number itself is never held, so checking
/// a typed card leaves no copy of it behind.
class CardNumberReader final
{
public:
    /// Adds the next digit (0–9), left to right. Past MaxDigits only the count moves, and it stops
    /// at MaxDigits + 1: the rules need no more than "too long".
    void add(int digit)
    {
        if (m_count > CardSchemes::MaxDigits)
            return;
        if (m_count < CardSchemes::LeadingDigits)
            m_leading = m_leading * 10 + digit;
        static constexpr int Doubled[10] = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
        if (m_count % 2 == 0) {
            m_sumDoublingEven += Doubled[digit];
            m_sumDoublingOdd += digit;
        } else {
            m_sumDoublingEven += digit;
            m_sumDoublingOdd += Doubled[digit];
        }
        ++m_count;
    }

    /// Digits read so far; MaxDigits + 1 stands for "more than MaxDigits".
    int digitCount() const { return m_count; }
    /// The first six digits as a number (all of them when fewer were read).
    int leadingSix() const { return m_leading; }

    /// Luhn (mod 10) over the digits read; false when none were. Counted from the right, every
    /// second digit is doubled: with an even count those are the ones at even positions from the left.
    bool luhnValid() const
    {
        if (m_count == 0 || m_count > CardSchemes::MaxDigits)
            return false;
        return (m_count % 2 == 0 ? m_sumDoublingEven : m_sumDoublingOdd) % 10 == 0;
    }

    /// The range this number belongs to when it is a card number: 12–19 digits, Luhn-valid, an issued
    /// prefix and length (the most specific such range); nullptr otherwise.
    const CardScheme* cardScheme() const
    {
        if (m_count < CardSchemes::MinDigits || m_count > CardSchemes::MaxDigits || !luhnValid())
            return nullptr;
        return CardSchemes::match(m_leading, m_count);
    }

private:
    int m_count = 0;
    int m_leading = 0;
    int m_sumDoublingEven = 0; ///< Luhn sum doubling the digits at positions 0, 2, 4... from the left
    int m_sumDoublingOdd = 0;  ///< Luhn sum doubling the digits at positions 1, 3, 5...
};
