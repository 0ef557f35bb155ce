#pragma once

#include "common/Error.h"
#include "domain/CardSchemes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

/// The only card data Cordial may store or log (F8, V4): never the number, never the security code.
struct CardSummary
{
    CardBrand brand = CardBrand::Unknown;
    QString last4;      ///< the last four digits, ASCII
    QString expiry;     ///< normalised "MM/YY"
    QString nameOnCard; ///< as the customer spelled it
};

/// The smallest in-place edit that masks the card numbers of a text: replace [start, end) of the
/// original with `replacement`. An editor applies it as one undoable step, so text around the number
/// (and the agent's cursor) stays where it was.
struct CardMaskEdit
{
    qsizetype start = 0;
    qsizetype end = 0; ///< in the original text
    QString replacement;

    /// Where a cursor at `cursor` of the original text belongs after the edit: unchanged before it,
    /// shifted after it, and just after the mask when it was inside the masked number.
    qsizetype mapCursor(qsizetype cursor) const;
};

/// What may be shown about a typed card number: whether it is valid and why not, never the number.
struct CardNumberCheck
{
    CardBrand brand = CardBrand::Unknown; ///< the brand its leading digits belong to, valid or not
    QString last4;   ///< the last four digits, ASCII; empty unless valid
    QString problem; ///< translated reason to refuse it; empty when valid

    bool isValid() const { return problem.isEmpty(); }
};

/// Card rules for the payment read-back (V4) and for notes: Luhn check, brand, expiry, and masking
/// of card numbers and security codes in free text before it is stored.
class CardMasker final
{
    Q_DECLARE_TR_FUNCTIONS(CardMasker)

public:
    /// Digits of `text` as ASCII, ignoring the separators of docs/card-masking.md (spaces, dashes,
    /// dots, direction marks, line breaks) wherever they are; any other character makes it empty.
    /// Accepts any Unicode decimal digits (Devanagari ९, Arabic-Indic ۹...).
    static QString normalizeNumber(QStringView text);
    /// Luhn (mod 10) check over ASCII digits; false for an empty or non-digit string.
    static bool luhnValid(QStringView digits);
    /// The network of ASCII `digits` from the issued range (CardSchemes) holding both its leading
    /// digits and its length, the most specific one where ranges overlap; Unknown when none does.
    /// Luhn is not checked here.
    static CardBrand detectBrand(QStringView digits);
    /// Stable key for storage ("visa", "mastercard"...); "unknown" for Unknown.
    static QString brandKey(CardBrand brand);
    /// The brand of a brandKey(); Unknown for anything else.
    static CardBrand brandFromKey(QStringView key);
    /// Display name ("Visa", "American Express"); a translated "card" for Unknown.
    static QString brandName(CardBrand brand);

    /// The last day a card with the typed expiry is valid: CardExpiry::parse ("0929", "09/29",
    /// "9/29", "09 / 2029"...), with its translated reason when it is not.
    static Result<QDate> parseExpiry(QStringView text, QDate today);

    /// Checks a card number as the agent typed it (any digits, separators anywhere): only digits,
    /// 12–19 of them, an issued prefix, a length issued under it, Luhn. The problem names the brand
    /// where the leading digits tell it ("14 digits is not a valid length for a Visa card").
    static CardNumberCheck checkNumber(QStringView typed);

    /// Validates a full card number (checkNumber) and expiry and keeps only what may be stored. The number itself
    /// is dropped before returning.
    static Result<CardSummary> summarize(
        QStringView number, QStringView expiry, const QString& nameOnCard, QDate today);

    /// Replaces every card number (docs/card-masking.md: a maximal run of digits joined by single
    /// separators that is Luhn-valid and in an issued range and length) with "[Visa •••• 1234]", the
    /// last four as typed, and the digits after a "CVV", "CVC" or "security code" label with "•••".
    /// Everything else stays as it is. Linear time, no regular expression.
    static QString maskCardNumbers(const QString& text);
    /// True when maskCardNumbers() would change `text`.
    static bool containsCardData(const QString& text);
    /// The edit that turns `text` into maskCardNumbers(text); empty when there is nothing to mask.
    static std::optional<CardMaskEdit> maskingEdit(const QString& text);
};
