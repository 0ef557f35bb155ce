#pragma once

#include "domain/CardSchemes.h"

#include <QString>
#include <QStringView>

#include <vector>

/// A card number or a security code found in free text.
struct CardTextMatch
{
    qsizetype begin = 0; ///< first digit
    qsizetype end = 0;   ///< one past the last digit
    CardBrand brand = CardBrand::Unknown; ///< Unknown for a security code
    QString lastFour; ///< a card number's last four digits exactly as typed; empty for a security code
};

/// Finds card numbers and security codes in free text in one linear pass each, without regular
/// expressions. The rule for card numbers is docs/card-masking.md: a maximal run of Unicode decimal
/// digits joined by single separators, 12–19 digits, Luhn-valid, in an issued range; nothing inside
/// a longer run or a run that is not a card is searched. A security code is 3–4 digits right after
/// a "CVV", "CVC", "security code"... label.
class CardTextScanner final
{
public:
    /// Card numbers and security codes in `text`, in order and not overlapping. A security code
    /// inside a card number is dropped (the card's mask covers it).
    static std::vector<CardTextMatch> scan(QStringView text);

    /// Value (0–9) of the Unicode decimal digit (category Nd) starting at `at`, a surrogate pair
    /// included; -1 when there is none. `units` receives its length in UTF-16 units (1 or 2).
    static int digitAt(QStringView text, qsizetype at, qsizetype* units);
    /// Length in UTF-16 units of the digit separator at `at` (2 for CR LF), 0 when there is none.
    static qsizetype separatorAt(QStringView text, qsizetype at);
};
