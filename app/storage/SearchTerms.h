#pragma once

#include "domain/Customer.h"

#include <QString>
#include <QStringList>

/// The terms a customer can be found by and the words of what an agent types, folded by
/// SearchText (ICU). Kinds of terms in customer_search_terms:
/// - name words and the joined forms of words split by an apostrophe, hyphen or middle dot;
/// - pair terms, PairMark + "word other": every ordered pair of two name terms, so that a
///   two-word search reads one index range instead of intersecting two common words;
/// - the e-mail address, EmailMark + folded address, matched by prefix.
class SearchTerms final
{
public:
    static constexpr QChar PairMark = QChar(0x0001);
    static constexpr QChar EmailMark = QChar(0x0002);
    /// The one term of customers whose names have more words than pair terms are made for: a
    /// search by pairs also looks at them.
    static constexpr QChar LongNameMark = QChar(0x0003);
    /// Separates the two words of a pair term; sorts below every word character.
    static constexpr QChar PairSeparator = QChar(0x0020);

    /// Prefix keys are cut to this many code points: a longer query word reads the list of its first
    /// PrefixLength code points and is checked against the terms.
    static constexpr int PrefixLength = 6;

    /// Distinct terms of a customer (names, pairs, e-mail).
    static QStringList forCustomer(const Customer& customer);
    /// Keys of customer_search_prefixes, kept in last-contact order: every prefix of up to
    /// PrefixLength code points of each name term (not pairs) and of the folded e-mail address. A
    /// search reads the customers behind one key most recent first and stops after a page.
    static QStringList prefixesFor(const Customer& customer);
    /// The key of customer_search_prefixes that lists every customer a query word (or e-mail prefix)
    /// can find: its first PrefixLength code points.
    static QString prefixKey(const QString& word);
    /// Words of a search text, folded, without duplicates; each must begin a word of the name.
    static QStringList queryWords(const QString& text);
    /// The folded e-mail prefix of a search text that is one token, or empty.
    static QString emailPrefix(const QString& text);
    /// The pair term of two words.
    static QString pair(const QString& first, const QString& second);
    /// Folded "family given" for ordering.
    static QString sortKey(const Customer& customer);
    /// ASCII digits of a phone number in any script, without separators.
    static QString digits(const QString& phone);
    /// Smallest string greater than every string starting with `prefix` (code point order), or
    /// an empty string when there is none; `term >= prefix AND term < upperBound` uses the index.
    static QString prefixUpperBound(const QString& prefix);
    static QString fold(const QString& text);
};
