#include "services/ScriptLibrary.h"

#include "services/LanguageRulesFile.h"

#include "i18n/BidiText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {
const QString BuiltInRoot = u":/scripts"_s;
const QString DefaultLanguage = u"en"_s;

Error invalid(const QString& message, const QString& detail = {})
{
    return Error {Error::Code::InvalidInput, message, detail};
}

/// "hi_IN" / "hi-IN" -> {"hi-IN", "hi", "en"}: the exact tag, its primary language, then English.
QStringList languageCandidates(const QString& language)
{
    QStringList candidates;
    const QString tag = language.trimmed().replace(u'_', u'-');
    if (!tag.isEmpty())
        candidates << tag;
    const QString primary = tag.section(u'-', 0, 0).toLower();
    if (!primary.isEmpty() && !candidates.contains(primary))
        candidates << primary;
    if (!candidates.contains(DefaultLanguage))
        candidates << DefaultLanguage;
    return candidates;
}

QString relativeFile(const QString& language, Channel channel)
{
    return language % u'/' % ChannelInfo::key(channel) % u".json";
}

QStringList languageDirs(const QString& root)
{
    QStringList result;
    const QDir dir(root);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QStringList files = QDir(dir.filePath(name)).entryList({u"*.json"_s}, QDir::Files);
        files.removeAll(u"language.json"_s); // rules alone are no script
        if (!files.isEmpty())
            result << name;
    }
    return result;
}

/// The file's path or name as a message shows it: kept left-to-right inside right-to-left text.
QString shownFile(const QString& path)
{
    return BidiText::leftToRight(QDir::toNativeSeparators(path));
}

/// `file` as shownFile() gives it.
Result<QString> requiredString(const QJsonObject& object, const QString& key, const QString& where, const QString& file)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return invalid(ScriptLibrary::tr("The script file %1 has no text for \"%2\" in %3.")
                           .arg(file, BidiText::leftToRight(key), where),
            u"missing or empty string"_s);
    }
    return value.toString();
}
} // namespace

ScriptLibrary::ScriptLibrary(QString overrideDir)
    : m_overrideDir(std::move(overrideDir))
{
    if (m_overrideDir.isEmpty())
        m_overrideDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/scripts"_s;
}

QStringList ScriptLibrary::languages() const
{
    QStringList result = languageDirs(BuiltInRoot);
    for (const QString& language : languageDirs(m_overrideDir)) {
        if (!result.contains(language))
            result << language;
    }
    result.sort();
    return result;
}

Result<CallScript> ScriptLibrary::load(const QString& language, Channel channel) const
{
    QList<Channel> channels {channel};
    if (channel != Channel::Phone)
        channels << Channel::Phone;

    // Most specific first; at each step the organisation's file wins over the built-in one, and a
    // broken override is reported rather than silently replaced by the built-in wording.
    for (const QString& candidate : languageCandidates(language)) {
        for (const Channel c : channels) {
            const QString relative = relativeFile(candidate, c);
            for (const QString& root : {m_overrideDir, BuiltInRoot}) {
                QFile file(root % u'/' % relative);
                if (!file.exists())
                    continue;
                if (!file.open(QIODevice::ReadOnly)) {
                    return Error { Error::Code::NotFound,
                        tr("The script file %1 cannot be read.").arg(shownFile(file.fileName())), file.errorString() };
                }
                Result<CallScript> script = parse(file.readAll(), QDir::toNativeSeparators(file.fileName()));
                if (!script)
                    return script;
                Result<LanguageRules> languageRules = rules(script.value().language);
                if (!languageRules)
                    return languageRules.error();
                script.value().rules = languageRules.take();
                if (script.value().channel != c
                    || script.value().language.compare(candidate, Qt::CaseInsensitive) != 0) {
                    return invalid(tr("The script file %1 says it is for \"%2\" (%3), which does not match where "
                                      "it is stored.")
                                       .arg(shownFile(file.fileName()), BidiText::leftToRight(script.value().language),
                                           BidiText::leftToRight(ChannelInfo::key(script.value().channel))));
                }
                return script;
            }
        }
    }
    return Error { Error::Code::NotFound,
        tr("There is no call script for %1 and no English script to fall back on.")
            .arg(BidiText::leftToRight(language)),
        m_overrideDir };
}

Result<LanguageRules> ScriptLibrary::rules(const QString& language) const
{
    const QString primary = language.trimmed().replace(u'_', u'-').section(u'-', 0, 0).toLower();
    Result<LanguageRules> own = rulesOf(language.trimmed().replace(u'_', u'-'));
    if (own && own.value().language.isEmpty() && primary != language)
        own = rulesOf(primary);
    if (!own)
        return own;
    LanguageRules result = own.take();
    if (result.language.isEmpty())
        result.language = language;
    // A card's salutation may be in any language the program shows: "श्रीमती" read in an English script.
    for (const QString& other : languages()) {
        const Result<LanguageRules> theirs = other == result.language ? Result<LanguageRules>(result) : rulesOf(other);
        if (!theirs)
            continue; // reported when that language's script is loaded
        for (auto it = theirs.value().salutations.begin(); it != theirs.value().salutations.end(); ++it) {
            for (const QString& word : it.value())
                result.recognised.insert(word.toCaseFolded(), it.key());
        }
    }
    return result;
}

