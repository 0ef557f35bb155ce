#include "panels/CustomerSearchPane.h"

#include "models/AutoDirectionDelegate.h"
#include "models/CustomerListModel.h"
#include "panels/CustomerCard.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

CustomerSearchPane::CustomerSearchPane(ICustomerService& customers, QWidget* parent)
    : QWidget(parent)
    , m_model(new CustomerListModel(customers, this))
    , m_searchEdit(new QLineEdit(this))
    , m_resultsView(new QTableView(this))
    , m_searchingLabel(new QLabel(this))
    , m_card(new CustomerCard(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("customerSearchPane"));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);

    m_resultsView->setObjectName(QStringLiteral("customerTableView"));
    m_resultsView->setModel(m_model);
    AutoDirectionDelegate::setUpRecordTable(m_resultsView);
    m_resultsView->horizontalHeader()->setSectionResizeMode(CustomerListModel::NameColumn, QHeaderView::Stretch);
    m_resultsView->horizontalHeader()->setSectionResizeMode(CustomerListModel::PhoneColumn,
                                                            QHeaderView::ResizeToContents);

    m_searchingLabel->setObjectName(QStringLiteral("customerSearchingLabel"));
    m_searchingLabel->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_searchingLabel);
    layout->addWidget(m_resultsView, 1);
    layout->addWidget(m_card);

    // Down from the search text goes into the results; Up from their first row comes back.
    m_searchEdit->installEventFilter(this);
    m_resultsView->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &CustomerSearchPane::onSearchEdited);
    connect(m_debounce, &QTimer::timeout, this, &CustomerSearchPane::searchNow);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        // The results of what was typed may still be on their way: the first one is taken when they come.
        if (m_model->isLoading())
            m_activateFirst = true;
        else
            activateFirstRow();
    });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { openRow(current.row()); });
    connect(m_resultsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        openRow(index.row());
        if (const Customer* customer = m_model->customerAt(index.row()))
            Q_EMIT customerActivated(*customer);
    });
    connect(m_model, &CustomerListModel::loadFailed, this, [this](const QString& message) {
        m_activateFirst = m_selectFirst = m_revealCard = false;
        if (m_settleCard) {
            // No results to check the card against: nobody stays selected.
            m_settleCard = false;
            m_before.reset();
            setCard(std::nullopt);
            closeOpenedCustomer();
        }
        Q_EMIT searchFailed(message);
    });
    connect(m_model, &CustomerListModel::pageLoaded, this, &CustomerSearchPane::onPageLoaded);
    connect(m_model, &CustomerListModel::loadingChanged, this, &CustomerSearchPane::showSearching);
    // The card's customer stays highlighted whenever the list shows them: after a new search (the filter
    // cleared, say) and when the page holding their row arrives.
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { highlightCardCustomer(0, m_model->rowCount() - 1); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { highlightCardCustomer(first, last); });

    m_model->setSearchText({});
    updateRowHeight();
    retranslateUi();
}

CustomerSearchPane::~CustomerSearchPane() = default;

void CustomerSearchPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool CustomerSearchPane::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
        return QWidget::eventFilter(watched, event);
    if (watched == m_searchEdit && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
        && m_model->rowCount() > 0) {
        m_resultsView->setFocus(Qt::TabFocusReason);
        if (!m_resultsView->selectionModel()->currentIndex().isValid())
            selectRow(0);
        return true;
    }
    if (watched == m_resultsView && key->key() == Qt::Key_Up
        && m_resultsView->selectionModel()->currentIndex().row() <= 0) {
        m_searchEdit->setFocus(Qt::BacktabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerSearchPane::onSearchEdited()
{
    // Until the results of what is typed arrive, nobody is selected: "the selected customer" must never
    // be someone the search no longer finds. Who was on the card comes back if the results hold them.
    if (m_card->customer())
        m_before = m_card->customer();
    m_settleCard = true;
    // A screen pop waiting for the list, Enter on the text before, the first row at start: the agent's
    // typing decides now.
    m_revealCard = m_activateFirst = m_selectFirst = false;
    m_resultsView->selectionModel()->clear();
    setCard(std::nullopt, EmptyCard::Searching);
    m_debounce->start();
}

void CustomerSearchPane::searchNow()
{
    m_debounce->stop();
    if (m_searchEdit->text().trimmed() == m_model->searchText()) {
        // The same search (a space added, say): its results are the ones shown, or on their way.
        if (!m_model->isLoading())
            settleCard();
        return;
    }
    // The agent's own search: a screen pop waiting for the list no longer decides what it shows.
    m_revealCard = false;
    m_model->setSearchText(m_searchEdit->text());
}

void CustomerSearchPane::selectRow(int row)
{
    // Through the selection model: QTableView::selectRow() finds no column in a right-to-left view
    // that has not been laid out yet, and selects nothing.
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid()) {
        m_resultsView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void CustomerSearchPane::selectFirstRowWhenLoaded()
{
    if (m_model->isLoading())
        m_selectFirst = true;
    else
        selectRow(0);
}

void CustomerSearchPane::showCustomer(const Customer& customer)
{
    // The card first: selecting the row later then finds it already open and says nothing.
    m_openedId = customer.id;
    m_before.reset();
    m_settleCard = false;
    setCard(customer);
    m_debounce->stop();
    m_resultsView->selectionModel()->clear();
    m_activateFirst = m_selectFirst = false;
    m_revealCard = true;
    m_model->setSearchText(m_searchEdit->text());
}

void CustomerSearchPane::showCustomerKeepingSearch(const Customer& customer)
{
    // The caller is on the card; the results of the agent's search decide nothing about it any more.
    m_openedId = customer.id;
    m_before.reset();
    m_settleCard = m_revealCard = m_activateFirst = m_selectFirst = false;
    m_resultsView->selectionModel()->clear();
    setCard(customer);
    if (!m_model->isLoading())
        highlightCardCustomer(0, m_model->rowCount() - 1);
}

void CustomerSearchPane::onPageLoaded()
{
    if (m_revealCard) {
        m_revealCard = false;
        const std::optional<Customer>& shown = m_card->customer();
        if (shown && !m_model->searchText().isEmpty() && currentRowOf(shown->id) < 0) {
            // The search would hide the caller: show everyone. A row further down than the first page
            // is selected when its page loads (highlightCardCustomer).
            const QSignalBlocker blocker(m_searchEdit);
            m_searchEdit->clear();
            m_revealCard = true;
            m_model->setSearchText({});
            return;
        }
        if (const int row = shown ? currentRowOf(shown->id) : -1; row >= 0) {
            selectRow(row);
            m_resultsView->scrollTo(m_model->index(row, 0));
        }
        return;
    }
    if (m_settleCard)
        settleCard();
    if (m_activateFirst) {
        m_activateFirst = false;
        activateFirstRow();
    }
    if (m_selectFirst) {
        m_selectFirst = false;
        if (!m_resultsView->selectionModel()->currentIndex().isValid())
            selectRow(0);
    }
}

void CustomerSearchPane::activateFirstRow()
{
    if (m_model->rowCount() == 0)
        return;
    m_resultsView->setFocus(Qt::OtherFocusReason);
    selectRow(0);
    if (const Customer* customer = m_model->customerAt(0))
        Q_EMIT customerActivated(*customer);
}

void CustomerSearchPane::showSearching(bool searching)
{
    m_searchingLabel->setVisible(searching);
    m_resultsView->setAccessibleDescription(searching ? m_searchingLabel->text() : QString());
}

int CustomerSearchPane::currentRowOf(qint64 customerId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const Customer* shown = m_model->customerAt(row); shown && shown->id == customerId)
            return row;
    }
    return -1;
}

void CustomerSearchPane::highlightCardCustomer(int first, int last)
{
    const std::optional<Customer>& shown = m_card->customer();
    if (!shown || m_resultsView->selectionModel()->currentIndex().isValid())
        return;
    for (int row = std::max(first, 0); row <= last; ++row) {
        if (const Customer* customer = m_model->customerAt(row); customer && customer->id == shown->id) {
            selectRow(row);
            return;
        }
    }
}

void CustomerSearchPane::openRow(int row)
{
    const Customer* customer = m_model->customerAt(row);
    if (!customer)
        return;
    // The agent's (or the single hit's) choice replaces whoever was shown before the search changed.
    m_before.reset();
    if (m_card->customer() && m_card->customer()->id == customer->id)
        return;
    setCard(*customer);
    if (customer->id != m_openedId) {
        m_openedId = customer->id;
        Q_EMIT customerOpened(*customer);
    }
}

void CustomerSearchPane::settleCard()
{
    // A page of an earlier text (more was typed since) decides nothing: the search as typed follows.
    if (!m_settleCard || m_model->isLoading() || m_searchEdit->text().trimmed() != m_model->searchText())
        return;
    m_settleCard = false;
    const std::optional<Customer> wanted = m_card->customer() ? m_card->customer() : m_before;
    if (wanted) {
        if (const int row = currentRowOf(wanted->id); row >= 0) {
            m_before.reset();
            selectRow(row);
            m_resultsView->scrollTo(m_model->index(row, 0));
            return;
        }
        if (m_model->searchText().isEmpty()) {
            // Everyone is listed: the customer is further down, and their row is selected when its page
            // arrives (highlightCardCustomer).
            m_before.reset();
            setCard(wanted);
            return;
        }
    }
    const int rows = m_model->rowCount();
    if (rows == 1) {
        selectRow(0);
        return;
    }
    // Nobody is selected; the customer shown before comes back with a later search that holds them
    // (clearing a mistaken one, say) unless the agent chooses someone else first.
    m_before = wanted;
    m_matches = rows;
    m_moreMatches = m_model->canFetchMore({});
    setCard(std::nullopt, rows == 0 ? EmptyCard::NoMatch : EmptyCard::SeveralMatches);
    closeOpenedCustomer();
}

void CustomerSearchPane::setCard(const std::optional<Customer>& customer, EmptyCard why)
{
    m_emptyCard = customer ? EmptyCard::NoneSelected : why;
    updateCardPlaceholder();
    m_card->setCustomer(customer);
    Q_EMIT selectionChanged(customer);
}

void CustomerSearchPane::closeOpenedCustomer()
{
    if (m_openedId == 0)
        return;
    m_openedId = 0;
    Q_EMIT customerClosed();
}

void CustomerSearchPane::updateCardPlaceholder()
{
    switch (m_emptyCard) {
    case EmptyCard::NoneSelected:
        m_card->setPlaceholderText({});
        break;
    case EmptyCard::Searching:
        m_card->setPlaceholderText(tr("Searching…"));
        break;
    case EmptyCard::NoMatch:
        m_card->setPlaceholderText(tr("No customer matches this search."));
        break;
    case EmptyCard::SeveralMatches:
        m_card->setPlaceholderText(m_moreMatches
                ? tr("%n or more customers match; choose one.", "the card when a search finds many", m_matches)
                : tr("%n customer(s) match; choose one.", "the card when a search finds several", m_matches));
        break;
    }
}

void CustomerSearchPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        updateRowHeight();
    QWidget::changeEvent(event);
}

void CustomerSearchPane::updateRowHeight()
{
    // Rows as tall as the font needs: Nastaliq lines are about twice as tall as Latin ones.
    const int height = fontMetrics().height() + 8;
    m_resultsView->verticalHeader()->setMinimumSectionSize(height);
    m_resultsView->verticalHeader()->setDefaultSectionSize(height);
    // A search shows a handful of customers to choose from at least; a long card scrolls instead.
    m_resultsView->setMinimumHeight(m_resultsView->horizontalHeader()->sizeHint().height() + 5 * height
        + 2 * m_resultsView->frameWidth());
}

void CustomerSearchPane::retranslateUi()
{
    m_searchEdit->setPlaceholderText(tr("Search by name, phone or e-mail"));
    m_searchEdit->setAccessibleName(tr("Search customers"));
    m_searchEdit->setToolTip(tr("Search by name, phone or e-mail (Ctrl+F)"));
    m_resultsView->setAccessibleName(tr("Customers found"));
    m_searchingLabel->setText(tr("Searching…"));
    m_model->retranslate();
    updateCardPlaceholder();
}
