#include "integration/ImportColumns.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
/// "E-mail address" -> "emailaddress": case, spaces, dashes, underscores and dots do not count.
QString squeezed(const QString& name)
{
    QString out;
    for (const QChar c : name.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

const QHash<QString, ImportField>& synonyms()
{
    static const QHash<QString, ImportField> table = [] {
        const QList<std::pair<ImportField, QStringList>> names {
            { ImportField::Salutation, { u"salutation"_s, u"title"_s, u"honorific"_s, u"prefix"_s } },
            { ImportField::GivenName, { u"givenname"_s, u"firstname"_s, u"forename"_s, u"first"_s, u"given"_s } },
            { ImportField::FamilyName,
                { u"familyname"_s, u"lastname"_s, u"surname"_s, u"last"_s, u"family"_s } },
            { ImportField::Phone,
                { u"phone"_s, u"phonenumber"_s, u"telephone"_s, u"tel"_s, u"mobile"_s, u"mobilephone"_s, u"cell"_s,
                    u"cellphone"_s, u"mainphone"_s, u"number"_s } },
            { ImportField::OtherPhones,
                { u"otherphones"_s, u"otherphone"_s, u"phone2"_s, u"additionalphones"_s, u"morephones"_s } },
            { ImportField::Email, { u"email"_s, u"emailaddress"_s, u"mail"_s } },
            { ImportField::Address, { u"address"_s, u"postaladdress"_s, u"streetaddress"_s } },
            { ImportField::Country, { u"country"_s, u"countrycode"_s, u"region"_s } },
            { ImportField::PreferredLanguage,
                { u"preferredlanguage"_s, u"language"_s, u"lang"_s, u"locale"_s } },
            { ImportField::Tags, { u"tags"_s, u"tag"_s, u"labels"_s } },
        };
        QHash<QString, ImportField> out;
        for (const auto& [field, list] : names) {
            for (const QString& name : list)
                out.insert(name, field);
        }
        return out;
    }();
    return table;
}
} // namespace

ImportColumns::ImportColumns(const QStringList& header)
    : m_header(header)
{
    for (const QString& name : header) {
        ImportField field = synonyms().value(squeezed(name), ImportField::Unknown);
        // A second phone column ("Phone 2" aside) adds to the other numbers rather than replacing the first.
        if (field == ImportField::Phone && m_fields.contains(ImportField::Phone))
            field = ImportField::OtherPhones;
        else if (field != ImportField::Unknown && field != ImportField::OtherPhones && m_fields.contains(field))
            field = ImportField::Unknown;
        m_fields << field;
    }
}

QStringList ImportColumns::unknownColumns() const
{
    QStringList out;
    for (int i = 0; i < columnCount(); ++i) {
        if (m_fields.at(i) == ImportField::Unknown)
            out << m_header.at(i);
    }
    return out;
}

bool ImportColumns::identifiesCustomers() const
{
    return m_fields.contains(ImportField::GivenName) || m_fields.contains(ImportField::FamilyName)
        || m_fields.contains(ImportField::Phone);
}

QList<ImportField> ImportColumns::allFields()
{
    return { ImportField::Salutation, ImportField::GivenName, ImportField::FamilyName, ImportField::Phone,
        ImportField::OtherPhones, ImportField::Email, ImportField::Address, ImportField::Country,
        ImportField::PreferredLanguage, ImportField::Tags };
}

QString ImportColumns::exportHeader(ImportField field)
{
    switch (field) {
    case ImportField::Salutation: return u"Salutation"_s;
    case ImportField::GivenName: return u"Given name"_s;
    case ImportField::FamilyName: return u"Family name"_s;
    case ImportField::Phone: return u"Phone"_s;
    case ImportField::OtherPhones: return u"Other phones"_s;
    case ImportField::Email: return u"E-mail"_s;
    case ImportField::Address: return u"Address"_s;
    case ImportField::Country: return u"Country"_s;
    case ImportField::PreferredLanguage: return u"Preferred language"_s;
    case ImportField::Tags: return u"Tags"_s;
    case ImportField::Unknown: break;
    }
    return {};
}

QString ImportColumns::displayName(ImportField field)
{
    switch (field) {
    case ImportField::Salutation: return tr("Salutation");
    case ImportField::GivenName: return tr("Given name");
    case ImportField::FamilyName: return tr("Family name");
    case ImportField::Phone: return tr("Phone");
    case ImportField::OtherPhones: return tr("Other phones");
    case ImportField::Email: return tr("E-mail");
    case ImportField::Address: return tr("Address");
    case ImportField::Country: return tr("Country");
    case ImportField::PreferredLanguage: return tr("Preferred language");
    //: Column of a customer file: free labels such as "VIP"
    case ImportField::Tags: return tr("Tags");
    //: Column of an imported file that fills no customer field
    case ImportField::Unknown: return tr("Not imported");
    }
    return {};
}
