#pragma once

#include "common/Error.h"
#include "domain/Interaction.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/// What the history pane filters by; empty fields filter nothing. Applied in SQL, on every page.
struct HistoryFilter
{
    std::optional<Channel> channel; ///< only this channel; empty = every channel
    QString text; ///< as typed: found anywhere in the subject, summary or notes (HistoryText::fold)

    bool operator==(const HistoryFilter& other) const { return channel == other.channel && text == other.text; }
    bool operator!=(const HistoryFilter& other) const { return !(*this == other); }
};

struct HistoryPage
{
    QList<Interaction> rows;
    std::optional<HistoryCursor> next; ///< empty at the end
};

/// Cross-channel history of a customer, newest first, paged by (occurred_at, id).
class InteractionRepository final
{
public:
    explicit InteractionRepository(Database& db);

    Result<qint64> insert(const Interaction& interaction);
    /// Inserts many entries at once (imports, benchmark data), in one transaction with one prepared
    /// statement: the rows are stored exactly as insert() stores them, without returning their ids.
    Status insertMany(const QList<Interaction>& interactions);
    /// The entry recorded for a call (the first when there are several), or none.
    Result<std::optional<Interaction>> findForCall(qint64 callId);
    Result<HistoryPage> fetchPage(qint64 customerId, const std::optional<HistoryCursor>& after, int limit);
    /// The page of `customerId`'s entries that pass `filter`, after `after`, newest first: the filter is
    /// part of the keyset query, so pages neither repeat nor skip an entry.
    Result<HistoryPage> fetchPage(qint64 customerId, const HistoryFilter& filter,
        const std::optional<HistoryCursor>& after, int limit);
    Result<qint64> countForCustomer(qint64 customerId);

private:
    Database& m_db;
};
