#include "models/CustomerListModel.h"

#include "common/Log.h"
#include "models/BidiText.h"
#include "models/ModelRoles.h"

#include <QStringBuilder>

CustomerListModel::CustomerListModel(CustomerRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::setSearchText(const QString& text)
{
    beginResetModel();
    m_text = text.trimmed();
    m_rows.clear();
    m_cursor.reset();
    m_atEnd = false;
    m_changing = true;
    endResetModel();
    m_changing = false;
    fetchMore({});
}

const Customer* CustomerListModel::customerAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

void CustomerListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer& customer = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // Phone digits stay left-to-right inside a right-to-left table.
        return column == NameColumn ? customer.fullName() : BidiText::leftToRight(customer.phone);
    case RawValueRole:
        return column == NameColumn ? customer.fullName() : customer.phone;
    case Qt::ToolTipRole:
        if (customer.email.isEmpty())
            return customer.fullName();
        return QString(customer.fullName() % u'\n' % customer.email);
    case Qt::AccessibleTextRole:
        return tr("%1, phone %2").arg(customer.fullName(), customer.phone);
    case IdRole:
        return customer.id;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        //: Column of the customer search results
        return tr("Name");
    case PhoneColumn:
        //: Column of the customer search results
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    Result<CustomerPage> page = m_repository.search(m_text, m_cursor, PageSize);
    if (!page) {
        m_atEnd = true;
        qCWarning(lcUi) << "customer search failed:" << page.error().detail;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    CustomerPage& result = page.value();
    m_cursor = result.next;
    m_atEnd = !result.next.has_value();
    if (result.rows.isEmpty())
        return;
    const int first = rowCount();
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(result.rows.size()) - 1);
    m_rows.append(result.rows);
    endInsertRows();
    m_changing = false;
}
