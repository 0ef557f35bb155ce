#pragma once

#include <QtGlobal>

#include <array>
#include <initializer_list>

/// Payment card networks recognised from the leading digits (IIN ranges).
enum class CardBrand {
    Unknown,
    Visa,
    Mastercard,
    Amex,
    Discover,
    Diners,
    Jcb,
    UnionPay,
    Maestro,
    RuPay,
};

/// One issued range of card numbers: the leading digits it covers and the lengths issued under them.
struct CardScheme
{
    CardBrand brand = CardBrand::Unknown;
    int prefixLow = 0;    ///< first prefix of the range, `prefixDigits` digits long
    int prefixHigh = 0;   ///< last prefix of the range, inclusive
    int prefixDigits = 0; ///< 1 to 6
    quint32 lengths = 0;  ///< bit n set when n digits is an issued length

    /// Bit set of the listed lengths, for a table row.
    static constexpr quint32 lengthSet(std::initializer_list<int> digits)
    {
        quint32 bits = 0;
        for (const int n : digits)
            bits |= 1U << n;
        return bits;
    }
    /// Bit set of every length from `shortest` to `longest`.
    static constexpr quint32 lengthRange(int shortest, int longest)
    {
        quint32 bits = 0;
        for (int n = shortest; n <= longest; ++n)
            bits |= 1U << n;
        return bits;
    }

    constexpr bool allowsLength(int digits) const
    {
        return digits >= 0 && digits < 32 && (lengths >> digits & 1U) != 0;
    }
    /// Whether a number whose first six digits are `leadingSix` (fewer when it is shorter: then
    /// `leadingDigits` says how many) starts within this range.
    constexpr bool holdsPrefix(int leadingSix, int leadingDigits) const
    {
        if (leadingDigits < prefixDigits)
            return false;
        int value = leadingSix;
        for (int i = prefixDigits; i < leadingDigits; ++i)
            value /= 10;
        return value >= prefixLow && value <= prefixHigh;
    }
};

/// The issued card ranges (docs/card-masking.md): the one table behind "is this a card number" in
/// free text and behind the brand of a typed card.
class CardSchemes final
{
public:
    static constexpr int MinDigits = 12;
    static constexpr int MaxDigits = 19;
    static constexpr int LeadingDigits = 6; ///< the longest prefix in the table

    /// Every issued range. Where ranges overlap, the longer prefix names the brand.
    static constexpr std::array Table {
        CardScheme {CardBrand::Visa, 4, 4, 1, CardScheme::lengthSet({13, 16, 19})},
        CardScheme {CardBrand::Mastercard, 51, 55, 2, CardScheme::lengthSet({16})},
        CardScheme {CardBrand::Mastercard, 2221, 2720, 4, CardScheme::lengthSet({16})},
        CardScheme {CardBrand::Amex, 34, 34, 2, CardScheme::lengthSet({15})},
        CardScheme {CardBrand::Amex, 37, 37, 2, CardScheme::lengthSet({15})},
        CardScheme {CardBrand::Discover, 6011, 6011, 4, CardScheme::lengthRange(16, 19)},
        CardScheme {CardBrand::Discover, 644, 649, 3, CardScheme::lengthRange(16, 19)},
        CardScheme {CardBrand::Discover, 65, 65, 2, CardScheme::lengthRange(16, 19)},
        CardScheme {CardBrand::Discover, 622126, 622925, 6, CardScheme::lengthRange(16, 19)},
        CardScheme {CardBrand::Jcb, 3528, 3589, 4, CardScheme::lengthRange(16, 19)},
        CardScheme {CardBrand::Diners, 300, 305, 3, CardScheme::lengthRange(14, 19)},
        CardScheme {CardBrand::Diners, 3095, 3095, 4, CardScheme::lengthRange(14, 19)},
        CardScheme {CardBrand::Diners, 36, 36, 2, CardScheme::lengthRange(14, 19)},
        CardScheme {CardBrand::Diners, 38, 39, 2, CardScheme::lengthRange(16, 19)},
        CardScheme {CardBrand::Maestro, 5018, 5018, 4, CardScheme::lengthRange(12, 19)},
        CardScheme {CardBrand::Maestro, 5020, 5020, 4, CardScheme::lengthRange(12, 19)},
        CardScheme {CardBrand::Maestro, 5038, 5038, 4, CardScheme::lengthRange(12, 19)},
        CardScheme {CardBrand::Maestro, 5893, 5893, 4, CardScheme::lengthRange(12, 19)},
        CardScheme {CardBrand::Maestro, 6304, 6304, 4, CardScheme::lengthRange(12, 19)},
        CardScheme {CardBrand::Maestro, 6759, 6759, 4, CardScheme::lengthRange(12, 19)},
        CardScheme {CardBrand::Maestro, 6761, 6763, 4, CardScheme::lengthRange(12, 19)},
        CardScheme {CardBrand::RuPay, 508500, 508999, 6, CardScheme::lengthSet({16})},
        CardScheme {CardBrand::RuPay, 606985, 607984, 6, CardScheme::lengthSet({16})},
        CardScheme {CardBrand::RuPay, 608001, 608500, 6, CardScheme::lengthSet({16})},
        CardScheme {CardBrand::RuPay, 652150, 653149, 6, CardScheme::lengthSet({16})},
        CardScheme {CardBrand::RuPay, 81, 82, 2, CardScheme::lengthSet({16})},
        CardScheme {CardBrand::UnionPay, 62, 62, 2, CardScheme::lengthRange(16, 19)},
    };

    /// The most specific range (longest prefix) holding both the leading digits and the length of a
    /// number of `digitCount` digits whose first six are `leadingSix` (all of them when shorter);
    /// nullptr when none does.
    static const CardScheme* match(int leadingSix, int digitCount);
    /// The most specific range holding the leading digits, whatever the length (to name the brand of
    /// a number typed too short or too long); nullptr when none does.
    static const CardScheme* matchPrefix(int leadingSix, int digitCount);
    /// Union of the lengths issued under every range holding the leading digits; 0 when none does.
    static quint32 lengthsForPrefix(int leadingSix, int digitCount);
};
