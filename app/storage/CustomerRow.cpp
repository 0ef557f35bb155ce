#include "storage/CustomerRow.h"

#include "storage/SqlStatement.h"

using namespace Qt::StringLiterals;

const QString& CustomerRow::columns()
{
    static const QString columns = u"c.id, c.salutation, c.given_name, c.family_name, c.phone, c.email, c.address, "
                                   u"c.preferred_language, c.created_ms, c.sort_key, c.country, c.tags, "
                                   u"c.last_contact_ms"_s;
    return columns;
}

Customer CustomerRow::read(const SqlStatement& q)
{
    Customer c;
    c.id = q.integer(0);
    c.salutation = q.text(1);
    c.givenName = q.text(2);
    c.familyName = q.text(3);
    c.phone = q.text(4);
    c.email = q.text(5);
    c.address = q.text(6);
    c.preferredLanguage = q.text(7);
    c.createdUtc = q.time(8);
    c.country = q.text(10);
    c.tags = q.text(11).split(u'\n', Qt::SkipEmptyParts);
    if (const qint64 lastContact = q.integer(LastContactColumn); lastContact > 0)
        c.lastContactUtc = QDateTime::fromMSecsSinceEpoch(lastContact, Qt::UTC);
    return c;
}
