#include "storage/SearchTerms.h"

#include "domain/SearchText.h"

using namespace Qt::StringLiterals;

namespace {
/// Most name terms whose pairs are stored (132 pairs); longer names carry LongNameMark instead. Every
/// search by pairs also reads the long names, so they must stay rare: names of twelve words are.
constexpr qsizetype MaxPairWords = 12;
} // namespace

QString SearchTerms::fold(const QString& text)
{
    return SearchText::fold(text);
}

QString SearchTerms::digits(const QString& phone)
{
    QString out;
    for (const char32_t c : phone.toUcs4()) {
        const int value = QChar::digitValue(c);
        if (value >= 0 && value <= 9)
            out.append(QChar(u'0' + value));
    }
    return out;
}

QString SearchTerms::pair(const QString& first, const QString& second)
{
    return PairMark + first + PairSeparator + second;
}

QStringList SearchTerms::forCustomer(const Customer& customer)
{
    QStringList terms = SearchText::nameTerms(QString(customer.givenName + u' ' + customer.familyName));
    const QStringList words = terms;
    const qsizetype paired = qMin(words.size(), MaxPairWords);
    for (qsizetype i = 0; i < paired; ++i) {
        for (qsizetype j = 0; j < paired; ++j) {
            if (i != j)
                terms << pair(words.at(i), words.at(j));
        }
    }
    if (words.size() > MaxPairWords)
        terms << QString(LongNameMark);
    const QString email = SearchText::fold(customer.email.trimmed());
    if (!email.isEmpty())
        terms << EmailMark + email;
    terms.removeDuplicates();
    return terms;
}

QStringList SearchTerms::prefixesFor(const Customer& customer)
{
    QStringList sources = SearchText::nameTerms(QString(customer.givenName + u' ' + customer.familyName));
    const QString email = SearchText::fold(customer.email.trimmed());
    if (!email.isEmpty())
        sources << email;
    QStringList keys;
    for (const QString& source : sources) {
        QString prefix;
        int length = 0;
        for (const char32_t c : source.toUcs4()) {
            if (++length > PrefixLength)
                break;
            prefix += QString::fromUcs4(&c, 1);
            keys << prefix;
        }
    }
    keys.removeDuplicates();
    return keys;
}

QString SearchTerms::prefixKey(const QString& word)
{
    QString key;
    int length = 0;
    for (const char32_t c : word.toUcs4()) {
        if (++length > PrefixLength)
            break;
        key += QString::fromUcs4(&c, 1);
    }
    return key;
}

QStringList SearchTerms::queryWords(const QString& text)
{
    QStringList words = SearchText::words(text);
    words.removeDuplicates();
    // A word that begins another query word adds nothing ("jo jordi" = "jordi").
    QStringList kept;
    for (const QString& word : words) {
        bool covered = false;
        for (const QString& other : words) {
            if (other != word && other.startsWith(word))
                covered = true;
        }
        if (!covered)
            kept << word;
    }
    return kept;
}

QString SearchTerms::emailPrefix(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return {};
    }
    return SearchText::fold(trimmed);
}

QString SearchTerms::sortKey(const Customer& customer)
{
    return SearchText::fold(QString(customer.familyName.trimmed() + u' ' + customer.givenName.trimmed()).trimmed());
}

QString SearchTerms::prefixUpperBound(const QString& prefix)
{
    QList<uint> codePoints = prefix.toUcs4();
    while (!codePoints.isEmpty()) {
        uint last = codePoints.takeLast();
        if (last < 0x10FFFF) {
            ++last;
            if (last == 0xD800) // skip the surrogate range, not characters
                last = 0xE000;
            codePoints.append(last);
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()), codePoints.size());
        }
    }
    return {};
}
