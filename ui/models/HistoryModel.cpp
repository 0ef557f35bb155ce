#include "models/HistoryModel.h"

#include "i18n/BidiText.h"
#include "models/ModelRoles.h"
#include "services/CallHistory.h"

#include <QLocale>

HistoryModel::HistoryModel(IHistoryService& history, QObject* parent)
    : KeysetTableModel(ColumnCount, parent)
    , m_history(history)
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setCustomer(qint64 customerId)
{
    restart([this, customerId] { m_customerId = customerId; }, customerId == 0);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction& interaction = rows().at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(interaction, column);
    case Qt::ToolTipRole:
        return interaction.summary.isEmpty() && interaction.notes.isEmpty() ? CallHistory::subject(interaction)
                                                                            : CallHistory::details(interaction);
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
        // Date and time each in one run: "9:03 AM" does not become "AM 9:03" in a right-to-left table.
        return BidiText::dateTime(interaction.occurredUtc.toLocalTime(), QLocale(), QLocale::ShortFormat);
    case ChannelColumn:
        return ChannelInfo::displayName(interaction.channel);
    case DirectionColumn:
        return interaction.inbound ? tr("Inbound", "from the customer to us") : tr("Outbound", "from us to the customer");
    case AgentColumn:
        return interaction.agentName;
    case SubjectColumn:
        return CallHistory::subject(interaction);
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

void HistoryModel::requestPage(const std::optional<HistoryCursor>& after, int limit, const ReadGeneration::Tag& tag,
    std::function<void(Result<HistoryPage>)> done)
{
    m_history.fetchPage(m_customerId, after, limit, tag, this, std::move(done));
}
