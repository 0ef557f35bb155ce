#pragma once

#include "common/Error.h"
#include "domain/Agent.h"
#include "storage/AgentRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/// Who works at the console and whom a call can go to: signs the agent in at start (their row is
/// created on first use, so calls and follow-ups have an owner), lists colleagues for follow-ups and
/// the transfer targets.
class IAgentDirectory
{
public:
    virtual ~IAgentDirectory();

    /// The agent with `login` (derived from `name` when empty), created when new. A failure is an
    /// Error whose message says the agent could not be signed in, and why.
    virtual Result<Agent> signIn(const QString& name, const QString& login) = 0;
    virtual Result<QList<Agent>> agents() = 0;
    virtual Result<QList<TransferTarget>> transferTargets() = 0;

protected:
    IAgentDirectory() = default;
    IAgentDirectory(const IAgentDirectory&) = default;
    IAgentDirectory& operator=(const IAgentDirectory&) = default;
};

class AgentDirectory final : public IAgentDirectory
{
    Q_DECLARE_TR_FUNCTIONS(AgentDirectory)

public:
    explicit AgentDirectory(Database& db);

    Result<Agent> signIn(const QString& name, const QString& login) override;
    Result<QList<Agent>> agents() override;
    Result<QList<TransferTarget>> transferTargets() override;

    /// The login used when the settings name none: "Núria Puig" → "núria.puig".
    static QString loginFor(const QString& name);

private:
    AgentRepository m_repository;
};
