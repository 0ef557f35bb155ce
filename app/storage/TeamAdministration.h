#pragma once

#include "common/Error.h"
#include "domain/TeamMember.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

/// Setting up and staffing a team database on PostgreSQL (`cordial admin`): the group roles, schema and
/// rules of migration 7, and people as login roles with their agents row (docs/team-mode.md).
class TeamAdministration final
{
    Q_DECLARE_TR_FUNCTIONS(TeamAdministration)

public:
    using Person = TeamMember;

    /// Checks a person before anything is sent: a login PostgreSQL and Cordial both accept, a known
    /// role, a name, a password, an agent in at least one team.
    static Status validate(const Person& person, const QString& password);

    /// On a connection of a role that may create roles (opened with Schema::AsIs): migrates to the
    /// latest schema, lets only this database's people connect, and adds the first administrator.
    /// Returns the schema version reached.
    static Result<int> initialize(Database& db, const Person& administrator, const QString& password);

    /// Adds a person through cordial_add_person (an administrator adds anyone, a supervisor agents of
    /// their own teams); returns the new agents.id.
    static Result<qint64> addPerson(Database& db, const Person& person, const QString& password);
};
