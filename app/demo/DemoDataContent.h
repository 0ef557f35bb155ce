#pragma once

#include <QList>
#include <QString>

/// The fixed text behind DemoData: people in Hindi, Telugu, Urdu, Catalan and English, and
/// customer-service topics written in each of those languages.
class DemoDataContent final
{
public:
    struct Person
    {
        const char16_t* salutation;
        const char16_t* givenName;
        const char16_t* familyName;
        const char16_t* phone;
        const char16_t* email;
        const char16_t* address;
        const char16_t* language;
    };

    struct Topic
    {
        const char16_t* subject;
        const char16_t* summary;
    };

    struct Staff
    {
        const char16_t* name;
        const char16_t* login;
        const char16_t* role;
        const char16_t* department;
        const char16_t* language; ///< customers in this language are mostly served by this agent
    };

    static QList<Person> people();
    static QList<Topic> topics(const QString& language);
    static QList<Staff> staff();
};
