#pragma once

#include "domain/Customer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// The fields of a customer card an agent edits, as the audit trail names them.
enum class CustomerField {
    Salutation,
    GivenName,
    FamilyName,
    Phone,
    OtherPhones,
    Email,
    Address,
    PreferredLanguage,
    Country,
    Tags,
};

/// One changed field: its value before and after, lists one item per line.
struct CustomerChange
{
    CustomerField field = CustomerField::Salutation;
    QString oldValue;
    QString newValue;
};

/// Reads, writes and compares the editable fields of a card by field (audit trail, merge).
class CustomerFields final
{
public:
    /// Every editable field, in the order a card shows them.
    static const QList<CustomerField>& all();
    /// The stable key stored in customer_audit.field ("given_name").
    static QString key(CustomerField field);
    static std::optional<CustomerField> fromKey(QStringView key);
    /// The field's value as text: lists (other phones, tags) one item per line.
    static QString value(const Customer& customer, CustomerField field);
    static void setValue(Customer& customer, CustomerField field, const QString& value);
    /// The fields whose values differ, in the order of all().
    static QList<CustomerChange> between(const Customer& before, const Customer& after);
};
