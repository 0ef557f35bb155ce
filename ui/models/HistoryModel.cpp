#include "models/HistoryModel.h"

#include "common/Log.h"
#include "models/ModelRoles.h"

#include <QLocale>

HistoryModel::HistoryModel(InteractionRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setCustomer(qint64 customerId)
{
    beginResetModel();
    m_customerId = customerId;
    m_rows.clear();
    m_cursor.reset();
    m_atEnd = customerId == 0;
    m_changing = true;
    endResetModel();
    m_changing = false;
    fetchMore({});
}

const Interaction* HistoryModel::interactionAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

void HistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction& interaction = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(interaction, column);
    case Qt::ToolTipRole:
        return interaction.summary.isEmpty() ? interaction.subject : interaction.summary;
    case RawValueRole:
        return raw(interaction, column);
    case IdRole:
        return interaction.id;
    default:
        return {};
    }
}

QVariant HistoryModel::display(const Interaction& interaction, Column column) const
{
    switch (column) {
    case WhenColumn:
        return QLocale().toString(interaction.occurredUtc.toLocalTime(), QLocale::ShortFormat);
    case ChannelColumn:
        return ChannelInfo::displayName(interaction.channel);
    case DirectionColumn:
        return interaction.inbound ? tr("Inbound", "from the customer to us") : tr("Outbound", "from us to the customer");
    case AgentColumn:
        return interaction.agentName;
    case SubjectColumn:
        return interaction.subject;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::raw(const Interaction& interaction, Column column)
{
    switch (column) {
    case WhenColumn:
        return interaction.occurredUtc;
    case ChannelColumn:
        return ChannelInfo::key(interaction.channel);
    case DirectionColumn:
        return interaction.inbound;
    case AgentColumn:
        return interaction.agentName;
    case SubjectColumn:
        return interaction.subject;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case WhenColumn:
        //: History column: date and time of the contact
        return tr("When");
    case ChannelColumn:
        //: History column: phone, e-mail, letter...
        return tr("Channel");
    case DirectionColumn:
        //: History column: inbound or outbound
        return tr("Direction");
    case AgentColumn:
        //: History column: who handled the contact
        return tr("Agent");
    case SubjectColumn:
        //: History column
        return tr("Subject");
    case ColumnCount:
        break;
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    Result<HistoryPage> page = m_repository.fetchPage(m_customerId, m_cursor, PageSize);
    if (!page) {
        m_atEnd = true;
        qCWarning(lcUi) << "history page failed:" << page.error().detail;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    HistoryPage& result = page.value();
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
