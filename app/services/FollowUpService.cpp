#include "services/FollowUpService.h"

#include "storage/CallRepository.h"
#include "storage/DatabaseWorker.h"

IFollowUpService::~IFollowUpService() = default;

FollowUpService::FollowUpService(DatabaseWorker& reads, DatabaseWorker& writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

void FollowUpService::loadDue(qint64 ownerAgentId, int limit, QObject* receiver, DueDone done)
{
    m_reads.post<Result<QList<DueFollowUp>>>(
        [ownerAgentId, limit](Database& db) { return FollowUpRepository(db).due(ownerAgentId, limit); }, receiver,
        std::move(done));
}

void FollowUpService::markDone(qint64 followUpId, QObject* receiver, MarkedDone done)
{
    m_writes.post<Status>(
        [followUpId](Database& db) { return CallRepository(db).setFollowUpDone(followUpId, true); }, receiver,
        std::move(done));
}
