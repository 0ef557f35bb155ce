#include "domain/PhoneKeys.h"

#include <QLocale>
#include <QMutex>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

QMutex s_regionMutex;
QString s_defaultRegion = PhoneKeys::systemRegion();

/// ASCII digits of `text`, any script's decimal digits converted.
QString asciiDigits(QStringView text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        const int value = QChar::digitValue(c);
        if (value >= 0 && value <= 9)
            out.append(QChar(u'0' + value));
    }
    return out;
}

QString reversedOf(const QString& digits)
{
    QString out = digits;
    std::reverse(out.begin(), out.end());
    return out;
}

/// Parses "+digits" or national digits for `region`; false when libphonenumber cannot.
bool parse(const QString& number, const QString& region, i18n::phonenumbers::PhoneNumber* parsed)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    return util.Parse(number.toStdString(), region.isEmpty() ? std::string("ZZ") : region.toStdString(), parsed)
        == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString nationalOf(const i18n::phonenumbers::PhoneNumber& parsed)
{
    std::string nsn;
    PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(parsed, &nsn);
    return QString::fromStdString(nsn);
}

/// Drops "(0)" (a trunk prefix written after the country code) from an international number.
QString withoutBracketedTrunk(QStringView text)
{
    QString out = text.toString();
    static const QString trunk = u"(0)"_s;
    out.replace(trunk, QString());
    // Also with spaces inside, "( 0 )".
    QString compact;
    for (const QChar c : out) {
        if (!c.isSpace())
            compact.append(c);
    }
    compact.replace(trunk, QString());
    return compact;
}

bool isInternational(QStringView trimmed, const QString& digits)
{
    return trimmed.startsWith(u'+') || digits.startsWith(u"00"_s);
}

} // namespace

QString PhoneKeys::systemRegion()
{
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory == QLocale::AnyTerritory || territory == QLocale::World)
        return {};
    return QLocale::territoryToCode(territory);
}

QString PhoneKeys::defaultRegion()
{
    const QMutexLocker lock(&s_regionMutex);
    return s_defaultRegion;
}

void PhoneKeys::setDefaultRegion(const QString& region)
{
    const QMutexLocker lock(&s_regionMutex);
    s_defaultRegion = region.trimmed().toUpper();
}

PhoneKeys PhoneKeys::of(QStringView typed, const QString& country)
{
    PhoneKeys keys;
    const QStringView trimmed = typed.trimmed();
    QString digits = asciiDigits(trimmed);
    if (digits.isEmpty())
        return keys;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    bool known = false;
    if (isInternational(trimmed, digits)) {
        const QString international = asciiDigits(withoutBracketedTrunk(trimmed));
        const QString body = international.startsWith(u"00"_s) && !trimmed.startsWith(u'+') ? international.mid(2)
                                                                                            : international;
        known = parse(u"+"_s + body, {}, &parsed);
        digits = body;
    } else {
        const QString region = country.isEmpty() ? defaultRegion() : country;
        if (!region.isEmpty())
            known = parse(digits, region, &parsed);
    }
    if (known && parsed.country_code() > 0) {
        std::string e164;
        util.Format(parsed, PhoneNumberUtil::E164, &e164);
        keys.e164 = QString::fromStdString(e164);
        keys.national = nationalOf(parsed);
        std::string region;
        util.GetRegionCodeForNumber(parsed, &region);
        if (region.empty() || region == "ZZ")
            util.GetRegionCodeForCountryCode(parsed.country_code(), &region);
        keys.region = region == "ZZ" ? QString() : QString::fromStdString(region);
        keys.reversed = reversedOf(keys.e164.mid(1));
        return keys;
    }
    // No country known: the national number is the digits without a trunk zero.
    keys.national = digits.startsWith(u'0') && !digits.startsWith(u"00"_s) ? digits.mid(1) : digits;
    keys.reversed = reversedOf(digits);
    return keys;
}

std::optional<PhoneQuery> PhoneQuery::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    int count = 0;
    for (const char32_t c : trimmed.toUcs4()) {
        if (QChar::isDigit(c)) {
            ++count;
            continue;
        }
        if (c == U' ' || c == U'+' || c == U'-' || c == U'(' || c == U')' || c == U'.' || c == U'\u00A0')
            continue;
        return std::nullopt;
    }
    if (count < MinDigits)
        return std::nullopt;
    if (trimmed.indexOf(u'+') > 0)
        return std::nullopt; // a "+" inside is not a number
    PhoneQuery query;
    const QString allDigits = asciiDigits(trimmed);
    if (isInternational(trimmed, allDigits)) {
        query.kind = Kind::International;
        const QString digits = asciiDigits(withoutBracketedTrunk(trimmed));
        query.digits = trimmed.startsWith(u'+') ? digits : digits.mid(2);
        query.e164 = u"+"_s + query.digits;
        i18n::phonenumbers::PhoneNumber parsed;
        const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
        if (util.Parse(query.e164.toStdString(), "ZZ", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR)
            query.national = nationalOf(parsed);
        if (query.digits.isEmpty())
            return std::nullopt;
        return query;
    }
    query.digits = allDigits;
    if (allDigits.startsWith(u'0')) {
        query.kind = Kind::National;
        query.national = allDigits.mid(1);
    }
    return query;
}
