// Every script line and every translated sentence with a value, in every shipped language, rendered
// with realistic values and with none; the text is written to script-words.txt in the build tree
// for a fluent reader, and checked for what a reader would stumble on.
#include "services/ScriptFiller.h"
#include "services/ScriptLibrary.h"

#include "domain/CardExpiry.h"
#include "domain/ScriptVariables.h"
#include "i18n/Languages.h"
#include "support/QStringPrinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
const QList<Channel> Channels {Channel::Phone, Channel::InPerson, Channel::Voicemail};

QStringList shippedLanguages()
{
    QStringList codes;
    for (const Languages::Language& language : Languages::available())
        codes << language.code;
    return codes;
}

Customer customer(const QString& salutation, const QString& given, const QString& family)
{
    Customer c;
    c.salutation = salutation;
    c.givenName = given;
    c.familyName = family;
    return c;
}

/// Without the Unicode isolates and marks the renderer adds, as a reader sees the text.
QString visible(QString text)
{
    static const QRegularExpression marks(u"[\u2066-\u2069\u200e\u200f\u061c]"_s);
    return text.remove(marks);
}

/// What a reader would stumble on in `text`; empty when it reads cleanly.
QStringList problems(const QString& rendered)
{
    QStringList found;
    const QString text = visible(rendered);
    static const QRegularExpression raw(u"\\[[a-z_]+\\]|\\{[a-z_]+\\}|\\[\\[|\\]\\]"_s);
    if (text.contains(raw))
        found << u"raw placeholder"_s;
    static const QRegularExpression doubled(u"[.,;:!?\u0964\u06D4\u060C\u061F]\\s*[.,;:!?\u0964\u06D4\u060C\u061F]"_s);
    // "…" is its own character, so only real repeats match; "Ms.," cannot occur in a script.
    if (text.contains(doubled))
        found << u"doubled punctuation"_s;
    static const QRegularExpression gap(u"\\s[,.;:!?\u0964\u06D4\u060C\u061F]|\\s{2}|\u2026|^\\s|\\s$"_s);
    if (text.contains(gap))
        found << u"empty value gap"_s;
    const QStringList words = text.split(QRegularExpression(u"[\\s,.;:!?\u0964\u06D4\u060C\u061F]+"_s), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words.at(i).compare(words.at(i - 1), Qt::CaseInsensitive) == 0 && !words.at(i).front().isDigit())
            found << u"doubled word \""_s + words.at(i) + u'"';
    }
    return found;
}

/// A language's catalogue read from its .ts file, as a translator: the texts the program's own
/// functions produce in that language, without the compiled .qm the front end embeds.
class TsTranslator final : public QTranslator
{
public:
    explicit TsTranslator(const QString& language)
    {
        QFile file(QStringLiteral(CORDIAL_TRANSLATIONS_DIR) + u"/cordial_"_s + language + u".ts"_s);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QString comment;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                comment.clear();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"comment")
                comment = xml.readElementText();
            else if (xml.name() == u"translation")
                m_texts.insert(key(context, source, comment), xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }

