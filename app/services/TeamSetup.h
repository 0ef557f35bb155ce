#pragma once

#include "common/Error.h"
#include "domain/TeamMember.h"

#include <QCoreApplication>

#include <memory>

class Database;
struct DatabaseConfig;

/// Setting up and staffing a team database (`cordial admin`), for the command line: one connection to
/// a PostgreSQL database, then the first administrator or another person (docs/team-mode.md).
class TeamSetup final
{
    Q_DECLARE_TR_FUNCTIONS(TeamSetup)

public:
    /// Checks a person before anything is sent (login, role, name, password, teams).
    static Status validate(const TeamMember& person, const QString& password);
    /// Connects to the team database: `creating` for `init` (the schema is made), otherwise it must be
    /// a Cordial database already. A SQLite file is refused with InvalidInput.
    static Result<std::unique_ptr<TeamSetup>> connect(const DatabaseConfig& config, bool creating);
    ~TeamSetup();

    /// Creates roles, schema and rules, and the first administrator; returns the schema version.
    Result<int> initialize(const TeamMember& administrator, const QString& password);
    /// Adds a person (an administrator adds anyone, a supervisor agents of their teams); returns the id.
    Result<qint64> addPerson(const TeamMember& person, const QString& password);

private:
    explicit TeamSetup(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};
