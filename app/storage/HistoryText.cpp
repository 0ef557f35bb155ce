#include "storage/HistoryText.h"

#include "domain/Interaction.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace {
/// A non-spacing mark that only decorates its letter: accents on Latin, Greek and Cyrillic letters,
/// Arabic harakat and the superscript alef. Marks of Indic scripts are letters of the word.
bool isDecoration(char32_t mark, QChar::Script base)
{
    switch (base) {
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Common:
        return true;
    case QChar::Script_Arabic:
        return (mark >= 0x064B && mark <= 0x065F) || mark == 0x0670;
    default:
        return false;
    }
}
} // namespace

QString HistoryText::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    QChar::Script base = QChar::Script_Common;
    for (const char32_t c : decomposed.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Other_Format:
            continue;
        case QChar::Mark_NonSpacing:
            if (isDecoration(c, base))
                continue;
            break;
        default:
            base = QChar::script(c);
            break;
        }
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
    }
    return out.normalized(QString::NormalizationForm_C).simplified();
}

QString HistoryText::searchKey(const Interaction& entry)
{
    return fold(QString(entry.subject + u' ' + entry.summary + u' ' + entry.notes));
}

QString HistoryText::containsPattern(const QString& needle)
{
    QString escaped;
    escaped.reserve(needle.size() + 2);
    escaped += u'%';
    for (const QChar c : needle) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}
