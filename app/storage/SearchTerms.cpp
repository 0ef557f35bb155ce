#include "storage/SearchTerms.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
bool isLatin(const QString& word)
{
    for (const QChar c : word) {
        if (c.script() == QChar::Script_Latin)
            return true;
    }
    return false;
}

// "àlex" -> "alex", "Çatalunya" -> "catalunya"; only marks that follow Latin letters are dropped,
// so Devanagari and Telugu vowel signs stay.
QString withoutLatinAccents(const QString& word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    QChar::Script base = QChar::Script_Unknown;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            if (base == QChar::Script_Latin)
                continue;
        } else {
            base = c.script();
        }
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

void addWord(QStringList& terms, const QString& word)
{
    if (word.isEmpty())
        return;
    terms << word;
    if (isLatin(word))
        terms << withoutLatinAccents(word);
}

QStringList nameWords(const QString& folded)
{
    static const QRegularExpression spaces(u"[\\s,;/()]+"_s);
    static const QRegularExpression joiners(u"[-'\u2019.]+"_s);
    QStringList words;
    for (const QString& word : folded.split(spaces, Qt::SkipEmptyParts)) {
        words << word;
        const QStringList parts = word.split(joiners, Qt::SkipEmptyParts);
        if (parts.size() > 1 || (parts.size() == 1 && parts.first() != word))
            words << parts;
    }
    return words;
}

bool looksLikePhone(const QString& text)
{
    static const QRegularExpression phone(u"^\\+?[0-9 ()./-]*[0-9][0-9 ()./-]*$"_s);
    return phone.match(text).hasMatch();
}
} // namespace

QString SearchTerms::fold(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded().normalized(QString::NormalizationForm_C);
}

QString SearchTerms::digits(const QString& phone)
{
    QString out;
    for (const QChar c : phone) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
    }
    return out;
}

QString SearchTerms::nationalDigits(const QString& phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.startsWith(u'+')) {
        static const QRegularExpression groups(u"[\\s().-]+"_s);
        const QStringList parts = trimmed.split(groups, Qt::SkipEmptyParts);
        if (parts.size() < 2)
            return {};
        return digits(parts.mid(1).join(QString()));
    }
    QString all = digits(trimmed);
    if (all.startsWith(u'0')) {
        while (all.startsWith(u'0'))
            all.remove(0, 1);
        return all;
    }
    return {};
}

QStringList SearchTerms::forCustomer(const Customer& customer)
{
    QStringList terms;
    for (const QString& word : nameWords(fold(customer.givenName + u' ' + customer.familyName)))
        addWord(terms, word);
    const QString all = digits(customer.phone);
    if (!all.isEmpty())
        terms << all;
    const QString national = nationalDigits(customer.phone);
    if (!national.isEmpty())
        terms << national;
    const QString email = fold(customer.email.trimmed());
    if (!email.isEmpty())
        terms << email;
    terms.removeDuplicates();
    return terms;
}

QStringList SearchTerms::queryWords(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (looksLikePhone(trimmed)) {
        QString all = digits(trimmed);
        // "0098..." is the international form of "+98..."; "09848..." the national one.
        if (!trimmed.startsWith(u'+')) {
            while (all.startsWith(u'0'))
                all.remove(0, 1);
        }
        return all.isEmpty() ? QStringList {} : QStringList { all };
    }
    static const QRegularExpression spaces(u"[\\s,;()]+"_s);
    QStringList words;
    // Accents are optional when searching Latin names: "alex" and "àlex" both find "Àlex".
    for (const QString& word : fold(trimmed).split(spaces, Qt::SkipEmptyParts))
        words << (isLatin(word) ? withoutLatinAccents(word) : word);
    words.removeDuplicates();
    return words;
}

QString SearchTerms::sortKey(const Customer& customer)
{
    // Accents do not decide the order ("Sánchez" sorts before "Smith", as a reader expects);
    // the accented form after a separator only breaks ties, so the order stays total.
    const QString folded = fold(QString(customer.familyName.trimmed() + u' ' + customer.givenName.trimmed()).trimmed());
    const QString plain = withoutLatinAccents(folded);
    return plain == folded ? folded : plain + u'\u0001' + folded;
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
