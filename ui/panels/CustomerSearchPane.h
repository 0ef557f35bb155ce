#pragma once

#include "domain/Customer.h"

#include <QWidget>

class CustomerCard;
class CustomerListModel;
class ICustomerService;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

/// The left pane: search by name, phone or e-mail, the paged results and the customer card.
/// The card never shows someone the results do not hold: while a changed search runs, nobody is
/// selected; when its results arrive, the customer shown before stays if they are among them, a single
/// hit is selected, and with several the card asks the agent to choose (an empty search lists everyone,
/// so the customer shown before stays).
class CustomerSearchPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerSearchPane)

public:
    static constexpr int DebounceMs = 150;

    explicit CustomerSearchPane(ICustomerService& customers, QWidget* parent = nullptr);
    ~CustomerSearchPane() override;

    CustomerListModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QTableView* resultsView() const { return m_resultsView; }
    CustomerCard* card() const { return m_card; }

public Q_SLOTS:
    /// Ctrl+F: focus the search field and select its text.
    void focusSearch();
    /// Runs the pending search now instead of after the typing pause.
    void searchNow();
    /// Makes `row` of the results the current one, which opens that customer.
    void selectRow(int row);
    /// Opens the first customer of the results once they have arrived (at once when they have).
    void selectFirstRowWhenLoaded();
    /// Shows `customer` on the card because a call brought them (a new card included): the results are
    /// read again, and that customer's row becomes the current one. When a search would hide them (not
    /// in its first page, once it has arrived), the search is cleared so the list shows everyone; a row further down is selected once its page has
    /// loaded. Until then no row is current, so the list never points at someone else than the card.
    /// Emits selectionChanged() only.
    void showCustomer(const Customer& customer);
    /// Shows `customer` on the card because a call brought them while the agent was typing a search: the
    /// search and its results stay as typed; the caller's row is selected if the results hold them.
    void showCustomerKeepingSearch(const Customer& customer);

Q_SIGNALS:
    /// A different customer than the one opened last is on the card (mouse, arrows, Enter, a single hit).
    void customerOpened(const Customer& customer);
    /// The results of a search hold nobody to show: no customer is open any more.
    void customerClosed();
    /// The card changed: the customer it shows now, or none (a search running, several or no matches).
    /// Whatever offers "the selected customer" follows this.
    void selectionChanged(const std::optional<Customer>& customer);
    /// Enter or double-click on a result: the agent is ready to serve this customer.
    void customerActivated(const Customer& customer);
    /// A search could not be run; `message` is translated.
    void searchFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Why the card shows nobody.
    enum class EmptyCard { NoneSelected, Searching, NoMatch, SeveralMatches };

    void retranslateUi();
    void openRow(int row);
    /// The agent changed the search text: nobody is selected until its results arrive.
    void onSearchEdited();
    /// The results of the search as typed are in: decides who the card shows (see the class comment).
    void settleCard();
    void setCard(const std::optional<Customer>& customer, EmptyCard why = EmptyCard::NoneSelected);
    void updateCardPlaceholder();
    /// The card shows nobody because of the results: emits customerClosed() once.
    void closeOpenedCustomer();
    /// A page of the results arrived: what was waiting for it (Enter, a screen pop, the start) happens.
    void onPageLoaded();
    void activateFirstRow();
    void showSearching(bool searching);
    void updateRowHeight();
    /// Makes the card's customer the current row when it is among rows `first`..`last` and no row is.
    void highlightCardCustomer(int first, int last);
    /// The row of `customerId` among the rows loaded so far, or -1.
    int currentRowOf(qint64 customerId) const;

    CustomerListModel* m_model;
    QLineEdit* m_searchEdit;
    QTableView* m_resultsView;
    QLabel* m_searchingLabel;
    CustomerCard* m_card;
    QTimer* m_debounce;
    bool m_activateFirst = false; ///< Enter was pressed before the results arrived
    bool m_selectFirst = false;   ///< selectFirstRowWhenLoaded() before the results arrived
    bool m_revealCard = false;    ///< showCustomer() waits for the results to check the card's customer is in
    bool m_settleCard = false;    ///< the results of the search as typed decide who the card shows
    std::optional<Customer> m_before; ///< on the card before the search changed; stays if still found
    qint64 m_openedId = 0;        ///< the customer customerOpened() announced last (0: none)
    EmptyCard m_emptyCard = EmptyCard::NoneSelected;
    int m_matches = 0;            ///< rows of the first page when several matched
    bool m_moreMatches = false;   ///< more pages of matches than m_matches
};
