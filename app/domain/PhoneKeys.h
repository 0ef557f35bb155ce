#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// The search keys of a stored phone number (libphonenumber): E.164 when its country is known,
/// the national significant number, the region it was read for and its digits reversed.
struct PhoneKeys
{
    QString e164;     ///< "+919848022338"; empty when no country is known
    QString national; ///< national significant number, "9848022338" (trunk prefix dropped)
    QString region;   ///< ISO 3166 region the number belongs to ("IN"); empty when unknown
    QString reversed; ///< digits of e164 (or of the number as typed) reversed, for suffix search

    /// Keys of `typed`: international when written with + or 00, otherwise read for `country`
    /// (the customer's) or, when empty, for defaultRegion().
    static PhoneKeys of(QStringView typed, const QString& country);

    /// Region for numbers of customers without a country (settings "search/defaultRegion").
    static QString defaultRegion();
    /// Set once at start by the composition root; empty = numbers without + stay national.
    static void setDefaultRegion(const QString& region);
    /// The region of the system locale ("IN" for hi_IN), or empty.
    static QString systemRegion();
};

/// A search text read as a phone query: digits in any script plus spaces and + - ( ) .,
/// at least six digits.
struct PhoneQuery
{
    enum class Kind {
        International, ///< written with + or 00: compare E.164 (or the national number)
        National,      ///< one leading 0: compare national significant numbers
        Digits,        ///< anything else: a suffix of the stored number, or it ends the query
    };
    Kind kind = Kind::Digits;
    QString digits;   ///< ASCII digits as typed ("(0)" after a country code dropped; no + or 00)
    QString e164;     ///< International: "+" and digits
    QString national; ///< International: the national significant number; National: digits without 0

    static constexpr int MinDigits = 6;
    static std::optional<PhoneQuery> parse(QStringView text);
};
