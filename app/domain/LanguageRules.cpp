#include "domain/LanguageRules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
/// Replaces each {key} of `pattern` by its value; other text stays as written.
QString fill(QString pattern, const QHash<QString, QString>& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        pattern.replace(u'{' + it.key() + u'}', it.value());
    return pattern;
}

QString collapseSpaces(const QString& text)
{
    return text.simplified();
}
} // namespace

QString LanguageRules::salutationKind(const QString& salutation) const
{
    const QString key = salutation.trimmed().toCaseFolded();
    if (key.isEmpty())
        return u"none"_s;
    for (auto it = salutations.begin(); it != salutations.end(); ++it) {
        for (const QString& own : it.value()) {
            if (own.toCaseFolded() == key)
                return it.key();
        }
    }
    return recognised.value(key, u"other"_s);
}

QString LanguageRules::addressOf(const Customer& customer, AddressForm form) const
{
    const QString full = customer.fullName();
    if (full.isEmpty())
        return {};
    const QString kind = salutationKind(customer.salutation);
    QString pattern = form == AddressForm::Reference ? reference.value(kind) : QString();
    if (pattern.isEmpty())
        pattern = vocative.value(kind);
    if (pattern.isEmpty())
        return customer.formalName();

    const QString salutation = customer.salutation.trimmed();
    // This language's own word for the kind: the card's own when it is one of them ("Mrs."), else
    // the first ("श्रीमती" on a card read in English says "Ms.").
    QString title;
    const QStringList own = salutations.value(kind);
    for (const QString& word : own) {
        if (word.compare(salutation, Qt::CaseInsensitive) == 0)
            title = word;
    }
    if (title.isEmpty() && !own.isEmpty())
        title = own.constFirst();
    const QHash<QString, QString> parts {{u"title"_s, title}, {u"salutation"_s, salutation},
        {u"given"_s, customer.givenName.trimmed()}, {u"family"_s, customer.familyName.trimmed()}, {u"full"_s, full}};
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        if (it.value().isEmpty() && pattern.contains(u'{' + it.key() + u'}'))
            return full;
    }
    return collapseSpaces(fill(pattern, parts));
}

QString LanguageRules::spokenWhen(const QDateTime& local) const
{
    const QLocale locale(language);
    if (!local.isValid())
        return {};
    if (when.pattern.isEmpty())
        return locale.toString(local.date(), QLocale::LongFormat) + u' ' + locale.toString(local.time(), QLocale::ShortFormat);

    const QDate date = local.date();
    const QTime time = local.time();
    const int hour = time.hour();
    const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
    QString period;
    for (auto it = when.periods.begin(); it != when.periods.end() && it.key() <= hour; ++it)
        period = it.value();
    if (period.isEmpty() && !when.periods.isEmpty())
        period = when.periods.last(); // before the first listed hour: the night that began the day before
    const auto twoDigits = [&locale](int n) { return locale.toString(n).rightJustified(2, locale.zeroDigit().at(0)); };
    const QString timePattern = when.timeByHour.value(hour, when.time);
    const QString timeText = fill(timePattern,
        {{u"h"_s, locale.toString(hour12)}, {u"hh"_s, twoDigits(hour12)}, {u"H"_s, locale.toString(hour)},
            {u"HH"_s, twoDigits(hour)}, {u"mm"_s, twoDigits(time.minute())},
            {u"ampm"_s, hour < 12 ? locale.amText() : locale.pmText()}, {u"period"_s, period}});
    QString text = when.pattern;
    // Month and weekday first, each through the elision rules ("de" + "abril" -> "d'abril").
    const QHash<QString, QString> values {{u"weekday"_s, locale.standaloneDayName(date.dayOfWeek())},
        {u"month"_s, locale.standaloneMonthName(date.month())}, {u"day"_s, locale.toString(date.day())},
        {u"year"_s, locale.toString(date.year()).remove(locale.groupSeparator())}, {u"time"_s, timeText}};
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'}', open);
        if (open < 0 || close < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open - i);
        const QString key = text.mid(open + 1, close - open - 1);
        if (values.contains(key))
            out = joinBeforeValue(out, values.value(key));
        else
            out += text.mid(open, close - open + 1);
        i = close + 1;
    }
    return collapseSpaces(out);
}

QString LanguageRules::joinBeforeValue(const QString& text, const QString& value) const
{
    if (value.isEmpty())
        return text;
    // The value may start with a Unicode isolate: the letter that decides is the first one after it.
    qsizetype first = 0;
    while (first < value.size() && (value.at(first).category() == QChar::Other_Format))
        ++first;
    const QChar letter = first < value.size() ? value.at(first) : QChar();
    for (const Contraction& c : contractions) {
        const QString ending = c.word + u' ';
        if (!text.endsWith(ending) || !c.before.contains(letter))
            continue;
        const qsizetype start = text.size() - ending.size();
        // Only a whole word: "de " but not the end of "Grande ".
        if (start > 0 && text.at(start - 1).isLetter())
            continue;
        return text.left(start) + c.contracted + value;
    }
    return text + value;
}
