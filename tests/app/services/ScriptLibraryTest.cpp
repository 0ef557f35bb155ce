#include "services/ScriptLibrary.h"

#include "domain/ScriptVariables.h"
#include "i18n/Languages.h"
#include "support/QStringPrinter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
/// Every interface language ships its scripts (CORDIAL_LANGUAGES in the top-level CMakeLists.txt).
QStringList shippedLanguages()
{
    QStringList codes;
    for (const Languages::Language& language : Languages::available())
        codes << language.code;
    return codes;
}
const QList<Channel> ShippedChannels {Channel::Phone, Channel::InPerson, Channel::Voicemail};

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray minimalScript(const QString& language, const QString& channel, const QString& greeting)
{
    return QStringLiteral(
        R"({"language": "%1", "channel": "%2", "steps": [{"id": "greet", "title": "T", "text": "%3"}]})")
        .arg(language, channel, greeting)
        .toUtf8();
}

Error parseError(const char* json)
{
    const Result<CallScript> r = ScriptLibrary::parse(QByteArray(json), u"test.json"_s);
    EXPECT_FALSE(r) << json;
    return r ? Error {} : r.error();
}
} // namespace

TEST(ScriptLibrary, ListsEveryShippedLanguage)
{
    QTemporaryDir empty;
    const QStringList languages = ScriptLibrary(empty.path()).languages();
    for (const QString& language : shippedLanguages())
        EXPECT_TRUE(languages.contains(language)) << language.toStdString();
}

TEST(ScriptLibrary, LoadsEveryShippedLanguageAndChannelWithAllRequiredStepsAndKnownVariables)
{
    QTemporaryDir empty;
    const ScriptLibrary library(empty.path());
    const QStringList known = ScriptRenderer::knownVariables();
    const Result<CallScript> english = library.load(u"en"_s, Channel::Phone);
    ASSERT_TRUE(english);

    for (const QString& language : shippedLanguages()) {
        for (const Channel channel : ShippedChannels) {
            const std::string where = QString(language + u"/"_s + ChannelInfo::key(channel)).toStdString();
            const Result<CallScript> r = library.load(language, channel);
            ASSERT_TRUE(r) << where << ": " << r.error().fullText().toStdString();
            const CallScript& script = r.value();
            EXPECT_EQ(script.language, language) << where;
            EXPECT_EQ(script.channel, channel) << where;

            QStringList ids;
            for (const ScriptStep& step : script.steps) {
                ids << step.id;
                EXPECT_FALSE(step.title.isEmpty()) << where;
                EXPECT_EQ(step.optional, step.id == u"payment"_s || step.id == u"follow_up"_s) << where;
                if (language != u"en"_s) {
                    const ScriptStep* en = english.value().step(step.id);
                    ASSERT_NE(en, nullptr) << where;
                    EXPECT_NE(step.title, en->title) << where << " step " << step.id.toStdString();
                    EXPECT_NE(step.text, en->text) << where << " step " << step.id.toStdString();
                }
                for (const QString& name : ScriptRenderer::variablesIn(step.text))
                    EXPECT_TRUE(known.contains(name))
                        << where << " step " << step.id.toStdString() << ": {" << name.toStdString() << "}";
            }
            EXPECT_EQ(ids,
                (QStringList {
                    u"greet"_s, u"clarify"_s, u"restate"_s, u"payment"_s, u"follow_up"_s, u"more_help"_s, u"close"_s}))
                << where;
            for (const QString& line : ScriptLibrary::requiredLines()) {
                EXPECT_FALSE(script.lines.value(line).trimmed().isEmpty()) << where << " line " << line.toStdString();
                for (const QString& name : ScriptRenderer::variablesIn(script.lines.value(line)))
                    EXPECT_TRUE(known.contains(name)) << where << " line " << line.toStdString();
            }
        }
    }
}

TEST(ScriptLibrary, EveryScriptFileUsesOnlyTheNamedVariables)
{
    // Every file under resources/scripts, listed in CMake or not, against the constants the code fills.
    QStringList known;
    for (const QStringView name : ScriptVariable::All)
        known << name.toString();
    QDirIterator files(QStringLiteral(CORDIAL_SCRIPTS_DIR), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    qsizetype checked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(u"/language.json"_s))
            continue; // the language's rules, not a script (ScriptWordsTest)
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const Result<CallScript> script = ScriptLibrary::parse(file.readAll(), path);
        ASSERT_TRUE(script) << script.error().fullText().toStdString();
        QStringList texts;
        for (const ScriptStep& step : script.value().steps)
            texts << step.text;
        texts << script.value().lines.values();
        for (const QString& text : std::as_const(texts)) {
            for (const QString& name : ScriptRenderer::variablesIn(text))
                EXPECT_TRUE(known.contains(name)) << path.toStdString() << ": {" << name.toStdString() << "}";
        }
        ++checked;
    }
    EXPECT_GE(checked, shippedLanguages().size() * ShippedChannels.size());
}

