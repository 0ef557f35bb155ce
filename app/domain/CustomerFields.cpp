#include "domain/CustomerFields.h"

using namespace Qt::StringLiterals;

namespace {

struct FieldKey
{
    CustomerField field;
    QStringView key;
};

constexpr FieldKey Keys[] = {
    {CustomerField::Salutation, u"salutation"},
    {CustomerField::GivenName, u"given_name"},
    {CustomerField::FamilyName, u"family_name"},
    {CustomerField::Phone, u"phone"},
    {CustomerField::OtherPhones, u"other_phones"},
    {CustomerField::Email, u"email"},
    {CustomerField::Address, u"address"},
    {CustomerField::PreferredLanguage, u"preferred_language"},
    {CustomerField::Country, u"country"},
    {CustomerField::Tags, u"tags"},
};

QStringList lines(const QString& text)
{
    QStringList list;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (const QString item = line.trimmed(); !item.isEmpty())
            list << item;
    }
    return list;
}

} // namespace

const QList<CustomerField>& CustomerFields::all()
{
    static const QList<CustomerField> fields = [] {
        QList<CustomerField> list;
        for (const FieldKey& k : Keys)
            list << k.field;
        return list;
    }();
    return fields;
}

QString CustomerFields::key(CustomerField field)
{
    for (const FieldKey& k : Keys) {
        if (k.field == field)
            return k.key.toString();
    }
    return {};
}

std::optional<CustomerField> CustomerFields::fromKey(QStringView key)
{
    for (const FieldKey& k : Keys) {
        if (k.key == key)
            return k.field;
    }
    return std::nullopt;
}

QString CustomerFields::value(const Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::Salutation:
        return c.salutation;
    case CustomerField::GivenName:
        return c.givenName;
    case CustomerField::FamilyName:
        return c.familyName;
    case CustomerField::Phone:
        return c.phone;
    case CustomerField::OtherPhones:
        return c.otherPhones.join(u'\n');
    case CustomerField::Email:
        return c.email;
    case CustomerField::Address:
        return c.address;
    case CustomerField::PreferredLanguage:
        return c.preferredLanguage;
    case CustomerField::Country:
        return c.country;
    case CustomerField::Tags:
        return c.tags.join(u'\n');
    }
    return {};
}

void CustomerFields::setValue(Customer& c, CustomerField field, const QString& value)
{
    switch (field) {
    case CustomerField::Salutation:
        c.salutation = value;
        break;
    case CustomerField::GivenName:
        c.givenName = value;
        break;
    case CustomerField::FamilyName:
        c.familyName = value;
        break;
    case CustomerField::Phone:
        c.phone = value;
        break;
    case CustomerField::OtherPhones:
        c.otherPhones = lines(value);
        break;
    case CustomerField::Email:
        c.email = value;
        break;
    case CustomerField::Address:
        c.address = value;
        break;
    case CustomerField::PreferredLanguage:
        c.preferredLanguage = value;
        break;
    case CustomerField::Country:
        c.country = value;
        break;
    case CustomerField::Tags:
        c.tags = lines(value);
        break;
    }
}

QList<CustomerChange> CustomerFields::between(const Customer& before, const Customer& after)
{
    QList<CustomerChange> changes;
    for (const CustomerField field : all()) {
        const QString old = value(before, field);
        const QString now = value(after, field);
        if (old != now)
            changes << CustomerChange {field, old, now};
    }
    return changes;
}
