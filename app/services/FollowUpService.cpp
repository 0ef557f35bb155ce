#include "services/FollowUpService.h"

#include "storage/CallRepository.h"
#include "storage/DatabaseWorker.h"

IFollowUpService::~IFollowUpService() = default;

FollowUpService::FollowUpService(Database& db, DatabaseWorker& reads)
    : m_db(db)
    , m_reads(reads)
{
}

void FollowUpService::loadDue(qint64 ownerAgentId, int limit, QObject* receiver, DueDone done)
{
    m_reads.post<Result<QList<DueFollowUp>>>(
        [ownerAgentId, limit](Database& db) { return FollowUpRepository(db).due(ownerAgentId, limit); }, receiver,
        std::move(done));
}

Status FollowUpService::markDone(qint64 followUpId)
{
    return CallRepository(m_db).setFollowUpDone(followUpId, true);
}
