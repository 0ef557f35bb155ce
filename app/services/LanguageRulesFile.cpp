#include "services/LanguageRulesFile.h"

#include "i18n/BidiText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
Error invalid(const QString& message, const QString& detail = {})
{
    return Error {Error::Code::InvalidInput, message, detail};
}

/// An object of text values; false when `value` is present and is something else.
bool readTexts(const QJsonValue& value, QHash<QString, QString>& out)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return false;
        out.insert(it.key(), it.value().toString());
    }
    return true;
}

/// An object of hour ("0".."23") -> text.
template<typename Map>
bool readHours(const QJsonValue& value, Map& out)
{
    QHash<QString, QString> texts;
    if (!readTexts(value, texts))
        return false;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        bool ok = false;
        const int hour = it.key().toInt(&ok);
        if (!ok || hour < 0 || hour > 23)
            return false;
        out.insert(hour, it.value());
    }
    return true;
}
} // namespace

Result<LanguageRules> LanguageRulesFile::parse(const QByteArray& json, const QString& origin)
{
    const QString file = BidiText::leftToRight(origin);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(
            tr("The language rules file %1 is not a valid JSON object.").arg(file), parseError.errorString());
    }
    const QJsonObject root = document.object();
    LanguageRules rules;
    rules.language = root.value(u"language"_s).toString().trimmed();
    if (rules.language.isEmpty())
        return invalid(tr("The language rules file %1 does not say its language.").arg(file));

    const auto wrong = [&file](const QString& key) {
        return invalid(tr("In the language rules file %1, \"%2\" is not in the documented form.")
                           .arg(file, BidiText::leftToRight(key)));
    };
    const QJsonValue salutations = root.value(u"salutations"_s);
    if (!salutations.isUndefined() && !salutations.isObject())
        return wrong(u"salutations"_s);
    const QJsonObject kinds = salutations.toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        if (!it.value().isArray())
            return wrong(u"salutations"_s);
        QStringList words;
        for (const QJsonValue& word : it.value().toArray()) {
            if (!word.isString())
                return wrong(u"salutations"_s);
            words << word.toString().trimmed();
        }
        rules.salutations.insert(it.key(), words);
    }
    const QJsonValue address = root.value(u"address"_s);
    if (!address.isUndefined()
        && (!address.isObject() || !readTexts(address.toObject().value(u"vocative"_s), rules.vocative)
            || !readTexts(address.toObject().value(u"reference"_s), rules.reference))) {
        return wrong(u"address"_s);
    }
    if (const QJsonValue comma = root.value(u"comma"_s); comma.isString() && !comma.toString().isEmpty())
        rules.comma = comma.toString();
    if (!readTexts(root.value(u"fallbacks"_s), rules.fallbacks))
        return wrong(u"fallbacks"_s);

    const QJsonValue contractions = root.value(u"contractions"_s);
    if (!contractions.isUndefined() && !contractions.isArray())
        return wrong(u"contractions"_s);
    for (const QJsonValue& value : contractions.toArray()) {
        const QJsonObject object = value.toObject();
        Contraction c {object.value(u"word"_s).toString(), object.value(u"contracted"_s).toString(),
            object.value(u"before"_s).toString()};
        if (c.word.isEmpty() || c.contracted.isEmpty() || c.before.isEmpty())
            return wrong(u"contractions"_s);
        rules.contractions.append(c);
    }

    const QJsonValue when = root.value(u"when"_s);
    if (!when.isUndefined()) {
        const QJsonObject object = when.toObject();
        rules.when.pattern = object.value(u"pattern"_s).toString();
        rules.when.time = object.value(u"time"_s).toString();
        if (!when.isObject() || rules.when.pattern.isEmpty() || rules.when.time.isEmpty()
            || !readHours(object.value(u"periods"_s), rules.when.periods)
            || !readHours(object.value(u"time_by_hour"_s), rules.when.timeByHour)) {
            return wrong(u"when"_s);
        }
    }
    return rules;
}
