#include "panels/FollowUpsPane.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "i18n/BidiText.h"
#include "integration/FollowUpCalendar.h"
#include "models/AutoDirectionDelegate.h"
#include "platform/Theme.h"
#include "services/FollowUpService.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int FollowUpIdRole = Qt::UserRole + 1;

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

FollowUpsPane::FollowUpsPane(IFollowUpService& followUps, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_followUps(followUps)
    , m_clock(clock)
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTableWidget(0, ColumnCount, this))
    , m_doneButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(u"followUpsPane"_s);
    m_titleLabel->setObjectName(u"followUpsTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setBuddy(m_view);
    m_summaryLabel->setObjectName(u"followUpsSummaryLabel"_s);

    m_view->setObjectName(u"followUpsTableWidget"_s);
    AutoDirectionDelegate::setUpRecordTable(m_view);
    m_view->setAlternatingRowColors(true);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CustomerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);

    m_doneButton->setObjectName(u"markFollowUpDonePushButton"_s);
    m_exportButton->setObjectName(u"exportFollowUpPushButton"_s);
    m_statusLabel->setObjectName(u"followUpsStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();

    // Small enough to make way for the hold warning below the tabs on a short screen.
    m_view->setMinimumHeight(fontMetrics().height() * 4);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);

    setTabOrder(m_view, m_doneButton);
    setTabOrder(m_doneButton, m_exportButton);

    m_fileChooser = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("Export the follow-up to a calendar"), suggested, tr("Calendar files (*.ics)"));
    };

    connect(m_view, &QTableWidget::itemSelectionChanged, this, &FollowUpsPane::updateButtons);
    connect(m_doneButton, &QPushButton::clicked, this, &FollowUpsPane::markSelectedDone);
    connect(m_exportButton, &QPushButton::clicked, this, &FollowUpsPane::exportSelected);

    retranslateUi();
    updateButtons();
}

FollowUpsPane::~FollowUpsPane() = default;

void FollowUpsPane::setOwner(qint64 agentId)
{
    m_ownerId = agentId;
    reload();
}

void FollowUpsPane::setCalendarDetails(const QString& ownerName, const QString& organisation)
{
    m_ownerName = ownerName;
    m_organisation = organisation;
}

void FollowUpsPane::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void FollowUpsPane::reload()
{
    const quint64 generation = ++m_generation;
    if (m_ownerId == 0) {
        m_loading = false;
        showLoaded(QList<DueFollowUp> {}, 0);
        return;
    }
    m_loading = true;
    if (m_rows.isEmpty())
        m_summaryLabel->setText(tr("Loading the follow-ups…"));
    // Follow-ups and their customers in one query, on the read worker.
    m_followUps.loadDue(m_ownerId, Limit, this, [this, generation](Result<QList<DueFollowUp>> due) {
        if (generation != m_generation)
            return; // a newer reload is on its way
        m_loading = false;
        const int selected = selectedRow();
        showLoaded(std::move(due), selected >= 0 ? m_rows.at(selected).id : 0);
    });
}

void FollowUpsPane::showLoaded(Result<QList<DueFollowUp>> due, qint64 selectedId)
{
    m_rows.clear();
    m_customerById.clear();
    if (!due) {
        qCWarning(lcUi) << "cannot read follow-ups:" << due.error().detail;
        showStatus(due.error().message, true);
        Q_EMIT loadFailed(due.error().message);
    } else {
        for (const DueFollowUp& row : due.value()) {
            m_rows << row.followUp;
            if (row.customer)
                m_customerById.insert(row.followUp.customerId, *row.customer);
        }
    }
    fillTable(selectedId);
    if (m_rowAfterLoad >= 0) {
        const int next = qMin(m_rowAfterLoad, static_cast<int>(m_rows.size()) - 1);
        m_rowAfterLoad = -1;
        if (next >= 0)
            m_view->selectRow(next);
        m_view->setFocus();
    }
}

void FollowUpsPane::fillTable(qint64 selectedId)
{
    const QDateTime nowUtc = m_clock.nowUtc();
    const QLocale locale;
    m_overdue = 0;
    m_view->clearContents();
    m_view->setRowCount(static_cast<int>(m_rows.size()));
    int reselect = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const FollowUp& followUp = m_rows.at(row);
        const QString due = BidiText::dateTime(followUp.dueUtc.toLocalTime(), locale, QLocale::ShortFormat);
        const bool overdue = followUp.dueUtc < nowUtc;
        // Overdue is said in words, not only in colour.
        auto* dueItem = readOnlyItem(overdue ? tr("Overdue: %1").arg(due) : due);
        dueItem->setData(FollowUpIdRole, followUp.id);
        if (overdue) {
            ++m_overdue;
            QFont font = dueItem->font();
            font.setBold(true);
            dueItem->setFont(font);
            dueItem->setForeground(Theme::color(Theme::Role::Danger, palette()));
            dueItem->setToolTip(tr("This follow-up was due on %1 and is overdue.").arg(due));
        }
        const auto customer = m_customerById.constFind(followUp.customerId);
        const QString name = customer != m_customerById.cend() ? customer->fullName() : tr("Unknown customer");
        m_view->setItem(row, DueColumn, dueItem);
        m_view->setItem(row, CustomerColumn, readOnlyItem(name));
        m_view->setItem(row, ReasonColumn, readOnlyItem(followUp.reason));
        if (followUp.id == selectedId)
            reselect = row;
    }
    if (reselect < 0 && !m_rows.isEmpty())
        reselect = 0;
    if (reselect >= 0)
        m_view->selectRow(reselect);

    const auto count = static_cast<int>(m_rows.size());
    if (count == 0) {
        m_summaryLabel->setText(tr("No follow-ups are due."));
    } else {
        QString summary = tr("Open follow-ups: %1. Overdue: %2.").arg(locale.toString(count), locale.toString(m_overdue));
        if (count >= Limit)
            summary += u' ' + tr("Only the first %1 are listed.").arg(locale.toString(Limit));
        m_summaryLabel->setText(summary);
    }
    m_view->setAccessibleDescription(m_summaryLabel->text());
    updateButtons();
    Q_EMIT followUpsChanged(count, m_overdue);
}

