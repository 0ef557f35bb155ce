#include "models/CustomerListModel.h"

#include "i18n/BidiText.h"
#include "models/ModelRoles.h"

#include <QStringBuilder>

CustomerListModel::CustomerListModel(ICustomerService& customers, QObject* parent)
    : KeysetTableModel(ColumnCount, parent)
    , m_customers(customers)
{
}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::setSearchText(const QString& text)
{
    restart([this, &text] { m_text = text.trimmed(); });
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer& customer = rows().at(index.row());
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
        return tr("%1, phone %2").arg(BidiText::isolated(customer.fullName()), BidiText::leftToRight(customer.phone));
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

void CustomerListModel::requestPage(const std::optional<CustomerCursor>& after, int limit, const ReadGeneration::Tag& tag,
    std::function<void(Result<CustomerPage>)> done)
{
    m_customers.searchPage(m_text, after, limit, tag, this, std::move(done));
}
