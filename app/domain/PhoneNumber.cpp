#include "domain/PhoneNumber.h"

#include "i18n/BidiText.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <string>

using namespace Qt::StringLiterals;

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

/// The typed number as a message quotes it: cut short, kept left-to-right inside right-to-left text.
QString shownNumber(QStringView typed)
{
    return BidiText::leftToRight(typed.trimmed().left(40).toString());
}

bool isVisualSeparator(QChar c)
{
    return c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/' || c.isSpace()
        || c.category() == QChar::Punctuation_Dash || c.category() == QChar::Other_Format;
}

Error invalid(const QString& message)
{
    return Error {Error::Code::InvalidInput, message, {}};
}

/// What libphonenumber says of an international number ("+" and ASCII digits); empty when it is possible.
QString internationalProblem(const QString& number, QStringView typed)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    // "ZZ": no default region; the number starts with "+" and names its country itself.
    const PhoneNumberUtil::ErrorType error = util.Parse(number.toStdString(), "ZZ", &parsed);
    const QString shown = shownNumber(typed);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumber::tr("“%1” does not start with a country code: check the digits after the “+”.").arg(shown);
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNumber::tr("“%1” is too long to be a phone number.").arg(shown);
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return {}; // short numbers (services, extensions of a switchboard) are the agent's call
    }
    if (util.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil::TOO_LONG) {
        return PhoneNumber::tr("“%1” is too long for a phone number with the country code +%2.")
            .arg(shown, QString::number(parsed.country_code()));
    }
    return {};
}

} // namespace

bool PhoneNumber::hasDigit(QStringView text)
{
    // Digits outside the Basic Multilingual Plane come as surrogate pairs: read code points.
    for (const char32_t u : text.toUcs4()) {
        if (QChar::isDigit(u))
            return true;
    }
    return false;
}

Result<QString> PhoneNumber::normalize(QStringView text, bool allowStarHash)
{
    QString out;
    out.reserve(text.size());
    int digits = 0;
    const QList<uint> units = text.toUcs4();
    for (const char32_t c : units) {
        if (c <= 0xFFFF && isVisualSeparator(QChar(static_cast<char16_t>(c))))
            continue;
        if (c == U'+' && out.isEmpty()) {
            out.append(u'+');
            continue;
        }
        const int value = QChar::digitValue(c);
        if (value >= 0 && value <= 9) {
            out.append(QChar(u'0' + value));
            ++digits;
        } else if (allowStarHash && (c == U'*' || c == U'#')) {
            out.append(QChar(static_cast<char16_t>(c)));
        } else {
            return invalid(tr("“%1” is not a phone number: it contains the character “%2”.")
                               .arg(shownNumber(text), BidiText::isolated(QString::fromUcs4(&c, 1))));
        }
    }
    if (digits == 0)
        return invalid(tr("“%1” holds no digits: enter the phone number.").arg(shownNumber(text)));
    if (digits > MaxDigits) {
        //: %1 is the most digits a phone number has (15), %2 how many were typed (more).
        return invalid(tr("A phone number has at most %1 digits, country code included; this one has %2. Check "
                          "the number with the customer.")
                           .arg(QLocale().toString(MaxDigits), QLocale().toString(digits)));
    }
    if (out.startsWith(u'+')) {
        if (const QString problem = internationalProblem(out, text); !problem.isEmpty())
            return invalid(problem);
    }
    return out;
}
