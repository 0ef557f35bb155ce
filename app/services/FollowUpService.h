#pragma once

#include "common/Error.h"
#include "storage/FollowUpRepository.h"

#include <QList>

#include <functional>

class Database;
class DatabaseWorker;
class QObject;

/// The agent's follow-ups: the open ones for the pane (read off the GUI thread, customers joined in),
/// and marking one done. Scheduling a follow-up is part of the call (CallSession::scheduleFollowUp),
/// written through the call write queue.
class IFollowUpService
{
public:
    using DueDone = std::function<void(Result<QList<DueFollowUp>>)>;

    virtual ~IFollowUpService();

    /// Reads the open follow-ups of `ownerAgentId` on the read worker; `done` runs on the thread of
    /// `receiver` unless it is gone.
    virtual void loadDue(qint64 ownerAgentId, int limit, QObject* receiver, DueDone done) = 0;
    virtual Status markDone(qint64 followUpId) = 0;

protected:
    IFollowUpService() = default;
    IFollowUpService(const IFollowUpService&) = default;
    IFollowUpService& operator=(const IFollowUpService&) = default;
};

class FollowUpService final : public IFollowUpService
{
public:
    FollowUpService(Database& db, DatabaseWorker& reads);

    void loadDue(qint64 ownerAgentId, int limit, QObject* receiver, DueDone done) override;
    Status markDone(qint64 followUpId) override;

private:
    Database& m_db;
    DatabaseWorker& m_reads;
};