    QString translate(const char* context, const char* source, const char* disambiguation, int) const override
    {
        return m_texts.value(key(QString::fromUtf8(context), QString::fromUtf8(source), QString::fromUtf8(disambiguation)));
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    static QString key(const QString& context, const QString& source, const QString& comment)
    {
        return context + u'\x1f' + source + u'\x1f' + comment;
    }

    QHash<QString, QString> m_texts;
};

/// The month and year of a card's expiry exactly as the payment dialog puts them in "Valid until the
/// end of %1": CardExpiry::monthAndYear with the language's catalogue and locale ("maig de 2029").
QString expiryMonthIn(const QString& language)
{
    TsTranslator catalogue(language);
    QCoreApplication::installTranslator(&catalogue);
    const QLocale previous;
    QLocale::setDefault(QLocale(language));
    const QString text = CardExpiry::monthAndYear(QDate(2029, 5, 31));
    QLocale::setDefault(previous);
    QCoreApplication::removeTranslator(&catalogue);
    return text;
}

struct Values
{
    QString label;
    std::optional<Customer> who;
    QString request;
    QString details;
    ScriptRenderer::Variables extra;
};

/// Realistic values per language: long names, each kind of salutation, plural requests.
QList<Values> valuesFor(const QString& language, const LanguageRules& rules)
{
    const QDateTime monday(QDate(2026, 12, 7), QTime(10, 0));
    const QDateTime evening(QDate(2026, 4, 1), QTime(13, 5));
    const auto extra = [&](const QString& who, const QString& why, const QString& target, const QDateTime& when) {
        return ScriptRenderer::Variables {{u"follow_up_who"_s, who}, {u"follow_up_when"_s, rules.spokenWhen(when)},
            {u"follow_up_why"_s, why}, {u"card_name"_s, u"NURIA VILALTA SOLER"_s}, {u"card_brand"_s, u"Visa"_s},
            {u"card_last4"_s, u"4242"_s}, {u"card_expiry"_s, u"05/29"_s}, {u"transfer_target"_s, target}};
    };
    if (language == u"hi")
        return {{u"female, plural request"_s, customer(u"श्रीमती"_s, u"अनीता"_s, u"शर्मा"_s), u"दो किताबें"_s,
                    u"पिछले हफ़्ते मँगाई थीं"_s, extra(u"प्रिया पटेल"_s, u"डिलीवरी की पुष्टि करना."_s, u"बिलिंग विभाग"_s, monday)},
            {u"male, long given name"_s, customer(u"श्री"_s, u"राजेश कुमार"_s, u"वर्मा"_s), u"बिजली का बिल"_s, {},
                extra(u"Arjun Mehta"_s, u"रिफ़ंड"_s, u"Accounts"_s, evening)},
            {u"Mx., English card"_s, customer(u"Mx."_s, u"Sam"_s, u"Taylor"_s), u"तीन सीडी"_s, {}, {}},
            {u"doctor"_s, customer(u"डॉ."_s, u"सुनीता"_s, u"गुप्ता"_s), {}, {}, {}}};
    if (language == u"te")
        return {{u"female, plural request"_s, customer(u"శ్రీమతి"_s, u"లక్ష్మి"_s, u"రెడ్డి"_s), u"రెండు పుస్తకాలు"_s,
                    u"గత వారం ఆర్డర్ చేశారు"_s, extra(u"ప్రియ పటేల్"_s, u"డెలివరీ నిర్ధారించడానికి."_s, u"బిల్లింగ్ విభాగం"_s, monday)},
            {u"male, English card"_s, customer(u"Mr."_s, u"Venkata Satyanarayana"_s, u"Chowdary"_s), u"సీడీలు"_s, {},
                extra(u"Arjun Mehta"_s, u"రీఫండ్"_s, u"Accounts"_s, evening)},
            {u"Mx."_s, customer(u"గౌరవనీయ"_s, u"సామ్"_s, u"టేలర్"_s), u"మూడు సీడీలు"_s, {}, {}},
            {u"doctor"_s, customer(u"డా."_s, u"శ్రీనివాస్"_s, u"రావు"_s), {}, {}, {}}};
    if (language == u"ur")
        return {{u"female, plural request"_s, customer(u"محترمہ"_s, u"عائشہ"_s, u"صدیقی"_s), u"دو کتابیں"_s,
                    u"پچھلے ہفتے منگوائی تھیں"_s, extra(u"پریا پٹیل"_s, u"ترسیل کی تصدیق۔"_s, u"بلنگ شعبہ"_s, monday)},
            {u"male, long name"_s, customer(u"جناب"_s, u"محمد عمران"_s, u"چوہدری"_s), u"بجلی کا بل"_s, {},
                extra(u"Arjun Mehta"_s, u"رقم کی واپسی"_s, u"Accounts"_s, evening)},
            {u"Mx., English card"_s, customer(u"Mx."_s, u"Sam"_s, u"Taylor"_s), u"تین سی ڈیز"_s, {}, {}},
            {u"doctor"_s, customer(u"ڈاکٹر"_s, u"فاطمہ"_s, u"خان"_s), {}, {}, {}}};
    if (language == u"ca")
        return {{u"female, plural request"_s, customer(u"Sra."_s, u"Núria"_s, u"Vilalta Soler"_s), u"dos llibres"_s,
                    u"encarregats la setmana passada"_s,
                    extra(u"Jordi Puig"_s, u"confirmar l'entrega."_s, u"Facturació"_s, monday)},
            {u"male"_s, customer(u"Sr."_s, u"Josep Maria"_s, u"Casals i Ferrer"_s), u"les factures d'abril"_s, {},
                extra(u"Anna Roig"_s, u"reemborsament"_s, u"Atenció al client"_s, evening)},
            {u"Mx."_s, customer(u"Mx."_s, u"Alex"_s, u"Serra"_s), u"tres CD"_s, {}, {}},
            {u"doctor"_s, customer(u"Dra."_s, u"Laia"_s, u"Guàrdia Oliveras"_s), {}, {}, {}}};
    return {{u"female, plural request"_s, customer(u"Ms."_s, u"Jane"_s, u"Smith"_s), u"two books"_s,
                u"ordered last week"_s, extra(u"Priya Patel"_s, u"to confirm the delivery."_s, u"Billing"_s, monday)},
        {u"male, long name"_s, customer(u"Mr."_s, u"Maximilian Alexander"_s, u"Featherstonehaugh-Wentworth"_s),
            u"a refund for three CDs"_s, {}, extra(u"Arjun Mehta"_s, u"refund"_s, u"Accounts"_s, evening)},
        {u"Mx."_s, customer(u"Mx."_s, u"Sam"_s, u"Taylor"_s), u"new glasses"_s, {}, {}},
        {u"Hindi card read in English"_s, customer(u"श्रीमती"_s, u"Anita"_s, u"Sharma"_s), {}, {}, {}}};
}

class ScriptWords : public ::testing::Test
{
protected:
    /// Writes what a test rendered to script-words-<part>.txt beside CORDIAL_WORDS_OUT, for a reader.
    void writeOut(const QString& part) const
    {
        QString path = QStringLiteral(CORDIAL_WORDS_OUT);
        path.replace(u".txt"_s, u'-' + part + u".txt"_s);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write((s_out.join(u'\n') + u'\n').toUtf8());
    }

