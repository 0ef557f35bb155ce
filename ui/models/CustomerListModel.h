#pragma once

#include "domain/Customer.h"
#include "storage/CustomerRepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

/// Customers matching the search text, one keyset page at a time as the view scrolls (F10).
class CustomerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column { NameColumn, PhoneColumn, ColumnCount };
    static constexpr int PageSize = 200;

    explicit CustomerListModel(CustomerRepository& repository, QObject* parent = nullptr);
    ~CustomerListModel() override;

    /// A new search: drops every row and loads the first page of matches.
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    /// The customer in `row`, or nullptr when out of range.
    const Customer* customerAt(int row) const;
    /// Headers and formatted cells changed with the interface language.
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
    CustomerRepository& m_repository;
    QString m_text;
    QList<Customer> m_rows;
    std::optional<CustomerCursor> m_cursor;
    /// True while rows change: a fetchMore() from a slot connected to our own signals waits.
    bool m_changing = false;
    bool m_atEnd = false;
};
