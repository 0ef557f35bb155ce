#pragma once

#include "domain/Interaction.h"
#include "models/KeysetTableModel.h"
#include "services/HistoryService.h"

#include <QHash>

/// One customer's cross-channel history, newest first, loaded one keyset page at a time and filtered
/// in SQL (F10). A call's entry has its timeline as children, read when the view expands it (fetchMore
/// on the entry) and never while scrolling.
///
/// The entries are a table (KeysetTableModel); only call entries have children, one level deep: a
/// child's internal id is its entry's row + 1, so index(), parent(), sibling() and flags() are
/// overridden for that second level.
class HistoryModel final : public KeysetTableModel<HistoryPage>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { WhenColumn, ChannelColumn, DirectionColumn, AgentColumn, SubjectColumn, ColumnCount };

    explicit HistoryModel(IHistoryService& history, QObject* parent = nullptr);
    ~HistoryModel() override;

    /// Shows the history of `customerId` (0 = nobody): drops every row and loads the first page.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    /// Shows only the entries that pass `filter`: a new query, from the first page.
    void setFilter(const HistoryFilter& filter);
    const HistoryFilter& filter() const { return m_filter; }
    /// The interaction in `row`, or nullptr when out of range.
    const Interaction* interactionAt(int row) const { return rowAt(row); }
    /// The timeline line at `index` (a child of a call's entry), or nullptr.
    const TimelineLine* timelineLineAt(const QModelIndex& index) const;
    /// Whether `row`'s timeline was asked for and has not arrived yet.
    bool isTimelineLoading(int row) const;
    /// Every line of `row`'s timeline as one text (the details pane), empty until it has arrived.
    QString timelineText(int row) const;

    /// Headers, cells and the timelines read so far, in the interface language now.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    using QObject::parent;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The timeline of the entry in `row` arrived (its lines, if any, are in).
    void timelineLoaded(int row);

protected:
    void requestPage(const std::optional<HistoryCursor>& after, int limit, const ReadGeneration::Tag& tag,
        std::function<void(Result<HistoryPage>)> done) override;

private:
    /// A call entry's timeline: asked for once, when first expanded.
    struct Timeline
    {
        bool loading = false;
        bool loaded = false;
        CallTimelineData data;
        QList<TimelineLine> lines;
    };

    /// The query changes: entries and timelines go, and timelines on their way are dropped.
    template <typename Change>
    void requery(Change&& change, bool empty);
    void receiveTimeline(int row, quint64 generation, Result<CallTimelineData> result);
    bool isCallRow(const QModelIndex& index) const;
    QVariant display(const Interaction& interaction, Column column) const;
    QVariant timelineData(const QModelIndex& index, int role) const;
    static QVariant raw(const Interaction& interaction, Column column);

    IHistoryService& m_history;
    qint64 m_customerId = 0;
    HistoryFilter m_filter;
    QHash<int, Timeline> m_timelines; ///< by the entry's row
    ReadGeneration m_timelineGeneration;
};
