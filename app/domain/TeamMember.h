#pragma once

#include <QString>
#include <QStringList>

/// Someone on a team database (`cordial admin`): `login` becomes their PostgreSQL role and agents.login.
struct TeamMember
{
    QString login;
    QString name;
    QString role;      ///< "agent" (also when empty), "supervisor" or "admin"
    QStringList teams; ///< an agent's teams, or the teams a supervisor supervises
};
