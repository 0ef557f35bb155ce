#include "domain/CallScript.h"

#include "domain/ScriptVariables.h"
#include "i18n/BidiText.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
const QStringList& knownNames()
{
    static const QStringList names = [] {
        QStringList all;
        for (const QStringView name : ScriptVariable::All)
            all << name.toString();
        return all;
    }();
    return names;
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

/// Length of the identifier between the braces starting at `open`, or -1 when `text[open]` does not
/// start a well-formed "{name}".
qsizetype nameLengthAt(const QString& text, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    if (i == open + 1 || i >= text.size() || text.at(i) != u'}')
        return -1;
    return i - open - 1;
}
} // namespace

const ScriptStep* CallScript::step(const QString& id) const
{
    for (const ScriptStep& s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString ScriptRenderer::render(const QString& text, const Variables& variables)
{
    // One pass over the text: values are appended, never scanned again, so a value that contains
    // "{agent}" stays literal. A {name} that is neither known nor given (JSON in a note, a typo in
    // an override file) is left as written.
    QString out;
    out.reserve(text.size() + text.size() / 2);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const qsizetype length = nameLengthAt(text, open);
        if (length < 0) {
            out += u'{';
            i = open + 1;
            continue;
        }
        const QString name = text.mid(open + 1, length);
        const auto it = variables.constFind(name);
        if (it != variables.constEnd() && !it->trimmed().isEmpty())
            out += BidiText::isolated(*it);
        else if (it != variables.constEnd() || knownNames().contains(name))
            out += BidiText::isolated(placeholder(name));
        else
            out += QStringView(text).mid(open, length + 2);
        i = open + length + 2;
    }
    return out;
}

QString ScriptRenderer::placeholder(const QString& name)
{
    return u'[' % name % u']';
}

QStringList ScriptRenderer::knownVariables()
{
    return knownNames();
}

QStringList ScriptRenderer::variablesIn(const QString& text)
{
    QStringList names;
    qsizetype i = 0;
    while ((i = text.indexOf(u'{', i)) >= 0) {
        const qsizetype length = nameLengthAt(text, i);
        if (length < 0) {
            ++i;
            continue;
        }
        const QString name = text.mid(i + 1, length);
        if (!names.contains(name))
            names.append(name);
        i += length + 2;
    }
    return names;
}