    QTemporaryDir m_empty;
    ScriptLibrary m_library {m_empty.path()};
    QStringList s_out;
};
} // namespace

TEST_F(ScriptWords, EverySpokenDateTimeCarriesTheLanguagesOwnCaseMarker)
{
    const QDateTime monday(QDate(2026, 12, 7), QTime(10, 0));
    const QHash<QString, QString> expected {{u"en"_s, u"on Monday, December 7, 2026 at 10:00 AM"_s},
        {u"hi"_s, u"सोमवार, 7 दिसंबर 2026 को सुबह 10:00 बजे"_s},
        {u"te"_s, u"సోమవారం, 7 డిసెంబర్ 2026న ఉదయం 10:00 గంటలకు"_s},
        {u"ur"_s, u"پیر، 7 دسمبر 2026 کو صبح 10:00 بجے"_s},
        {u"ca"_s, u"el dilluns 7 de desembre de 2026 a les 10:00"_s}};
    for (const QString& language : shippedLanguages()) {
        const Result<LanguageRules> rules = m_library.rules(language);
        ASSERT_TRUE(rules) << rules.error().fullText().toStdString();
        EXPECT_EQ(rules.value().spokenWhen(monday), expected.value(language)) << language.toStdString();
    }
    const LanguageRules ca = m_library.rules(u"ca"_s).value();
    EXPECT_EQ(ca.spokenWhen(QDateTime(QDate(2026, 4, 1), QTime(13, 5))), u"el dimecres 1 d'abril de 2026 a les 13:05"_s);
    EXPECT_EQ(ca.spokenWhen(QDateTime(QDate(2026, 8, 3), QTime(1, 30))), u"el dilluns 3 d'agost de 2026 a la 1:30"_s);
    const LanguageRules hi = m_library.rules(u"hi"_s).value();
    EXPECT_EQ(hi.spokenWhen(QDateTime(QDate(2026, 12, 8), QTime(18, 30))), u"मंगलवार, 8 दिसंबर 2026 को शाम 6:30 बजे"_s);
    EXPECT_EQ(hi.spokenWhen(QDateTime(QDate(2026, 12, 8), QTime(0, 15))), u"मंगलवार, 8 दिसंबर 2026 को रात 12:15 बजे"_s);
    const LanguageRules en = m_library.rules(u"en"_s).value();
    EXPECT_EQ(en.spokenWhen(QDateTime(QDate(2026, 12, 8), QTime(15, 45))), u"on Tuesday, December 8, 2026 at 3:45 PM"_s);
}

