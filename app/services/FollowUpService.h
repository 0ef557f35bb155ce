#pragma once

#include "common/Error.h"
#include "storage/FollowUpRepository.h"

#include <QList>

#include <functional>

class DatabaseWorker;
class QObject;

/// The agent's follow-ups: the open ones for the pane (read off the GUI thread, customers joined in),
/// and marking one done (on the writer's connection). Scheduling a follow-up is part of the call (CallSession::scheduleFollowUp),
/// written through the call write queue.
class IFollowUpService
{
public:
    using DueDone = std::function<void(Result<QList<DueFollowUp>>)>;
    using MarkedDone = std::function<void(Status)>;

    virtual ~IFollowUpService();

    /// Reads the open follow-ups of `ownerAgentId` on the read worker; `done` runs on the thread of
    /// `receiver` unless it is gone.
    virtual void loadDue(qint64 ownerAgentId, int limit, QObject* receiver, DueDone done) = 0;
    /// Marks the follow-up done on the writer's connection, after the call writes queued before it (the
    /// one that scheduled it among them); `done` says whether it is stored, on the thread of `receiver`
    /// unless it is gone.
    virtual void markDone(qint64 followUpId, QObject* receiver, MarkedDone done) = 0;

protected:
    IFollowUpService() = default;
    IFollowUpService(const IFollowUpService&) = default;
    IFollowUpService& operator=(const IFollowUpService&) = default;
};

class FollowUpService final : public IFollowUpService
{
public:
    /// Both workers are open and outlive the service.
    FollowUpService(DatabaseWorker& reads, DatabaseWorker& writes);

    void loadDue(qint64 ownerAgentId, int limit, QObject* receiver, DueDone done) override;
    void markDone(qint64 followUpId, QObject* receiver, MarkedDone done) override;

private:
    DatabaseWorker& m_reads;
    DatabaseWorker& m_writes;
};
