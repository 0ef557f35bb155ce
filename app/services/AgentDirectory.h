#pragma once

#include "common/Error.h"
#include "domain/Agent.h"
#include "storage/AgentRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Database;
class DatabaseWorker;
class QObject;

/// Who works at the console and whom a call can go to: signs the agent in at start (their row is
/// created on first use, so calls and follow-ups have an owner), lists colleagues for follow-ups and
/// the transfer targets (read on the read worker: the window never waits for them).
class IAgentDirectory
{
public:
    using AgentsDone = std::function<void(Result<QList<Agent>>)>;
    using TargetsDone = std::function<void(Result<QList<TransferTarget>>)>;

    virtual ~IAgentDirectory();

    /// The agent with `login` (derived from `name` when empty), created when new. A failure is an
    /// Error whose message says the agent could not be signed in, and why. Start-up only: it waits.
    virtual Result<Agent> signIn(const QString& name, const QString& login) = 0;
    /// Every agent (follow-up owners), read on the read worker; `done` runs on the thread of
    /// `receiver` unless it is gone.
    virtual void agents(QObject* receiver, AgentsDone done) = 0;
    /// The departments and managers a call can be transferred to, read like agents().
    virtual void transferTargets(QObject* receiver, TargetsDone done) = 0;

protected:
    IAgentDirectory() = default;
    IAgentDirectory(const IAgentDirectory&) = default;
    IAgentDirectory& operator=(const IAgentDirectory&) = default;
};

class AgentDirectory final : public IAgentDirectory
{
    Q_DECLARE_TR_FUNCTIONS(AgentDirectory)

public:
    /// `db` is the start-up connection (signIn only); `reads` is open; both outlive the directory.
    AgentDirectory(Database& db, DatabaseWorker& reads);

    Result<Agent> signIn(const QString& name, const QString& login) override;
    void agents(QObject* receiver, AgentsDone done) override;
    void transferTargets(QObject* receiver, TargetsDone done) override;

    /// The login used when the settings name none: "Núria Puig" → "núria.puig".
    static QString loginFor(const QString& name);

private:
    AgentRepository m_repository;
    DatabaseWorker& m_reads;
};
