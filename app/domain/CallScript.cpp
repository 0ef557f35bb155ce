#include "domain/CallScript.h"

#include "domain/ScriptVariables.h"
#include "i18n/BidiText.h"

#include <QLocale>

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

namespace {
constexpr QStringView GroupOpen = u"[[";
constexpr QStringView GroupClose = u"]]";

bool hasValue(const ScriptRenderer::Variables& variables, const QString& name)
{
    const auto it = variables.constFind(name);
    return it != variables.constEnd() && !it->trimmed().isEmpty();
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'\u0964' /* Devanagari danda */ || c == u'\u06D4' /* Urdu full stop */;
}

/// True when a part dropped here leaves the next word at the start of a sentence.
bool atSentenceStart(const QString& out)
{
    const QString trimmed = out.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QChar last = trimmed.back();
    return last == u'.' || last == u'?' || last == u'!';
}

struct Renderer
{
    const ScriptRenderer::Variables& variables;
    const LanguageRules& rules;
    RenderedLine line;
    bool capitalise = false;

    void appendText(QStringView text)
    {
        if (capitalise) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text.at(i).isLetter()) {
                    line.text += text.left(i);
                    line.text += QLocale(rules.language).toUpper(text.mid(i, 1).toString());
                    text = text.mid(i + 1);
                    capitalise = false;
                    break;
                }
            }
        }
        line.text += text;
    }

    void appendValue(const QString& value)
    {
        capitalise = false;
        line.text = rules.joinBeforeValue(line.text, value);
    }

    /// Renders a part without groups.
    void renderPlain(const QString& text)
    {
        qsizetype i = 0;
        while (i < text.size()) {
            const qsizetype open = text.indexOf(u'{', i);
            if (open < 0) {
                appendText(QStringView(text).mid(i));
                break;
            }
            appendText(QStringView(text).mid(i, open - i));
            const qsizetype length = nameLengthAt(text, open);
            if (length < 0) {
                appendText(u"{");
                i = open + 1;
                continue;
            }
            const QString name = text.mid(open + 1, length);
            if (hasValue(variables, name)) {
                QString value = variables.value(name).trimmed();
                // A typed value's own full stop before the sentence's ("two books." + ".") is said once.
                const QChar next = open + length + 2 < text.size() ? text.at(open + length + 2) : QChar();
                if (isSentenceEnd(next) && isSentenceEnd(value.back()))
                    value.chop(1);
                appendValue(BidiText::isolated(value));
            } else if (const auto fallback = rules.fallbacks.constFind(name); fallback != rules.fallbacks.constEnd()) {
                appendValue(*fallback);
            } else if (variables.contains(name) || knownNames().contains(name)) {
                if (!line.missing.contains(name))
                    line.missing.append(name);
                appendValue(ScriptRenderer::placeholder(name));
            } else {
                appendText(QStringView(text).mid(open, length + 2));
            }
            i = open + length + 2;
        }
    }

    /// True when every variable in a [[part]] has a value.
    bool groupComplete(const QString& part) const
    {
        for (const QString& name : ScriptRenderer::variablesIn(part)) {
            if ((variables.contains(name) || knownNames().contains(name)) && !hasValue(variables, name))
                return false;
        }
        return true;
    }

    void render(const QString& text)
    {
        qsizetype i = 0;
        while (i < text.size()) {
            const qsizetype open = text.indexOf(GroupOpen, i);
            const qsizetype close = open < 0 ? -1 : text.indexOf(GroupClose, open + GroupOpen.size());
            if (open < 0 || close < 0) {
                renderPlain(text.mid(i));
                break;
            }
            renderPlain(text.mid(i, open - i));
            const QString part = text.mid(open + GroupOpen.size(), close - open - GroupOpen.size());
            if (groupComplete(part)) {
                renderPlain(part);
            } else if (atSentenceStart(line.text)) {
                capitalise = true;
            }
            i = close + GroupClose.size();
        }
        line.text = line.text.trimmed();
    }
};
} // namespace

RenderedLine ScriptRenderer::renderLine(const QString& text, const Variables& variables, const LanguageRules& rules)
{
    // One pass over the text: values are appended, never scanned again, so a value that contains
    // "{agent}" or "[[" stays literal. A {name} that is neither known nor given (JSON in a note, a
    // typo in an override file) is left as written.
    Renderer renderer {variables, rules, {}};
    renderer.render(text);
    return renderer.line;
}

QString ScriptRenderer::render(const QString& text, const Variables& variables, const LanguageRules& rules)
{
    return renderLine(text, variables, rules).text;
}

QString ScriptRenderer::placeholder(const QString& name)
{
    Q_UNUSED(name)
    return QString(QChar(0x2026));
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
