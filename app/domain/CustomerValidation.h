#pragma once

#include "domain/Customer.h"
#include "domain/CustomerFields.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// What is wrong with a card before it is stored: each problem names its field and says, translated,
/// what to do. Phones follow PhoneNumber::normalize (the rule of calls and new cards).
class CustomerValidation final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerValidation)

public:
    struct Problem
    {
        CustomerField field;
        QString message; ///< translated, a whole sentence
    };

    /// Longest value of a one-line field, in characters.
    static constexpr int MaxLineLength = 200;
    /// Longest address, in characters.
    static constexpr int MaxAddressLength = 1000;

    /// Empty when the card may be stored.
    static QList<Problem> check(const Customer& customer);
};
