#pragma once

#include <QString>

/// A person who handles conversations.
struct Agent
{
    qint64 id = 0;
    QString name;      ///< as said in the greeting ("Jonathan")
    QString login;     ///< unique
    QString role;      ///< "agent", "supervisor", "manager"
    QString department;
};

/// Where a call can be transferred: a department or a named manager.
struct TransferTarget
{
    qint64 id = 0;
    QString name;
    QString kind; ///< "department" or "manager"
    QString extension;
};
