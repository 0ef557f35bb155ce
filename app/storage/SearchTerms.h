#pragma once

#include "domain/Customer.h"

#include <QString>
#include <QStringList>

/// The words a customer can be found by, and the normalised form of what an agent types.
/// Terms are NFC, casefolded; Latin words also appear without accents ("àlex" and "alex").
class SearchTerms final
{
public:
    /// Distinct terms of a customer: name words, phone digits (also without the country prefix
    /// or trunk zero), and the e-mail address.
    static QStringList forCustomer(const Customer& customer);
    /// Words of a search text, each to be matched as a prefix of some term. A text that looks
    /// like a phone number ("+91 98480 22") becomes its digits, one word.
    static QStringList queryWords(const QString& text);
    /// Casefolded "family given" for ordering, Latin accents folded so they do not decide the order.
    static QString sortKey(const Customer& customer);
    /// Digits of a phone number, without spaces, dashes, brackets or a leading +.
    static QString digits(const QString& phone);
    /// National part of a phone number's digits: after the "+CC" group or a trunk 0; empty if none.
    static QString nationalDigits(const QString& phone);
    /// Smallest string greater than every string starting with `prefix` (code point order), or
    /// an empty string when there is none; `term >= prefix AND term < upperBound` uses the index.
    static QString prefixUpperBound(const QString& prefix);
    static QString fold(const QString& text);
};