Result<LanguageRules> ScriptLibrary::rulesOf(const QString& language) const
{
    for (const QString& root : {m_overrideDir, BuiltInRoot}) {
        QFile file(root % u'/' % language % u"/language.json");
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            return Error { Error::Code::NotFound,
                tr("The script file %1 cannot be read.").arg(shownFile(file.fileName())), file.errorString() };
        }
        return LanguageRulesFile::parse(file.readAll(), QDir::toNativeSeparators(file.fileName()));
    }
    return LanguageRules {};
}

QString ScriptLibrary::companyOverride() const
{
    QFile file(m_overrideDir + u"/company.txt"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // First non-empty line only: the file may end with a newline or carry a comment below.
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.startsWith(u'\uFEFF') ? trimmed.mid(1).trimmed() : trimmed;
    }
    return {};
}

Result<CallScript> ScriptLibrary::parse(const QByteArray& json, const QString& origin)
{
    const QString file = shownFile(origin);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column, as an editor shows them; Qt's offset counts UTF-8 bytes.
        const QString before = QString::fromUtf8(json.left(parseError.offset));
        const qsizetype line = before.count(u'\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf(u'\n') + 1);
        return invalid(
            tr("The script file %1 is not valid JSON (error at line %2, column %3).").arg(file).arg(line).arg(column),
            parseError.errorString() + u" (byte "_s + QString::number(parseError.offset) + u')');
    }
    if (!document.isObject())
        return invalid(tr("The script file %1 must contain a JSON object.").arg(file));
    const QJsonObject root = document.object();

    const int format = root.value(u"format"_s).toInt(1);
    if (format > FormatVersion) {
        return invalid(tr("The script file %1 uses format %2; this version of Cordial reads format %3 or older.")
                           .arg(file)
                           .arg(format)
                           .arg(FormatVersion));
    }

    CallScript script;
    const Result<QString> language = requiredString(root, u"language"_s, tr("the file"), file);
    if (!language)
        return language.error();
    script.language = language.value().trimmed();

    const QString channelKey = root.value(u"channel"_s).toString();
    const std::optional<Channel> channel = ChannelInfo::fromKey(channelKey);
    if (!channel) {
        return invalid(
            tr("The script file %1 names an unknown channel \"%2\".").arg(file, BidiText::leftToRight(channelKey)),
            u"expected one of phone, in_person, voicemail, letter, email, web_form"_s);
    }
    script.channel = *channel;

    const QJsonValue stepsValue = root.value(u"steps"_s);
    if (!stepsValue.isArray() || stepsValue.toArray().isEmpty())
        return invalid(tr("The script file %1 has no \"steps\" list.").arg(file));

    QSet<QString> seen;
    const QJsonArray steps = stepsValue.toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString where = tr("step %1").arg(i + 1);
        if (!steps.at(i).isObject())
            return invalid(tr("In the script file %1, %2 is not a JSON object.").arg(file, where));
        const QJsonObject object = steps.at(i).toObject();
        ScriptStep step;
        const Result<QString> id = requiredString(object, u"id"_s, where, file);
        if (!id)
            return id.error();
        step.id = id.value().trimmed();
        if (seen.contains(step.id))
            return invalid(
                tr("The script file %1 has two steps with the id \"%2\".").arg(file, BidiText::leftToRight(step.id)));
        seen.insert(step.id);
        const Result<QString> text = requiredString(object, u"text"_s, where, file);
        if (!text)
            return text.error();
        step.text = text.value();
        step.title = object.value(u"title"_s).toString(step.id);
        const QJsonValue optional = object.value(u"optional"_s);
        if (!optional.isUndefined() && !optional.isBool()) {
            return invalid(tr("In the script file %1, \"optional\" of step \"%2\" must be true or false.")
                               .arg(file, BidiText::leftToRight(step.id)));
        }
        step.optional = optional.toBool(false);
        script.steps.append(step);
    }

    const QJsonValue linesValue = root.value(u"lines"_s);
    if (!linesValue.isUndefined() && !linesValue.isObject())
        return invalid(tr("In the script file %1, \"lines\" must be a JSON object.").arg(file));
    const QJsonObject lines = linesValue.toObject();
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        if (!it.value().isString()) {
            return invalid(
                tr("In the script file %1, the line \"%2\" must be text.").arg(file, BidiText::leftToRight(it.key())));
        }
        script.lines.insert(it.key(), it.value().toString());
    }
    return script;
}

QStringList ScriptLibrary::requiredSteps()
{
    return {u"greet"_s, u"clarify"_s, u"restate"_s, u"more_help"_s, u"close"_s};
}

QStringList ScriptLibrary::requiredLines()
{
    return {u"apology"_s, u"hold_ask"_s, u"abusive_hold"_s, u"abusive_supervisor"_s, u"transfer_warm"_s,
        u"transfer_cold"_s};
}
