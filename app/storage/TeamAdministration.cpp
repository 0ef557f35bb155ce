#include "storage/TeamAdministration.h"

#include "i18n/BidiText.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlErrors.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxLoginLength = 63; // PostgreSQL's NAMEDATALEN - 1

QString roleOf(const TeamAdministration::Person& person)
{
    return person.role.isEmpty() ? u"agent"_s : person.role;
}

Error invalid(const QString& message)
{
    return Error { Error::Code::InvalidInput, message, {} };
}

/// What the server answered to cordial_add_person, by SQLSTATE (never by message text).
Error addFailed(const QSqlQuery& query, const TeamAdministration::Person& person, const Database& db)
{
    const QSqlError error = query.lastError();
    const QString state = error.nativeErrorCode();
    const QString login = BidiText::leftToRight(person.login);
    const QString detail = SqlErrors::detailOf(error);
    if (state == u"42501") {
        return Error { Error::Code::DatabaseQueryFailed,
            TeamAdministration::tr("You may not add %1: administrators add anyone, supervisors add agents to "
                                   "the teams they supervise.")
                .arg(login),
            detail };
    }
    if (state == u"42710") {
        return Error { Error::Code::InvalidInput,
            TeamAdministration::tr("The server already has a user named %1. Choose another login.").arg(login),
            detail };
    }
    if (state == u"42883" || state == u"42P01") {
        return Error { Error::Code::DatabaseNeedsMigration,
            TeamAdministration::tr("This database is not set up for teams yet. An administrator runs "
                                   "“cordial admin init” first."),
            detail };
    }
    return SqlErrors::fromQuery(error, db.config());
}
} // namespace

Status TeamAdministration::validate(const Person& person, const QString& password)
{
    static const QRegularExpression loginPattern(u"^[a-z][a-z0-9_.-]*$"_s);
    if (person.login.isEmpty() || person.login.size() > MaxLoginLength
        || !loginPattern.match(person.login).hasMatch()) {
        //: %1 is the login as typed
        return invalid(tr("The login %1 cannot be used. Use lower-case Latin letters, digits, “_”, “.” and "
                          "“-”, starting with a letter, at most 63 characters.")
                           .arg(BidiText::leftToRight(person.login)));
    }
    const QString role = roleOf(person);
    if (role != u"agent" && role != u"supervisor" && role != u"admin")
        return invalid(tr("The role %1 does not exist. Use agent, supervisor or admin.").arg(BidiText::leftToRight(role)));
    if (person.name.trimmed().isEmpty())
        return invalid(tr("Give the person's name as said in the greeting."));
    if (role != u"admin" && person.teams.isEmpty())
        return invalid(tr("Name at least one team: agents work in a team, supervisors supervise one."));
    if (password.isEmpty())
        return invalid(tr("The password is empty."));
    return {};
}

Result<int> TeamAdministration::initialize(Database& db, const Person& administrator, const QString& password)
{
    if (!db.isPostgres())
        return invalid(tr("Team mode needs a PostgreSQL database; a SQLite file is for one person."));
    if (Status valid = validate(administrator, password); !valid)
        return valid.error();
    // Asked before anything changes: a second init for the same person stops here, cleanly.
    {
        SqlStatement exists(db, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
        exists.bindKey(administrator.login);
        if (Status status = exists.exec(); !status)
            return status.error();
        if (exists.next()) {
            return Error { Error::Code::InvalidInput,
                tr("The server already has a user named %1. Choose another login.")
                    .arg(BidiText::leftToRight(administrator.login)),
                {} };
        }
    }
    Result<int> version = db.migrate();
    if (!version)
        return version.error();
    Transaction tx(db);
    if (Status status = tx.begin(); !status)
        return status.error();
    // Only people added to this database may connect to it (login roles are server-wide).
    if (Status status = SqlStatement::run(db,
            u"DO $$ BEGIN EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database()); END $$"_s);
        !status) {
        return status.error();
    }
    Person admin = administrator;
    admin.role = u"admin"_s;
    if (Result<qint64> id = addPerson(db, admin, password); !id)
        return id.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return version;
}

Result<qint64> TeamAdministration::addPerson(Database& db, const Person& person, const QString& password)
{
    if (!db.isPostgres())
        return invalid(tr("Team mode needs a PostgreSQL database; a SQLite file is for one person."));
    if (Status valid = validate(person, password); !valid)
        return valid.error();
    // Plain QSqlQuery: the SQLSTATE decides the message, and the password must go as it is.
    QSqlQuery query(db.handle());
    query.prepare(u"SELECT cordial_add_person(?, ?, ?, ?::text[], ?)"_s);
    query.addBindValue(person.login);
    query.addBindValue(person.name.trimmed());
    query.addBindValue(roleOf(person));
    QStringList quoted;
    for (const QString& team : person.teams) {
        QString escaped = team.trimmed();
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        quoted << u'"' + escaped + u'"';
    }
    query.addBindValue(QString(u'{' + quoted.join(u',') + u'}'));
    query.addBindValue(password);
    if (!query.exec() || !query.next())
        return addFailed(query, person, db);
    return query.value(0).toLongLong();
}
