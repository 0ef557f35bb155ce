#include "services/HistoryService.h"

#include "services/CustomerService.h"
#include "storage/DatabaseWorker.h"

#include <QLocale>

IHistoryService::~IHistoryService() = default;

namespace {
/// The titles of the steps of the script the call was made with, in `language` (its phone script when
/// the channel has none; none at all when the script cannot be read).
QHash<QString, QString> stepTitles(const ScriptLibrary& scripts, const QString& language, const CallRecord& record)
{
    Channel channel = Channel::Phone;
    for (const CallEvent& event : record.events) {
        if (const auto* offered = event.as<CallEvents::Offered>())
            channel = offered->channel;
    }
    QHash<QString, QString> titles;
    if (const Result<CallScript> script = scripts.load(language, channel)) {
        for (const ScriptStep& step : script.value().steps)
            titles.insert(step.id, step.title);
    }
    return titles;
}
} // namespace

HistoryService::HistoryService(DatabaseWorker& reads, ScriptLibrary scripts)
    : m_reads(reads)
    , m_scripts(std::move(scripts))
{
}

void HistoryService::fetchPage(qint64 customerId, const HistoryFilter& filter,
    const std::optional<HistoryCursor>& after, int limit, const ReadGeneration::Tag& tag, QObject* receiver,
    PageDone done)
{
    m_reads.post<Result<HistoryPage>>(
        [customerId, filter, after, limit, tag](Database& db) -> Result<HistoryPage> {
            if (tag.stale())
                return CustomerService::superseded();
            return InteractionRepository(db).fetchPage(customerId, filter, after, limit);
        },
        receiver, std::move(done));
}

void HistoryService::fetchTimeline(qint64 callId, const ReadGeneration::Tag& tag, QObject* receiver,
    TimelineDone done)
{
    // The interface language as it is now, read here on the GUI thread.
    const QString language = QLocale::languageToCode(QLocale().language());
    m_reads.post<Result<CallTimelineData>>(
        [callId, tag, language, scripts = m_scripts](Database& db) -> Result<CallTimelineData> {
            if (tag.stale())
                return CustomerService::superseded();
            Result<CallRecord> record = CallTimelineRepository(db).read(callId);
            if (!record)
                return record.error();
            CallTimelineData data;
            data.record = std::move(record.value());
            data.stepTitles = stepTitles(scripts, language, data.record);
            return data;
        },
        receiver, std::move(done));
}
