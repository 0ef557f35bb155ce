#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

class Clock;
class Database;

/// Demo calls with a whole event log (holds, one over a minute, apologies, a transfer, script steps, a
/// payment read back, a follow-up, a note, the wrap-up), closed as the program closes calls, so the
/// history pane has call timelines to expand.
class DemoCalls final
{
public:
    struct Customer
    {
        qint64 id = 0;
        QString language; ///< the customer's preferred language: the call's words are in it
    };

    /// Adds one closed call to every third of `customers`, served by the agent of their language.
    static Status add(Database& db, const Clock& clock, const QList<Customer>& customers);
};
