#include "services/TeamSetup.h"

#include "storage/Database.h"
#include "storage/TeamAdministration.h"

TeamSetup::TeamSetup(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

TeamSetup::~TeamSetup() = default;

Status TeamSetup::validate(const TeamMember& person, const QString& password)
{
    return TeamAdministration::validate(person, password);
}

Result<std::unique_ptr<TeamSetup>> TeamSetup::connect(const DatabaseConfig& config, bool creating)
{
    if (config.backend != DatabaseConfig::Backend::Postgres) {
        return Error { Error::Code::InvalidInput,
            tr("Team mode needs a PostgreSQL database; a SQLite file is for one person."), {} };
    }
    Result<std::unique_ptr<Database>> opened
        = Database::open(config, creating ? Database::Schema::AsIs : Database::Schema::CheckOnly);
    if (!opened)
        return opened.error();
    return std::unique_ptr<TeamSetup>(new TeamSetup(opened.take()));
}

Result<int> TeamSetup::initialize(const TeamMember& administrator, const QString& password)
{
    return TeamAdministration::initialize(*m_db, administrator, password);
}

Result<qint64> TeamSetup::addPerson(const TeamMember& person, const QString& password)
{
    return TeamAdministration::addPerson(*m_db, person, password);
}