TEST_F(ScriptWords, EachLanguageAddressesTheCustomerInItsOwnSpokenForm)
{
    struct Case
    {
        QString language;
        Customer who;
        QString vocative;
        QString reference;
    };
    const QList<Case> cases {
        {u"en"_s, customer(u"Ms."_s, u"Jane"_s, u"Smith"_s), u"Ms. Smith"_s, u"Ms. Smith"_s},
        {u"en"_s, customer(u"Mrs."_s, u"Jane"_s, u"Smith"_s), u"Mrs. Smith"_s, u"Mrs. Smith"_s},
        {u"en"_s, customer(u"श्रीमती"_s, u"Anita"_s, u"Sharma"_s), u"Ms. Sharma"_s, u"Ms. Sharma"_s},
        {u"en"_s, customer(u"Mx."_s, u"Sam"_s, u"Taylor"_s), u"Mx. Taylor"_s, u"Mx. Taylor"_s},
        {u"en"_s, customer({}, u"Sam"_s, u"Taylor"_s), u"Sam Taylor"_s, u"Sam Taylor"_s},
        {u"hi"_s, customer(u"श्रीमती"_s, u"अनीता"_s, u"शर्मा"_s), u"शर्मा जी"_s, u"शर्मा जी"_s},
        {u"hi"_s, customer(u"Mr."_s, u"Amit"_s, u"Singh"_s), u"Singh जी"_s, u"Singh जी"_s},
        {u"hi"_s, customer(u"डॉ."_s, u"सुनीता"_s, u"गुप्ता"_s), u"डॉ. गुप्ता"_s, u"डॉ. गुप्ता"_s},
        // जी carries no gender: a gender-neutral customer is addressed like any other, not by the bare name.
        {u"hi"_s, customer(u"Mx."_s, u"Sam"_s, u"Taylor"_s), u"Taylor जी"_s, u"Taylor जी"_s},
        {u"hi"_s, customer(u"आदरणीय"_s, u"सैम"_s, u"टेलर"_s), u"टेलर जी"_s, u"टेलर जी"_s},
        {u"hi"_s, customer(u"Mx."_s, u"Sam"_s, {}), u"Sam"_s, u"Sam"_s},
        {u"te"_s, customer(u"శ్రీమతి"_s, u"లక్ష్మి"_s, u"రెడ్డి"_s), u"లక్ష్మి గారు"_s, u"లక్ష్మి గారు"_s},
        {u"te"_s, customer(u"Mr."_s, u"Ravi"_s, u"Reddy"_s), u"Ravi గారు"_s, u"Ravi గారు"_s},
        // గారు after the full name: polite, and says nothing of gender.
        {u"te"_s, customer(u"Mx."_s, u"Sam"_s, u"Taylor"_s), u"Sam Taylor గారు"_s, u"Sam Taylor గారు"_s},
        {u"te"_s, customer(u"గౌరవనీయ"_s, u"సామ్"_s, u"టేలర్"_s), u"సామ్ టేలర్ గారు"_s, u"సామ్ టేలర్ గారు"_s},
        {u"te"_s, customer(u"Mx."_s, u"Sam"_s, {}), u"Sam గారు"_s, u"Sam గారు"_s},
        {u"ur"_s, customer(u"محترمہ"_s, u"عائشہ"_s, u"صدیقی"_s), u"صدیقی صاحبہ"_s, u"صدیقی صاحبہ"_s},
        {u"ur"_s, customer(u"جناب"_s, u"عمران"_s, u"چوہدری"_s), u"چوہدری صاحب"_s, u"چوہدری صاحب"_s},
        {u"ur"_s, customer(u"Mx."_s, u"Sam"_s, u"Taylor"_s), u"Sam Taylor"_s, u"Sam Taylor"_s},
        {u"ca"_s, customer(u"Sra."_s, u"Núria"_s, u"Vilalta Soler"_s), u"Sra. Vilalta Soler"_s, u"la Sra. Vilalta Soler"_s},
        {u"ca"_s, customer(u"Mr."_s, u"John"_s, u"Smith"_s), u"Sr. Smith"_s, u"el Sr. Smith"_s},
        {u"ca"_s, customer(u"Mx."_s, u"Alex"_s, u"Serra"_s), u"Alex Serra"_s, u"Alex Serra"_s},
        {u"ca"_s, customer(u"Sra."_s, u"Núria"_s, {}), u"Núria"_s, u"Núria"_s},
    };
    for (const Case& c : cases) {
        const LanguageRules rules = m_library.rules(c.language).value();
        const std::string where = QString(c.language + u": "_s + c.who.salutation + u' ' + c.who.fullName()).toStdString();
        EXPECT_EQ(rules.addressOf(c.who), c.vocative) << where;
        EXPECT_EQ(rules.addressOf(c.who, LanguageRules::AddressForm::Reference), c.reference) << where;
    }
}

