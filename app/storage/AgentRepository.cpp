#include "storage/AgentRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

using namespace Qt::StringLiterals;

namespace {
Agent readAgent(const SqlStatement& q)
{
    Agent a;
    a.id = q.integer(0);
    a.name = q.text(1);
    a.login = q.text(2);
    a.role = q.text(3);
    a.department = q.text(4);
    return a;
}
} // namespace

AgentRepository::AgentRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> AgentRepository::insert(const Agent& agent)
{
    SqlStatement q
        = SqlStatement::insert(m_db, u"INSERT INTO agents (name, login, role, department) VALUES (?, ?, ?, ?)"_s);
    q.bindText(agent.name)
        .bindKey(agent.login)
        .bindKey(agent.role.isEmpty() ? u"agent"_s : agent.role)
        .bindText(agent.department);
    return q.execInsert();
}

Result<std::optional<Agent>> AgentRepository::findByLogin(const QString& login)
{
    SqlStatement q(m_db, u"SELECT id, name, login, role, department FROM agents WHERE login = ?"_s);
    q.bindKey(login);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<Agent>();
    return std::optional<Agent>(readAgent(q));
}

Result<QList<Agent>> AgentRepository::all()
{
    SqlStatement q(m_db, u"SELECT id, name, login, role, department FROM agents ORDER BY name, id"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Agent> agents;
    while (q.next())
        agents << readAgent(q);
    return agents;
}

Result<qint64> AgentRepository::insertTransferTarget(const TransferTarget& target)
{
    SqlStatement q
        = SqlStatement::insert(m_db, u"INSERT INTO transfer_targets (name, kind, extension) VALUES (?, ?, ?)"_s);
    q.bindText(target.name).bindKey(target.kind.isEmpty() ? u"department"_s : target.kind).bindKey(target.extension);
    return q.execInsert();
}

Result<QList<TransferTarget>> AgentRepository::transferTargets()
{
    SqlStatement q(m_db, u"SELECT id, name, kind, extension FROM transfer_targets ORDER BY id"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<TransferTarget> targets;
    while (q.next()) {
        TransferTarget t;
        t.id = q.integer(0);
        t.name = q.text(1);
        t.kind = q.text(2);
        t.extension = q.text(3);
        targets << t;
    }
    return targets;
}
