#include "domain/ImportIdentity.h"

#include <phonenumbers/phonenumberutil.h>

#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumberUtil;

ImportIdentity::Phone ImportIdentity::phone(const QString& normalized, const QString& region)
{
    Phone out;
    out.national = normalized.startsWith(u'+') ? normalized.mid(1) : normalized;
    if (normalized.isEmpty())
        return out;
    const bool international = normalized.startsWith(u'+');
    if (!international && region.isEmpty())
        return out;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    const std::string regionCode = international ? std::string("ZZ") : region.toStdString();
    if (util.Parse(normalized.toStdString(), regionCode, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return out;
    std::string e164;
    util.Format(parsed, PhoneNumberUtil::E164, &e164);
    std::string national;
    util.GetNationalSignificantNumber(parsed, &national);
    std::string parsedRegion;
    util.GetRegionCodeForNumber(parsed, &parsedRegion);
    out.e164 = QString::fromStdString(e164);
    out.national = QString::fromStdString(national);
    out.region = parsedRegion == "ZZ" ? QString() : QString::fromStdString(parsedRegion);
    return out;
}

QString ImportIdentity::foldedName(const QString& givenName, const QString& familyName)
{
    const QString name = QString(givenName + u' ' + familyName).simplified();
    return name.normalized(QString::NormalizationForm_C).toCaseFolded().normalized(QString::NormalizationForm_C);
}
