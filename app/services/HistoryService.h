#pragma once

#include "common/Error.h"
#include "services/CallTimeline.h"
#include "services/ReadGeneration.h"
#include "services/ScriptLibrary.h"
#include "storage/InteractionRepository.h"

#include <functional>
#include <optional>

class DatabaseWorker;
class QObject;

/// A customer's cross-channel history, one keyset page at a time, and a call's timeline, read off the
/// GUI thread.
class IHistoryService
{
public:
    using PageDone = std::function<void(Result<HistoryPage>)>;
    using TimelineDone = std::function<void(Result<CallTimelineData>)>;

    virtual ~IHistoryService();

    /// Reads the page of `customerId`'s history that passes `filter` after `after` on the read worker;
    /// `done` runs on the thread of `receiver` unless it is gone. A read whose `tag` is stale before it
    /// starts is skipped.
    virtual void fetchPage(qint64 customerId, const HistoryFilter& filter, const std::optional<HistoryCursor>& after,
        int limit, const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) = 0;
    /// Reads the record of call `callId` (events, notes, follow-ups) with its script step titles in the
    /// interface language, on the read worker; as fetchPage for `tag`, `receiver` and `done`.
    virtual void fetchTimeline(qint64 callId, const ReadGeneration::Tag& tag, QObject* receiver,
        TimelineDone done) = 0;

protected:
    IHistoryService() = default;
    IHistoryService(const IHistoryService&) = default;
    IHistoryService& operator=(const IHistoryService&) = default;
};

class HistoryService final : public IHistoryService
{
public:
    /// `scripts` names the steps of a call's script in the timeline.
    explicit HistoryService(DatabaseWorker& reads, ScriptLibrary scripts = ScriptLibrary());

    void fetchPage(qint64 customerId, const HistoryFilter& filter, const std::optional<HistoryCursor>& after,
        int limit, const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) override;
    void fetchTimeline(qint64 callId, const ReadGeneration::Tag& tag, QObject* receiver, TimelineDone done) override;

private:
    DatabaseWorker& m_reads;
    ScriptLibrary m_scripts;
};
