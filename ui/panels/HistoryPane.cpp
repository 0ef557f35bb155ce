#include "panels/HistoryPane.h"

#include "i18n/BidiText.h"
#include "services/CallHistory.h"

#include "models/AutoDirectionDelegate.h"
#include "models/HistoryModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

HistoryPane::HistoryPane(IHistoryService& history, QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryModel(history, this))
    , m_channelLabel(new QLabel(this))
    , m_channelCombo(new QComboBox(this))
    , m_filterEdit(new QLineEdit(this))
    , m_filterDebounce(new QTimer(this))
    , m_statusLabel(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_detailLabel(new QLabel(this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("historyPane"));
    m_channelLabel->setObjectName(QStringLiteral("historyChannelLabel"));
    m_channelLabel->setBuddy(m_channelCombo);
    m_channelCombo->setObjectName(QStringLiteral("historyChannelComboBox"));
    m_channelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterEdit->setObjectName(QStringLiteral("historyFilterLineEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(FilterDebounceMs);
    m_statusLabel->setObjectName(QStringLiteral("historyLoadingLabel"));
    m_statusLabel->hide();

    m_view->setObjectName(QStringLiteral("historyTreeView"));
    m_view->setModel(m_model);
    // A record list as the console's tables are (AutoDirectionDelegate::setUpRecordTable), as a tree: one
    // line per row, the same height for all, so that scrolling thousands of entries lays out nothing.
    m_view->setItemDelegate(new AutoDirectionDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setExpandsOnDoubleClick(true);
    m_view->header()->setHighlightSections(false);
    m_view->header()->setStretchLastSection(false);
    QHeaderView* header = m_view->header();
    // Sized by fitColumns() as pages arrive and the pane resizes; the subject takes the rest.
    for (const int column : {HistoryModel::WhenColumn, HistoryModel::ChannelColumn, HistoryModel::DirectionColumn,
             HistoryModel::AgentColumn})
        header->setSectionResizeMode(column, QHeaderView::Fixed);
    header->setSectionResizeMode(HistoryModel::SubjectColumn, QHeaderView::Stretch);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);

    m_detailLabel->setObjectName(QStringLiteral("historyDetailLabel"));
    m_detailLabel->setBuddy(m_detail);
    m_detail->setObjectName(QStringLiteral("historyDetailTextBrowser"));
    m_detail->setOpenLinks(false);

    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addWidget(m_detail);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // Small enough to make way for the hold warning below the pane on a short screen.
    m_view->setMinimumHeight(fontMetrics().height() * 3);
    m_detail->setMinimumHeight(fontMetrics().lineSpacing() * 3);

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_channelLabel);
    filters->addWidget(m_channelCombo);
    filters->addWidget(m_filterEdit, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_statusLabel);
    layout->addWidget(splitter, 1);
    setTabOrder(m_channelCombo, m_filterEdit);
    setTabOrder(m_filterEdit, m_view);
    setTabOrder(m_view, m_detail);

    connect(m_channelCombo, &QComboBox::activated, this, &HistoryPane::applyFilterNow);
    connect(m_filterEdit, &QLineEdit::textEdited, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The clear button: no words, no pause.
        if (text.isEmpty())
            applyFilterNow();
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &HistoryPane::applyFilterNow);
    connect(m_filterDebounce, &QTimer::timeout, this, &HistoryPane::applyFilterNow);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetail(current); });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        // Read when first expanded (the view asks too; asking twice reads once).
        if (m_model->canFetchMore(index))
            m_model->fetchMore(index);
        showDetail(m_view->currentIndex());
    });
    connect(m_model, &HistoryModel::rowsInserted, this, [this](const QModelIndex& entry, int first, int last) {
        // A timeline line spans the row: its time and sentence read as one line under the entry.
        if (!entry.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_view->setFirstColumnSpanned(row, entry, true);
    });
    connect(m_model, &HistoryModel::timelineLoaded, this, [this](int row) {
        const QModelIndex current = m_view->currentIndex();
        const QModelIndex entry = current.parent().isValid() ? current.parent() : current;
        if (entry.row() == row)
            showDetail(current);
    });
    connect(m_model, &HistoryModel::modelReset, this, [this] { showDetail({}); });
    connect(m_model, &HistoryModel::loadFailed, this, &HistoryPane::loadFailed);
    connect(m_model, &HistoryModel::loadingChanged, this, &HistoryPane::updateStatus);
    // The newest contact becomes the current one when the first page arrives.
    connect(m_model, &HistoryModel::pageLoaded, this, [this] {
        fitColumns();
        updateStatus();
        const QModelIndex first = m_model->index(0, 0);
        if (first.isValid() && !m_view->selectionModel()->currentIndex().isValid())
            m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });

    retranslateUi();
}

HistoryPane::~HistoryPane() = default;

void HistoryPane::setCustomer(qint64 customerId)
{
    // The first page arrives later (pageLoaded); the row is made current through the selection model
    // there, as selecting a row of a right-to-left view not laid out yet selects nothing.
    m_model->setCustomer(customerId);
}

void HistoryPane::applyFilterNow()
{
    m_filterDebounce->stop();
    HistoryFilter filter;
    if (const QVariant key = m_channelCombo->currentData(); key.isValid())
        filter.channel = ChannelInfo::fromKey(key.toString());
    filter.text = m_filterEdit->text().trimmed();
    m_model->setFilter(filter);
}