TEST_F(ScriptWords, EveryScriptLineReadsCleanlyWithValuesAndWithout)
{
    int rendered = 0;
    for (const QString& language : shippedLanguages()) {
        for (const Channel channel : Channels) {
            const Result<CallScript> script = m_library.load(language, channel);
            ASSERT_TRUE(script) << script.error().fullText().toStdString();
            const QString where = language + u'/' + ChannelInfo::key(channel);
            QList<Values> sets = valuesFor(language, script.value().rules);
            sets.append({u"nothing known yet"_s, std::nullopt, {}, {}, {}});
            for (const Values& values : std::as_const(sets)) {
                ScriptFiller filler;
                filler.setScript(script.value());
                filler.setSpeaker(u"Jonathan"_s, language == u"ca" ? u"Aigües de Manresa"_s : u"Cordial Services"_s);
                filler.setCustomer(values.who);
                filler.setCapture(values.request, values.details, {});
                filler.setExtraVariables(values.extra);
                s_out << u"== "_s + where + u" · "_s + values.label;
                QStringList ids;
                for (const ScriptStep& step : script.value().steps)
                    ids << step.id;
                QStringList lines = script.value().lines.keys();
                lines.sort();
                for (const QString& id : ids + lines) {
                    const bool isStep = ids.contains(id);
                    const RenderedLine line = isStep ? filler.renderStep(id) : filler.renderLine(id);
                    const QString shown = ScriptFiller::shown(line);
                    s_out << id + u": "_s + visible(shown);
                    ++rendered;
                    const std::string context = QString(where + u' ' + values.label + u' ' + id).toStdString();
                    EXPECT_EQ(problems(shown), QStringList {}) << context << ": " << visible(shown).toStdString();
                    if (!line.complete()) {
                        EXPECT_FALSE(shown.isEmpty()) << context;
                    }
                    // With every value known, every line is said, none waits.
                    if (values.who && !values.extra.isEmpty()) {
                        EXPECT_TRUE(line.complete()) << context << " misses " << line.missing.join(u',').toStdString();
                    }
                }
            }
        }
    }
    EXPECT_GT(rendered, 5 * 3 * 5 * 12);
    writeOut(u"lines"_s);
}

