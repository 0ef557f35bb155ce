#pragma once

#include "common/Error.h"
#include "services/CustomerEditing.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Values of the customer card as its lines read them, in the reader's language.
class CustomerCardTexts final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCardTexts)

public:
    /// "India (IN)": the country of an ISO 3166 code, named in the reader's language where Qt's locale
    /// data has it, else in English.
    static QString country(const QString& code);
    /// The open follow-ups at a glance: how many, when the next is due and why.
    static QString followUps(const Result<CustomerFollowUps>& result);
    /// The tags as a compact list, each kept in its own direction.
    static QString tags(const QStringList& tags);
};