void HistoryPane::updateStatus()
{
    const bool loading = m_model->isLoading();
    const HistoryFilter& filter = m_model->filter();
    const bool filtered = filter.channel || !filter.text.isEmpty();
    const bool noMatch = !loading && filtered && m_model->customerId() != 0 && m_model->rowCount() == 0;
    m_statusLabel->setText(loading ? tr("Loading the history…")
                                   : noMatch ? tr("No contact in this history matches the filters.") : QString());
    m_statusLabel->setVisible(loading || noMatch);
    m_view->setAccessibleDescription(m_statusLabel->isVisible() ? m_statusLabel->text() : QString());
}

void HistoryPane::toggleTimeline(const QModelIndex& index)
{
    const QModelIndex entry = index.parent().isValid() ? index.parent() : index.siblingAtColumn(0);
    if (!m_model->hasChildren(entry))
        return;
    if (m_view->isExpanded(entry)) {
        m_view->collapse(entry);
        m_view->setCurrentIndex(entry);
    } else {
        m_view->expand(entry);
    }
}

void HistoryPane::showDetail(const QModelIndex& current)
{
    const QModelIndex entry = current.parent().isValid() ? current.parent() : current;
    const Interaction* interaction = entry.isValid() ? m_model->interactionAt(entry.row()) : nullptr;
    if (!interaction) {
        m_detail->clear();
        return;
    }
    const QString channel = BidiText::isolated(ChannelInfo::displayName(interaction->channel));
    const QString when = BidiText::dateTime(interaction->occurredUtc.toLocalTime(), QLocale(), QLocale::LongFormat);
    const QString heading = interaction->agentName.isEmpty()
        ? tr("%1 · %2", "channel · date").arg(channel, when)
        : tr("%1 · %2 · %3", "channel · date · agent").arg(channel, when, BidiText::isolated(interaction->agentName));
    // Plain text only: summaries are typed by people and must never be interpreted as markup.
    QString text = heading + QLatin1String("\n\n") + CallHistory::subject(*interaction) + QLatin1String("\n\n")
        + CallHistory::details(*interaction);
    if (m_model->isTimelineLoading(entry.row()))
        text += QLatin1String("\n\n") + tr("Reading the call's timeline…");
    else if (const QString timeline = m_model->timelineText(entry.row()); !timeline.isEmpty())
        text += QLatin1String("\n\n") + tr("Timeline of the call:") + u'\n' + timeline;
    m_detail->setPlainText(text);
}

void HistoryPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitColumns();
    QWidget::changeEvent(event);
}

bool HistoryPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // Enter opens or closes a call's timeline; Right/Left and +/- do so in the tree itself.
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            toggleTimeline(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPane::fitColumns()
{
    // The subject is what the agent scans for: in a narrow pane the direction, then the agent give way
    // (the details below still name both).
    QHeaderView* header = m_view->header();
    const QAbstractItemView* view = m_view;
    const QFontMetrics titles(header->font());
    const int indentation = m_view->indentation();
    const auto needed = [&](int column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int content = view->sizeHintForColumn(column) + (column == HistoryModel::WhenColumn ? indentation : 0);
        return std::max(content, titles.horizontalAdvance(title) + 16);
    };
    // The subject elides: room for its title and a few words is enough.
    const int subjectRoom = std::max(titles.horizontalAdvance(m_model->headerData(HistoryModel::SubjectColumn,
                                         Qt::Horizontal).toString()) + 16,
                                     fontMetrics().averageCharWidth() * 16);
    const int whenAndChannel = needed(HistoryModel::WhenColumn) + needed(HistoryModel::ChannelColumn);
    const int agent = needed(HistoryModel::AgentColumn);
    const int room = m_view->viewport()->width();
    const bool hideDirection = whenAndChannel + agent + needed(HistoryModel::DirectionColumn) + subjectRoom > room;
    const bool hideAgent = whenAndChannel + agent + subjectRoom > room;
    header->setSectionHidden(HistoryModel::DirectionColumn, hideDirection);
    header->setSectionHidden(HistoryModel::AgentColumn, hideAgent);
    for (const int column : {HistoryModel::WhenColumn, HistoryModel::ChannelColumn, HistoryModel::DirectionColumn,
             HistoryModel::AgentColumn}) {
        if (!header->isSectionHidden(column))
            header->resizeSection(column, needed(column));
    }
}

void HistoryPane::retranslateUi()
{
    m_channelLabel->setText(tr("Channel:", "history filter"));
    m_channelCombo->setAccessibleName(tr("Show the contacts of one channel"));
    // The entries keep the channel chosen; only their names change.
    const QVariant chosen = m_channelCombo->currentData();
    m_channelCombo->clear();
    m_channelCombo->addItem(tr("All channels"));
    for (const Channel channel : ChannelInfo::all())
        m_channelCombo->addItem(ChannelInfo::displayName(channel), ChannelInfo::key(channel));
    m_channelCombo->setCurrentIndex(std::max(0, m_channelCombo->findData(chosen)));
    m_filterEdit->setPlaceholderText(tr("Filter by words…"));
    m_filterEdit->setAccessibleName(tr("Filter the history by words in the subject, summary or notes"));
    m_view->setAccessibleName(tr("Customer history"));
    m_detailLabel->setText(tr("&Details"));
    m_detail->setAccessibleName(tr("Details of the selected contact"));
    m_detail->setPlaceholderText(tr("Select a contact to read its summary."));
    m_model->retranslate();
    updateStatus();
    showDetail(m_view->currentIndex());
    fitColumns();
}
