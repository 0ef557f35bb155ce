#include "domain/PhoneFormat.h"

#include "domain/PhoneNumber.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <string>

using i18n::phonenumbers::PhoneNumberUtil;

namespace {

std::string regionCode(const QString& region)
{
    const QString code = region.trimmed().toUpper();
    return code.size() == 2 ? code.toStdString() : std::string("ZZ");
}

} // namespace

QString PhoneFormat::forDisplay(QStringView typed, const QString& customerRegion, const QString& teamRegion)
{
    const QString asTyped = typed.trimmed().toString();
    // The same reading rules as everywhere else (digits of any script, separators dropped).
    const Result<QString> normalized = PhoneNumber::normalize(typed);
    if (!normalized)
        return asTyped;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    const std::string team = regionCode(teamRegion);
    const std::string region = customerRegion.trimmed().isEmpty() ? team : regionCode(customerRegion);
    i18n::phonenumbers::PhoneNumber parsed;
    if (util.Parse(normalized.value().toStdString(), region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return asTyped;
    if (!util.IsPossibleNumber(parsed))
        return asTyped;
    std::string regionOfNumber;
    util.GetRegionCodeForNumber(parsed, &regionOfNumber);
    std::string out;
    const bool home = team != "ZZ" && (regionOfNumber == team || parsed.country_code() == util.GetCountryCodeForRegion(team));
    util.Format(parsed, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return out.empty() ? asTyped : QString::fromStdString(out);
}

QString PhoneFormat::regionOf(const QLocale& locale)
{
    const QString name = locale.name(); // "hi_IN"
    const qsizetype sep = name.indexOf(u'_');
    if (sep < 0)
        return {};
    const QString region = name.mid(sep + 1);
    return region.size() == 2 ? region : QString();
}