TEST(ScriptLibrary, ShippedScriptsCarryTheGuideVerbiage)
{
    QTemporaryDir empty;
    const ScriptLibrary library(empty.path());
    const CallScript en = library.load(u"en"_s, Channel::Phone).value();
    EXPECT_EQ(en.step(u"greet"_s)->text,
        u"Hi. Thank you for contacting {company}. [[My name is {agent}. ]]How can I help you?"_s);
    EXPECT_EQ(en.step(u"restate"_s)->text,
        u"[[{customer}, ]]let me make sure I have understood your request: {request}. Is that correct?"_s);
    EXPECT_EQ(en.step(u"more_help"_s)->text, u"Is there anything else I can help you with?"_s);
    const CallScript inPerson = library.load(u"en"_s, Channel::InPerson).value();
    EXPECT_EQ(inPerson.step(u"greet"_s)->text, u"Hi, how can I help you?"_s);
    EXPECT_TRUE(inPerson.step(u"payment"_s)->text.contains(u"please sign the receipt"_s));
    for (const QString& language : shippedLanguages()) {
        const CallScript script = library.load(language, Channel::Phone).value();
        const QString payment = script.step(u"payment"_s)->text;
        EXPECT_TRUE(payment.contains(u"{card_last4}"_s)) << language.toStdString();
        EXPECT_FALSE(payment.contains(u"card_number"_s)) << language.toStdString();
    }
}

TEST(ScriptLibrary, RendersAnUrduClosingWithIsolatedLatinValues)
{
    QTemporaryDir empty;
    const CallScript ur = ScriptLibrary(empty.path()).load(u"ur"_s, Channel::Phone).value();
    const QString text = ScriptRenderer::render(ur.step(u"close"_s)->text,
        {{u"customer"_s, u"محترمہ فاطمہ"_s}, {u"request"_s, u"دو نئی سی ڈیز"_s}, {u"company"_s, u"ABC Company"_s}});
    EXPECT_TRUE(text.contains(QChar(0x2068) + u"ABC Company"_s + QChar(0x2069)));
    EXPECT_FALSE(text.contains(u'{'));
    EXPECT_TRUE(text.contains(u"خدا حافظ"_s));
}

TEST(ScriptLibrary, FallsBackToPhoneThenToEnglish)
{
    QTemporaryDir empty;
    const ScriptLibrary library(empty.path());

    const Result<CallScript> email = library.load(u"hi"_s, Channel::Email);
    ASSERT_TRUE(email);
    EXPECT_EQ(email.value().language, u"hi"_s);
    EXPECT_EQ(email.value().channel, Channel::Phone);

    const Result<CallScript> french = library.load(u"fr"_s, Channel::InPerson);
    ASSERT_TRUE(french);
    EXPECT_EQ(french.value().language, u"en"_s);
    EXPECT_EQ(french.value().channel, Channel::InPerson);

    const Result<CallScript> regional = library.load(u"te_IN"_s, Channel::InPerson);
    ASSERT_TRUE(regional);
    EXPECT_EQ(regional.value().language, u"te"_s);
    EXPECT_EQ(regional.value().channel, Channel::InPerson);
}

TEST(ScriptLibrary, OverrideFileWinsOverBuiltIn)
{
    QTemporaryDir dir;
    writeFile(
        dir.filePath(u"hi/phone.json"_s), minimalScript(u"hi"_s, u"phone"_s, u"नमस्ते, {company} में आपका स्वागत है।"_s));
    const ScriptLibrary library(dir.path());

    const Result<CallScript> hi = library.load(u"hi"_s, Channel::Phone);
    ASSERT_TRUE(hi) << hi.error().fullText().toStdString();
    EXPECT_EQ(hi.value().steps.size(), 1);
    EXPECT_EQ(hi.value().steps.first().text, u"नमस्ते, {company} में आपका स्वागत है।"_s);

    // Built-in in-person Hindi is more specific than the overridden Hindi phone script.
    const Result<CallScript> inPerson = library.load(u"hi"_s, Channel::InPerson);
    ASSERT_TRUE(inPerson);
    EXPECT_EQ(inPerson.value().channel, Channel::InPerson);
    EXPECT_GT(inPerson.value().steps.size(), 1);
}