int FollowUpsPane::selectedRow() const
{
    const QList<QTableWidgetItem*> selected = m_view->selectedItems();
    if (selected.isEmpty())
        return -1;
    const int row = selected.first()->row();
    return row < m_rows.size() ? row : -1;
}

void FollowUpsPane::updateButtons()
{
    const bool any = selectedRow() >= 0;
    m_doneButton->setEnabled(any && m_markingId == 0);
    m_exportButton->setEnabled(any);
}

void FollowUpsPane::showStatus(const QString& message, bool problem)
{
    m_statusLabel->setText(message);
    Theme::apply(m_statusLabel, problem ? Theme::Look::DangerText : Theme::Look::Plain);
    m_statusLabel->setVisible(!message.isEmpty());
}

void FollowUpsPane::markSelectedDone()
{
    const int row = selectedRow();
    if (row < 0 || m_markingId != 0)
        return;
    const FollowUp followUp = m_rows.at(row);
    const auto customer = m_customerById.constFind(followUp.customerId);
    const QString name = customer != m_customerById.cend() ? customer->fullName() : tr("Unknown customer");
    // The row stays as it is until the database has it done; the button waits meanwhile.
    m_markingId = followUp.id;
    updateButtons();
    m_followUps.markDone(followUp.id, this, [this, followUp, name, row](Status status) {
        m_markingId = 0;
        updateButtons();
        if (!status) {
            qCWarning(lcUi) << "cannot mark follow-up" << followUp.id << "done:" << status.error().detail;
            showStatus(status.error().message, true);
            return;
        }
        showStatus(tr("Marked the follow-up with %1 as done.").arg(BidiText::isolated(name)), false);
        // The row below takes its place once the list is read again.
        m_rowAfterLoad = row;
        reload();
    });
}

void FollowUpsPane::exportSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const FollowUp followUp = m_rows.at(row);
    const Customer customer = m_customerById.value(followUp.customerId);
    const QString organisation
        = m_organisation.isEmpty() ? QCoreApplication::organizationName() : m_organisation;
    const QString name = m_nameOf ? m_nameOf(customer) : QString();
    Result<QByteArray> ics
        = FollowUpCalendar::toIcs(followUp, customer, name, m_ownerName, organisation, m_clock.nowUtc());
    if (!ics) {
        showStatus(ics.error().message, true);
        return;
    }

    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(u"followup-%1.ics"_s.arg(followUp.id));
    QString path = m_fileChooser ? m_fileChooser(suggested) : QString();
    if (path.isEmpty())
        return; // cancelled
    if (!path.endsWith(u".ics"_s, Qt::CaseInsensitive))
        path += u".ics"_s;
    if (Status status = FollowUpCalendar::writeIcs(path, ics.value()); !status) {
        qCWarning(lcUi) << "cannot write calendar file:" << status.error().detail;
        showStatus(status.error().message, true);
        return;
    }
    showStatus(tr("Saved the calendar entry to %1.").arg(BidiText::leftToRight(QDir::toNativeSeparators(path))), false);
}

void FollowUpsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // The words of the rows, or the colour of the overdue ones, follow.
    if (event->type() == QEvent::LanguageChange || Theme::isPaletteChange(event)) {
        const int selected = selectedRow();
        fillTable(selected >= 0 ? m_rows.at(selected).id : 0);
    }
    QWidget::changeEvent(event);
}

void FollowUpsPane::retranslateUi()
{
    m_titleLabel->setText(tr("Follow-ups due"));
    m_view->setHorizontalHeaderLabels({tr("Due"), tr("Customer"), tr("Reason")});
    m_view->setAccessibleName(tr("Follow-ups due, overdue first"));
    m_doneButton->setText(tr("&Mark done"));
    m_doneButton->setAccessibleName(tr("Mark the selected follow-up done"));
    m_exportButton->setText(tr("E&xport to calendar (.ics)…"));
    m_exportButton->setAccessibleName(tr("Export the selected follow-up to a calendar file"));
}
