#include "domain/Customer.h"

using namespace Qt::StringLiterals;

QString Customer::fullName() const
{
    return QString(givenName.trimmed() + u' ' + familyName.trimmed()).trimmed();
}

QString Customer::formalName() const
{
    const QString family = familyName.trimmed();
    if (family.isEmpty())
        return fullName();
    const QString title = salutation.trimmed();
    return title.isEmpty() ? fullName() : title + u' ' + family;
}