TEST(ScriptLibrary, OverrideAddsALanguage)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"es/phone.json"_s), minimalScript(u"es"_s, u"phone"_s, u"Hola."_s));
    const ScriptLibrary library(dir.path());
    EXPECT_TRUE(library.languages().contains(u"es"_s));
    EXPECT_EQ(library.load(u"es"_s, Channel::Phone).value().language, u"es"_s);
}

TEST(ScriptLibrary, MalformedOverrideIsAnErrorNamingTheFileAndOffset)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"ca/phone.json"_s), QByteArray(R"({"language": "ca", "channel": "phone", "steps": [})"));
    const Result<CallScript> r = ScriptLibrary(dir.path()).load(u"ca"_s, Channel::Phone);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(r.error().message.contains(QDir::toNativeSeparators(dir.filePath(u"ca/phone.json"_s))))
        << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(u"line 1, column 50"_s)) << r.error().message.toStdString();
    EXPECT_FALSE(r.error().detail.isEmpty());
}

TEST(ScriptLibrary, OverrideStoredUnderTheWrongLanguageIsAnError)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"te/phone.json"_s), minimalScript(u"en"_s, u"phone"_s, u"Hi."_s));
    const Result<CallScript> r = ScriptLibrary(dir.path()).load(u"te"_s, Channel::Phone);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(u"te"_s + QDir::separator() + u"phone.json"_s))
        << r.error().message.toStdString();
}

TEST(ScriptLibrary, ParseRejectsStructuralErrors)
{
    EXPECT_TRUE(parseError(R"([1, 2])").message.contains(u"JSON object"_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone"})").message.contains(u"\"steps\""_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone", "steps": []})").message.contains(u"\"steps\""_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone", "steps": {}})").message.contains(u"\"steps\""_s));
    EXPECT_TRUE(parseError(R"({"channel": "phone", "steps": [{"id": "greet", "text": "Hola"}]})")
                    .message.contains(u"\"\u2066language\u2069\""_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "fax", "steps": [{"id": "greet", "text": "Hola"}]})")
                    .message.contains(u"fax"_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone", "steps": [{"text": "Hola"}]})")
                    .message.contains(u"step 1"_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone", "steps": [{"id": "greet", "text": ""}]})")
                    .message.contains(u"\"\u2066text\u2069\""_s));
    EXPECT_TRUE(
        parseError(R"({"language": "ca", "channel": "phone", "steps": ["greet"]})").message.contains(u"step 1"_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone",
        "steps": [{"id": "greet", "text": "Hola"}, {"id": "greet", "text": "Bon dia"}]})")
                    .message.contains(u"greet"_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone",
        "steps": [{"id": "greet", "text": "Hola", "optional": "yes"}]})")
                    .message.contains(u"optional"_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone", "steps": [{"id": "greet", "text": "Hola"}],
        "lines": []})")
                    .message.contains(u"lines"_s));
    EXPECT_TRUE(parseError(R"({"language": "ca", "channel": "phone", "steps": [{"id": "greet", "text": "Hola"}],
        "lines": {"apology": 3}})")
                    .message.contains(u"apology"_s));
    EXPECT_TRUE(parseError(R"({"format": 2, "language": "ca", "channel": "phone",
        "steps": [{"id": "greet", "text": "Hola"}]})")
                    .message.contains(u"format 2"_s));
}

TEST(ScriptLibrary, ParseDefaultsTitleToIdAndOptionalToFalse)
{
    const Result<CallScript> r = ScriptLibrary::parse(
        R"({"language": "te", "channel": "in_person", "steps": [{"id": "greet", "text": "నమస్కారం"}], "lines": {"apology": "క్షమించండి"}})",
        u"inline"_s);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().steps.first().title, u"greet"_s);
    EXPECT_FALSE(r.value().steps.first().optional);
    EXPECT_EQ(r.value().lines.value(u"apology"_s), u"క్షమించండి"_s);
}

TEST(ScriptLibrary, CompanyOverrideIsTheFirstNonEmptyLine)
{
    QTemporaryDir dir;
    const ScriptLibrary library(dir.path());
    EXPECT_TRUE(library.companyOverride().isEmpty());
    writeFile(dir.filePath(u"company.txt"_s), "\xEF\xBB\xBF\n  Serveis Catalans SA \nsecond line\n");
    EXPECT_EQ(library.companyOverride(), u"Serveis Catalans SA"_s);
}
