#pragma once

#include "domain/Interaction.h"
#include "models/KeysetTableModel.h"
#include "services/HistoryService.h"

/// One customer's cross-channel history, newest first, loaded one keyset page at a time (F10).
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
    /// The interaction in `row`, or nullptr when out of range.
    const Interaction* interactionAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(const std::optional<HistoryCursor>& after, int limit, const ReadGeneration::Tag& tag,
        std::function<void(Result<HistoryPage>)> done) override;

private:
    QVariant display(const Interaction& interaction, Column column) const;
    static QVariant raw(const Interaction& interaction, Column column);

    IHistoryService& m_history;
    qint64 m_customerId = 0;
};
