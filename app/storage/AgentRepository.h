#pragma once

#include "common/Error.h"
#include "domain/Agent.h"

#include <QList>

#include <optional>

class Database;

/// Agents and transfer targets (departments, managers).
class AgentRepository final
{
public:
    explicit AgentRepository(Database& db);

    Result<qint64> insert(const Agent& agent);
    Result<std::optional<Agent>> findByLogin(const QString& login);
    Result<QList<Agent>> all();

    Result<qint64> insertTransferTarget(const TransferTarget& target);
    Result<QList<TransferTarget>> transferTargets();

private:
    Database& m_db;
};
