#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// The customer fields a CSV column can fill, recognised by header name.
enum class ImportField {
    Unknown = -1,
    Salutation,
    GivenName,
    FamilyName,
    Phone,
    OtherPhones,
    Email,
    Address,
    Country,
    PreferredLanguage,
    Tags,
};

/// Which column of an imported file goes to which customer field, read from the header line: English
/// names and the headers Cordial's own export writes, compared without case, spaces, dashes or
/// underscores, with a few synonyms ("First name", "Surname", "Mobile", "E-mail"). Columns it does not
/// know are listed by name, never dropped silently.
class ImportColumns final
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    ImportColumns() = default;
    explicit ImportColumns(const QStringList& header);

    int columnCount() const { return static_cast<int>(m_fields.size()); }
    ImportField field(int column) const { return m_fields.value(column, ImportField::Unknown); }
    QString header(int column) const { return m_header.value(column); }
    QStringList header() const { return m_header; }
    /// Headers of the columns that fill no field, in file order.
    QStringList unknownColumns() const;
    /// True when some column gives a name or a phone: without one, no row can make a customer.
    bool identifiesCustomers() const;

    /// The header Cordial's export writes for `field` (also recognised on import).
    static QString exportHeader(ImportField field);
    /// The field's name in the user's language, for the preview and for reasons.
    static QString displayName(ImportField field);
    /// Every field, in export order.
    static QList<ImportField> allFields();

private:
    QStringList m_header;
    QList<ImportField> m_fields;
};
