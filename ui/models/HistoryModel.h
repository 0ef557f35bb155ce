#pragma once

#include "domain/Interaction.h"
#include "storage/InteractionRepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

/// One customer's cross-channel history, newest first, loaded one keyset page at a time (F10).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { WhenColumn, ChannelColumn, DirectionColumn, AgentColumn, SubjectColumn, ColumnCount };
    static constexpr int PageSize = 200;

    explicit HistoryModel(InteractionRepository& repository, QObject* parent = nullptr);
    ~HistoryModel() override;

    /// Shows the history of `customerId` (0 = nobody): drops every row and loads the first page.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    /// The interaction in `row`, or nullptr when out of range.
    const Interaction* interactionAt(int row) const;
    /// Headers and formatted cells changed with the interface language or locale.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// A page could not be read; `message` is translated and complete.
    void loadFailed(const QString& message);

private:
    QVariant display(const Interaction& interaction, Column column) const;
    static QVariant raw(const Interaction& interaction, Column column);

    InteractionRepository& m_repository;
    qint64 m_customerId = 0;
    QList<Interaction> m_rows;
    std::optional<HistoryCursor> m_cursor;
    /// True while rows change: a fetchMore() from a slot connected to our own signals waits.
    bool m_changing = false;
    bool m_atEnd = true;
};