TEST_F(ScriptWords, CatalanMonthsCarryTheirOwnPreposition)
{
    // Qt's Catalan "MMMM" is "de maig" / "d'abril": a translation must not add its own "de" (expiry).
    const QLocale ca(u"ca"_s);
    EXPECT_TRUE(ca.toString(QDate(2029, 5, 1), u"MMMM yyyy"_s).startsWith(u"de "_s));
    EXPECT_TRUE(ca.toString(QDate(2029, 4, 1), u"MMMM yyyy"_s).startsWith(u"d"_s));
    // The app says the expiry through CardExpiry, with the standalone month and the catalogue's "%1 de %2".
    EXPECT_EQ(expiryMonthIn(u"ca"_s), u"maig de 2029"_s);
    EXPECT_EQ(expiryMonthIn(u"en"_s), u"May 2029"_s);
}

TEST_F(ScriptWords, EveryTranslatedSentenceWithAValueReadsCleanly)
{
    // Each translation with %1… of the catalogues, with sample values; written for a fluent reader.
    int checked = 0;
    for (const QString& language : shippedLanguages()) {
        if (language == u"en")
            continue;
        QFile file(QStringLiteral(CORDIAL_TRANSLATIONS_DIR) + u"/cordial_"_s + language + u".ts"_s);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        s_out << u"== translations "_s + language;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if ((xml.name() == u"translation" || xml.name() == u"numerusform") && source.contains(u'%')) {
                if (xml.name() == u"translation" && xml.attributes().value(u"type"_s) == u"obsolete")
                    continue;
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.trimmed().isEmpty())
                    continue;
                // The month and year of "… the end of %1" (expiry) as the app inserts them, else a
                // neutral sample.
                const QString month = (context == u"PaymentDialog" || context == u"CardExpiry") && source.contains(u"end of %1"_s)
                    ? expiryMonthIn(language)
                    : u"Alpha"_s;
                for (int n = 1; n <= 9; ++n)
                    text.replace(u'%' + QString::number(n), n == 1 ? month : u"Beta%1"_s.arg(n));
                text.replace(u"%n"_s, u"2"_s);
                s_out << context + u" | "_s + source.simplified() + u" | "_s + text.simplified();
                ++checked;
                QStringList found = problems(text.simplified());
                found.removeAll(u"empty value gap"_s); // "…" ends many menu texts and status lines
                EXPECT_EQ(found, QStringList {}) << language.toStdString() << " " << context.toStdString() << ": "
                                                 << text.toStdString();
            }
        }
    }
    EXPECT_GT(checked, 400);
    writeOut(u"translations"_s);
}

TEST_F(ScriptWords, TheHoldWarningSaysADurationNotAClockTime)
{
    // %2 of "has been on hold for %2" is how long, never a time of day.
    const QHash<QString, QStringList> clockWords {{u"hi"_s, {u"बजे"_s}}, {u"te"_s, {u"గంటలకు"_s, u"నుండి"_s}},
        {u"ur"_s, {u"بجے"_s}}, {u"ca"_s, {u"a les"_s}}};
    for (auto it = clockWords.begin(); it != clockWords.end(); ++it) {
        QFile file(QStringLiteral(CORDIAL_TRANSLATIONS_DIR) + u"/cordial_"_s + it.key() + u".ts"_s);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        const qsizetype at = ts.indexOf(u"has been on hold for %2"_s);
        ASSERT_GE(at, 0);
        const qsizetype start = ts.indexOf(u"<translation"_s, at);
        const QString translation = ts.mid(start, ts.indexOf(u"</translation>"_s, start) - start);
        for (const QString& word : it.value())
            EXPECT_FALSE(translation.contains(word)) << it.key().toStdString() << ": " << translation.toStdString();
    }
}
