#include "services/HistoryService.h"

#include "services/CustomerService.h"
#include "storage/DatabaseWorker.h"

IHistoryService::~IHistoryService() = default;

HistoryService::HistoryService(DatabaseWorker& reads)
    : m_reads(reads)
{
}

void HistoryService::fetchPage(qint64 customerId, const std::optional<HistoryCursor>& after, int limit,
    const ReadGeneration::Tag& tag, QObject* receiver, PageDone done)
{
    m_reads.post<Result<HistoryPage>>(
        [customerId, after, limit, tag](Database& db) -> Result<HistoryPage> {
            if (tag.stale())
                return CustomerService::superseded();
            return InteractionRepository(db).fetchPage(customerId, after, limit);
        },
        receiver, std::move(done));
}
