#include "panels/CustomerFieldNames.h"

QString CustomerFieldNames::name(CustomerField field)
{
    switch (field) {
    case CustomerField::Salutation:
        //: Customer card field: how the customer is addressed (Ms., Dr., श्रीमती)
        return tr("Salutation");
    case CustomerField::GivenName:
        return tr("Given name");
    case CustomerField::FamilyName:
        return tr("Family name");
    case CustomerField::Phone:
        //: Customer card field: the main phone number
        return tr("Phone");
    case CustomerField::OtherPhones:
        return tr("Other phones");
    case CustomerField::Email:
        return tr("E-mail");
    case CustomerField::Address:
        return tr("Address");
    case CustomerField::PreferredLanguage:
        //: Customer card field: the language the customer prefers to be served in
        return tr("Language");
    case CustomerField::Country:
        return tr("Country");
    case CustomerField::Tags:
        //: Customer card field: free labels such as VIP
        return tr("Tags");
    }
    return {};
}

QString CustomerFieldNames::caption(CustomerField field)
{
    //: A form caption: %1 is a field name such as "Given name"
    const QString label = CustomerFieldNames::name(field); // a translated field name, not a value
    return tr("%1:").arg(label);
}

QString CustomerFieldNames::nameOfKey(const QString& key)
{
    const std::optional<CustomerField> field = CustomerFields::fromKey(key);
    return field ? name(*field) : key;
}
