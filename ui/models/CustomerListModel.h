#pragma once

#include "domain/Customer.h"
#include "models/KeysetTableModel.h"
#include "services/CustomerService.h"

/// Customers matching the search text, one keyset page at a time as the view scrolls (F10).
class CustomerListModel final : public KeysetTableModel<CustomerPage>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column { NameColumn, PhoneColumn, ColumnCount };

    explicit CustomerListModel(ICustomerService& customers, QObject* parent = nullptr);
    ~CustomerListModel() override;

    /// A new search: drops every row and asks for the first page of matches (it arrives later).
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    /// The customer in `row`, or nullptr when out of range.
    const Customer* customerAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void requestPage(const std::optional<CustomerCursor>& after, int limit, const ReadGeneration::Tag& tag,
        std::function<void(Result<CustomerPage>)> done) override;

private:
    ICustomerService& m_customers;
    QString m_text;
};
