#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

/// The one rule for a phone number typed, pasted or passed in a link (F18): E.164 allows at most 15
/// digits, country code included; an international number must have a country code that exists and a
/// length its country uses (libphonenumber). Used by call requests (`tel:`, `cordial://`, `--call`),
/// the new-call dialog and new customer cards.
class PhoneNumber final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    /// E.164: at most 15 digits in a number, country code included.
    static constexpr int MaxDigits = 15;

    /// "+" and ASCII digits ("+919848022338") of a number as typed, or digits alone for a local number
    /// ("04023456789"), which may also hold "*" and "#" when `allowStarHash`. Visual separators (spaces,
    /// - . ( ) and the like) are dropped and Unicode decimal digits turned into ASCII. Anything else, no
    /// digit at all, more than MaxDigits digits, an unknown country code or a number too long for its
    /// country is an InvalidInput error with a translated reason.
    static Result<QString> normalize(QStringView text, bool allowStarHash = false);

    /// True when `text` holds at least one decimal digit of any script.
    static bool hasDigit(QStringView text);
};
