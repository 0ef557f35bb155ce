#pragma once

#include "common/Error.h"
#include "services/ReadGeneration.h"
#include "storage/InteractionRepository.h"

#include <functional>
#include <optional>

class DatabaseWorker;
class QObject;

/// A customer's cross-channel history, one keyset page at a time, read off the GUI thread.
class IHistoryService
{
public:
    using PageDone = std::function<void(Result<HistoryPage>)>;

    virtual ~IHistoryService();

    /// Reads the page of `customerId`'s history after `after` on the read worker; `done` runs on the
    /// thread of `receiver` unless it is gone. A read whose `tag` is stale before it starts is skipped.
    virtual void fetchPage(qint64 customerId, const std::optional<HistoryCursor>& after, int limit,
        const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) = 0;

protected:
    IHistoryService() = default;
    IHistoryService(const IHistoryService&) = default;
    IHistoryService& operator=(const IHistoryService&) = default;
};

class HistoryService final : public IHistoryService
{
public:
    explicit HistoryService(DatabaseWorker& reads);

    void fetchPage(qint64 customerId, const std::optional<HistoryCursor>& after, int limit,
        const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) override;

private:
    DatabaseWorker& m_reads;
};
