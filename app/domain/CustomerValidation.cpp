#include "domain/CustomerValidation.h"

#include "domain/PhoneNumber.h"
#include "i18n/BidiText.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool plausibleEmail(const QString& email)
{
    // One "@" with something before it and a dotted domain after it, no spaces: enough to catch a typo
    // (a missing "@", a phone number in the wrong field) without refusing real addresses.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern.match(email).hasMatch();
}

} // namespace

QList<CustomerValidation::Problem> CustomerValidation::check(const Customer& c)
{
    QList<Problem> problems;
    if (c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty())
        problems << Problem {CustomerField::GivenName, tr("Enter the customer's given name or family name.")};
    const auto tooLong = [&](CustomerField field, const QString& value, int max) {
        if (value.size() > max) {
            //: %1 is the most characters the field takes
            problems << Problem {field, tr("This field takes at most %1 characters.").arg(QLocale().toString(max))};
        }
    };
    tooLong(CustomerField::Salutation, c.salutation, MaxLineLength);
    tooLong(CustomerField::GivenName, c.givenName, MaxLineLength);
    tooLong(CustomerField::FamilyName, c.familyName, MaxLineLength);
    tooLong(CustomerField::Email, c.email, MaxLineLength);
    tooLong(CustomerField::Address, c.address, MaxAddressLength);
    if (!c.phone.trimmed().isEmpty()) {
        if (const Result<QString> phone = PhoneNumber::normalize(c.phone, true); !phone)
            problems << Problem {CustomerField::Phone, phone.error().message};
    }
    for (const QString& other : c.otherPhones) {
        if (const Result<QString> phone = PhoneNumber::normalize(other, true); !phone) {
            problems << Problem {CustomerField::OtherPhones, phone.error().message};
            break;
        }
    }
    if (const QString email = c.email.trimmed(); !email.isEmpty() && !plausibleEmail(email)) {
        problems << Problem {CustomerField::Email,
            tr("“%1” is not an e-mail address: it needs a name, an “@” and a domain, such as name@example.com.")
                .arg(BidiText::leftToRight(email.left(60)))};
    }
    static const QRegularExpression region(u"^[A-Za-z]{2}$"_s);
    if (const QString country = c.country.trimmed(); !country.isEmpty() && !region.match(country).hasMatch()) {
        problems << Problem {CustomerField::Country,
            tr("Enter the country as its two-letter code, such as IN, PK or ES, or leave it empty.")};
    }
    return problems;
}
