#include "models/HistoryModel.h"

#include "i18n/BidiText.h"
#include "models/ModelRoles.h"
#include "services/CallHistory.h"
#include "services/CustomerService.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(IHistoryService& history, QObject* parent)
    : KeysetTableModel(ColumnCount, parent)
    , m_history(history)
{
}

HistoryModel::~HistoryModel() = default;

template <typename Change>
void HistoryModel::requery(Change&& change, bool empty)
{
    restart(
        [this, &change] {
            change();
            m_timelines.clear();
            m_timelineGeneration.advance();
        },
        empty);
}

void HistoryModel::setCustomer(qint64 customerId)
{
    requery([this, customerId] { m_customerId = customerId; }, customerId == 0);
}

void HistoryModel::setFilter(const HistoryFilter& filter)
{
    if (filter == m_filter)
        return;
    requery([this, &filter] { m_filter = filter; }, m_customerId == 0);
}

// --- The second level: a call entry's timeline ---------------------------------------------------------

bool HistoryModel::isCallRow(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != 0)
        return false;
    const Interaction* interaction = rowAt(index.row());
    return interaction && interaction->callId != 0;
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex HistoryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0);
}

QModelIndex HistoryModel::sibling(int row, int column, const QModelIndex& index) const
{
    return this->index(row, column, parent(index));
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return KeysetTableModel::rowCount();
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const auto found = m_timelines.constFind(parent.row());
    return found == m_timelines.cend() ? 0 : static_cast<int>(found->lines.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.internalId() != 0 ? 0 : ColumnCount;
}

bool HistoryModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return rowCount() > 0;
    if (parent.column() != 0 || !isCallRow(parent))
        return false;
    // Until it is read, a call's timeline is assumed to have lines; a call without any loses its expander.
    const auto found = m_timelines.constFind(parent.row());
    return found == m_timelines.cend() || !found->loaded || !found->lines.isEmpty();
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 || !isCallRow(index.siblingAtColumn(0)))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return KeysetTableModel::canFetchMore(parent);
    if (parent.column() != 0 || !isCallRow(parent))
        return false;
    const auto found = m_timelines.constFind(parent.row());
    return found == m_timelines.cend() || (!found->loading && !found->loaded);
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid()) {
        KeysetTableModel::fetchMore(parent);
        return;
    }
    if (!canFetchMore(parent))
        return;
    const int row = parent.row();
    m_timelines[row].loading = true;
    const ReadGeneration::Tag tag = m_timelineGeneration.current();
    m_history.fetchTimeline(rowAt(row)->callId, tag, this,
        [this, row, generation = tag.generation](Result<CallTimelineData> result) {
            receiveTimeline(row, generation, std::move(result));
        });
}

void HistoryModel::receiveTimeline(int row, quint64 generation, Result<CallTimelineData> result)
{
    // Entries are only ever appended, so within one query a row keeps its entry.
    if (!m_timelineGeneration.isCurrent(generation) || !m_timelines.contains(row))
        return;
    Timeline& timeline = m_timelines[row];
    timeline.loading = false;
    timeline.loaded = true;
    const QModelIndex entry = index(row, 0);
    if (!result) {
        if (!CustomerService::isSuperseded(result.error()))
            Q_EMIT loadFailed(result.error().message);
        Q_EMIT dataChanged(entry, entry.siblingAtColumn(ColumnCount - 1));
        Q_EMIT timelineLoaded(row);
        return;
    }
    QList<TimelineLine> lines = CallTimeline::lines(result.value());
    timeline.data = std::move(result.value());
    if (!lines.isEmpty()) {
        beginInsertRows(entry, 0, static_cast<int>(lines.size()) - 1);
        m_timelines[row].lines = std::move(lines);
        endInsertRows();
    } else {
        Q_EMIT dataChanged(entry, entry.siblingAtColumn(ColumnCount - 1));
    }
    Q_EMIT timelineLoaded(row);
}

const TimelineLine* HistoryModel::timelineLineAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto found = m_timelines.constFind(static_cast<int>(index.internalId() - 1));
    if (found == m_timelines.cend() || index.row() >= found->lines.size())
        return nullptr;
    return &found->lines.at(index.row());
}

bool HistoryModel::isTimelineLoading(int row) const
{
    const auto found = m_timelines.constFind(row);
    return found != m_timelines.cend() && found->loading;
}

QString HistoryModel::timelineText(int row) const
{
    const auto found = m_timelines.constFind(row);
    if (found == m_timelines.cend())
        return {};
    const QModelIndex entry = index(row, 0);
    QStringList lines;
    for (int line = 0; line < found->lines.size(); ++line)
        lines << data(index(line, 0, entry)).toString();
    return lines.join(u'\n');
}

void HistoryModel::retranslate()
{
    PagedTableModel::retranslate();
    for (auto it = m_timelines.begin(); it != m_timelines.end(); ++it) {
        if (!it->loaded || it->lines.isEmpty())
            continue;
        const QList<TimelineLine> lines = CallTimeline::lines(it->data);
        if (lines.size() != it->lines.size())
            continue;
        it->lines = lines;
        const QModelIndex entry = index(it.key(), 0);
        Q_EMIT dataChanged(index(0, 0, entry), index(static_cast<int>(lines.size()) - 1, 0, entry));
    }
}

QVariant HistoryModel::timelineData(const QModelIndex& index, int role) const
{
    const TimelineLine* line = timelineLineAt(index);
    if (!line || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // The time first, isolated, then the sentence, in the interface's direction (the mark decides it, as
        // the time's own letters, "PM", would otherwise): in a right-to-left view the time stands at the right.
        return QString(BidiText::directionMark(QGuiApplication::layoutDirection()) + CallTimeline::timeOf(line->atUtc)
                       + u"  "_s + line->text);
    case Qt::ToolTipRole:
        return line->text;
    case Qt::FontRole:
        if (line->warning) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawValueRole:
        return line->atUtc;
    default:
        return {};
    }
}

// --- The entries ----------------------------------------------------------------------------------------

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() != 0)
        return timelineData(index, role);
    const Interaction* interaction = rowAt(index.row());
    if (!interaction || index.column() >= ColumnCount)
        return {};
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*interaction, column);
    case Qt::ToolTipRole:
        return interaction->summary.isEmpty() && interaction->notes.isEmpty() ? CallHistory::subject(*interaction)
                                                                              : CallHistory::details(*interaction);
    case RawValueRole:
        return raw(*interaction, column);
    case IdRole:
        return interaction->id;
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
        return KeysetTableModel::headerData(section, orientation, role);
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
    m_history.fetchPage(m_customerId, m_filter, after, limit, tag, this, std::move(done));
}
