#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

/// The expiry date of a payment card (V4) as an agent types it while the customer reads it out:
/// "0929", "09/29", "9/29", "09 / 2029", "09-29", "9/2029", in any script's digits, with full-width or
/// other slashes and dashes. One rule for the payment dialog and for what is stored.
class CardExpiry final
{
    Q_DECLARE_TR_FUNCTIONS(CardExpiry)

public:
    /// Cards are issued for a few years; more than this many years ahead is a typing mistake.
    static constexpr int MaxYearsAhead = 20;

    /// The last day the card is valid. Accepted: month (1 or 2 digits), a separator (slash, dash,
    /// dot or space, spaces around it allowed), year (2 or 4 digits); or 4 or 6 digits in a row (MMYY,
    /// MMYYYY). The error says what is wrong, in the interface language: not a date, no such month,
    /// expired relative to `today`, or more than MaxYearsAhead years ahead of it.
    static Result<QDate> parse(QStringView text, QDate today);

    /// `text` as the field should show it while the agent types: ASCII digits, the month padded to two
    /// digits once it is certain ("9" becomes "09/", "12" becomes "12/") and one "/" before the year
    /// ("0929" becomes "09/29", "09 / 2029" becomes "09/2029"). Text that cannot become an expiry (a
    /// letter, a month 13) comes back unchanged, so parse() can say what is wrong with it.
    static QString formatAsTyped(QStringView text);

    /// "MM/YY", as stored and read back.
    static QString normalized(QDate lastDay);

    /// The month and year of `lastDay` in words, in the interface language ("September 2029").
    static QString monthAndYear(QDate lastDay);
};
