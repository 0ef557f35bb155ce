#include "BenchQueries.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
enum class Script { Latin, Devanagari, Telugu, Arabic };

Script scriptOf(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0900 && u < 0x0980)
            return Script::Devanagari;
        if (u >= 0x0C00 && u < 0x0C80)
            return Script::Telugu;
        if (u >= 0x0600 && u < 0x0700)
            return Script::Arabic;
    }
    return Script::Latin;
}

bool hasAny(const QString& text, const QString& chars)
{
    for (const QChar c : chars) {
        if (text.contains(c))
            return true;
    }
    return false;
}
} // namespace

QList<qint64> BenchQueries::spread(qint64 customers, int count)
{
    QList<qint64> out;
    const qint64 n = qMin<qint64>(customers, count);
    for (qint64 i = 0; i < n; ++i)
        out << qMin(customers - 1, (i * customers) / n + customers / n / 2);
    return out;
}

QStringList BenchQueries::keystrokes(const QString& text)
{
    QStringList out;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (text.at(i - 1).isHighSurrogate())
            continue;
        out << text.left(i);
    }
    return out;
}

QList<BenchQuery> BenchQueries::make(quint64 seed, qint64 customers)
{
    const DataGenerator gen(seed);
    QList<BenchQuery> queries {
        { u"word"_s, u"jordi"_s },
        { u"word"_s, u"núria"_s },
        { u"word"_s, u"smith"_s },
        { u"two-words"_s, u"jordi puig"_s },
        { u"two-words"_s, u"puigdomènech núria"_s },
        { u"two-words"_s, u"jane o'brien"_s },
    };
    // Names of real customers, one per kind, searched as an agent types them: given then family name.
    QSet<QString> wanted { u"hindi"_s, u"telugu"_s, u"urdu"_s, u"turkish"_s, u"apostrophe"_s, u"middle-dot"_s };
    QList<qint64> phoneCustomers;
    QSet<QString> phoneCountries;
    for (qint64 i = 1; i < customers && (!wanted.isEmpty() || phoneCountries.size() < 5); ++i) {
        const Customer c = gen.customer(i);
        const QString name = c.givenName + u' ' + c.familyName.section(u' ', 0, 0);
        QString kind;
        switch (scriptOf(name)) {
        case Script::Devanagari: kind = u"hindi"_s; break;
        case Script::Telugu: kind = u"telugu"_s; break;
        case Script::Arabic: kind = u"urdu"_s; break;
        case Script::Latin:
            if (hasAny(name, u"İıŞşĞğ"_s))
                kind = u"turkish"_s;
            else if (hasAny(name, u"'’"_s))
                kind = u"apostrophe"_s;
            else if (name.contains(u'·'))
                kind = u"middle-dot"_s;
            break;
        }
        if (wanted.remove(kind))
            queries << BenchQuery { kind, name };
        if (!phoneCountries.contains(c.country)) {
            phoneCountries << c.country;
            phoneCustomers << i;
        }
    }
    // Phones: every form the generator knows for one customer of each country; e-mails of a few customers.
    for (const qint64 i : phoneCustomers) {
        for (const QString& form : gen.phoneForms(i))
            queries << BenchQuery { u"phone"_s, form };
    }
    for (const qint64 i : spread(customers, 4)) {
        if (const QString email = gen.customer(i).email; !email.isEmpty())
            queries << BenchQuery { u"email"_s, email };
    }
    return queries;
}
