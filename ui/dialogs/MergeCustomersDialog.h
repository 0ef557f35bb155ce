#pragma once

#include "domain/Customer.h"
#include "domain/CustomerFields.h"
#include "services/ReadGeneration.h"

#include <QDialog>
#include <QMap>

#include <optional>

class ICustomerEditing;
class ICustomerService;
class QButtonGroup;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

/// Merges another card into the one on screen: the agent finds the other card (by name, phone or
/// e-mail, the customer search), sees both side by side, picks which value of each differing field to
/// keep, and confirms. Phone numbers and tags of both cards are kept. The merge is one transaction on
/// the writer (CustomerMergeRepository); the dialog waits for it and on a failure says why and stays.
class MergeCustomersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeCustomersDialog)

public:
    /// The services outlive the dialog; `kept` is the card that stays.
    MergeCustomersDialog(ICustomerService& customers, ICustomerEditing& editing, const Customer& kept,
        const QString& teamRegion, QWidget* parent = nullptr);
    ~MergeCustomersDialog() override;

    QLineEdit* searchEdit() const { return m_searchEdit; }
    QListWidget* resultsList() const { return m_resultsList; }
    QPushButton* mergeButton() const { return m_mergeButton; }
    /// The card chosen to merge into the kept one, if any.
    const std::optional<Customer>& other() const { return m_other; }
    /// The kept card's values as chosen so far.
    Customer chosenValues() const;
    /// Chooses the other card's value for `field` (as a click on its button would).
    void chooseOther(CustomerField field);
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    /// Searches for the text typed now instead of after the typing pause.
    void searchNow();

Q_SIGNALS:
    /// The merge is stored: `kept` as the database holds it now.
    void merged(const Customer& kept, qint64 mergedId);

private:
    void pick(const Customer& other);
    void rebuildComparison();
    void confirm();
    void runMerge();
    void setBusy(bool busy);
    void showError(const QString& message);

    ICustomerService& m_customers;
    ICustomerEditing& m_editing;
    Customer m_kept;
    QString m_teamRegion;
    std::optional<Customer> m_other;
    QList<Customer> m_results;
    ReadGeneration m_searches;
    bool m_busy = false;
    QLineEdit* m_searchEdit;
    QListWidget* m_resultsList;
    QWidget* m_comparison;
    QGridLayout* m_grid;
    QLabel* m_noteLabel;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_mergeButton;
    QTimer* m_debounce;
    QMap<CustomerField, QButtonGroup*> m_choices;
};
