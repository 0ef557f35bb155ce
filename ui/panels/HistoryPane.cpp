#include "panels/HistoryPane.h"

#include "i18n/BidiText.h"
#include "services/CallHistory.h"

#include "models/AutoDirectionDelegate.h"
#include "models/HistoryModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

HistoryPane::HistoryPane(IHistoryService& history, QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryModel(history, this))
    , m_loadingLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detailLabel(new QLabel(this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("historyPane"));
    m_loadingLabel->setObjectName(QStringLiteral("historyLoadingLabel"));
    m_loadingLabel->hide();

    m_view->setObjectName(QStringLiteral("historyTableView"));
    m_view->setModel(m_model);
    AutoDirectionDelegate::setUpRecordTable(m_view);
    m_view->setAlternatingRowColors(true);
    QHeaderView* header = m_view->horizontalHeader();
    // Sized by fitColumns() as pages arrive and the pane resizes; the subject takes the rest.
    for (const int column : {HistoryModel::WhenColumn, HistoryModel::ChannelColumn, HistoryModel::DirectionColumn,
             HistoryModel::AgentColumn})
        header->setSectionResizeMode(column, QHeaderView::Fixed);
    header->setSectionResizeMode(HistoryModel::SubjectColumn, QHeaderView::Stretch);
    m_view->viewport()->installEventFilter(this);

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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetail(current.row()); });
    connect(m_model, &HistoryModel::modelReset, this, [this] { showDetail(-1); });
    connect(m_model, &HistoryModel::loadFailed, this, &HistoryPane::loadFailed);
    connect(m_model, &HistoryModel::loadingChanged, this, &HistoryPane::showLoading);
    // The newest contact becomes the current one when the first page arrives.
    connect(m_model, &HistoryModel::pageLoaded, this, [this] {
        fitColumns();
        const QModelIndex first = m_model->index(0, 0);
        if (first.isValid() && !m_view->selectionModel()->currentIndex().isValid())
            m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });

    updateRowHeight();
    retranslateUi();
}

HistoryPane::~HistoryPane() = default;

void HistoryPane::setCustomer(qint64 customerId)
{
    // The first page arrives later (pageLoaded); the row is made current through the selection model
    // there, as QTableView::selectRow() selects nothing in a right-to-left view not laid out yet.
    m_model->setCustomer(customerId);
}

void HistoryPane::showLoading(bool loading)
{
    m_loadingLabel->setVisible(loading);
    m_view->setAccessibleDescription(loading ? m_loadingLabel->text() : QString());
}

void HistoryPane::showDetail(int row)
{
    const Interaction* interaction = m_model->interactionAt(row);
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
    m_detail->setPlainText(heading + QLatin1String("\n\n") + CallHistory::subject(*interaction)
                           + QLatin1String("\n\n") + CallHistory::details(*interaction));
}

void HistoryPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange) {
        updateRowHeight();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

bool HistoryPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void HistoryPane::fitColumns()
{
    // The subject is what the agent scans for: in a narrow pane the direction, then the agent give way
    // (the details below still name both).
    QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemView* view = m_view;
    const QFontMetrics titles(header->font());
    const auto needed = [&](int column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(view->sizeHintForColumn(column), titles.horizontalAdvance(title) + 16);
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

void HistoryPane::updateRowHeight()
{
    // Rows as tall as the font needs: Nastaliq lines are about twice as tall as Latin ones.
    const int height = fontMetrics().height() + 8;
    m_view->verticalHeader()->setMinimumSectionSize(height);
    m_view->verticalHeader()->setDefaultSectionSize(height);
}

void HistoryPane::retranslateUi()
{
    m_loadingLabel->setText(tr("Loading the history…"));
    m_view->setAccessibleName(tr("Customer history"));
    m_detailLabel->setText(tr("&Details"));
    m_detail->setAccessibleName(tr("Details of the selected contact"));
    m_detail->setPlaceholderText(tr("Select a contact to read its summary."));
    m_model->retranslate();
    showDetail(m_view->currentIndex().row());
    fitColumns();
}
