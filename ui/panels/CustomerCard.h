#pragma once

#include "domain/Customer.h"

#include <QFrame>

#include <optional>

class CustomerCardEditor;
class ICustomerEditing;
class ICustomerService;
class QAction;
class QLabel;
class QPushButton;

/// Who the customer is and how to address them (F10): salutation and name, phones formatted for their
/// region, e-mail, address, country, preferred language, tags and open follow-ups at a glance. With the
/// editing service set, the card is also where cards are created, edited in place (Edit, F2; Save,
/// Cancel, Escape), merged with another card and their audit trail read. A change is shown once the
/// database has stored it; a save that fails keeps the editor open with everything typed and says why.
class CustomerCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCard)

public:
    explicit CustomerCard(QWidget* parent = nullptr);
    ~CustomerCard() override;

    /// Shows `customer`, or an empty card when there is none. An edit in progress stays open.
    void setCustomer(const std::optional<Customer>& customer);
    /// What an empty card says instead of "No customer selected" (why nobody is selected, what to do);
    /// empty restores that default. Translated by the caller.
    void setPlaceholderText(const QString& text);
    /// What the card says in its name line (the customer, or why there is none).
    QString headline() const;
    const std::optional<Customer>& customer() const { return m_customer; }

    /// Turns on creating, editing, merging and the audit trail; both outlive the card. Null: show only.
    void setServices(ICustomerEditing* editing, ICustomerService* customers);
    /// The team's region (ISO 3166): its numbers are shown in national format, others internationally.
    void setTeamRegion(const QString& region);
    bool isEditing() const;
    CustomerCardEditor* editor() const { return m_editor; }
    QAction* editAction() const { return m_editAction; }
    /// The open follow-ups line as shown.
    QString followUpsText() const;

public Q_SLOTS:
    /// F2: edits the card shown, in place.
    void startEdit();
    /// Opens the editor on an empty card.
    void startNewCard();
    /// Opens the merge dialog for the card shown.
    void openMerge();
    /// Opens the audit trail of the card shown.
    void openHistory();

Q_SIGNALS:
    /// A card was created or edited and is stored: `customer` as the database holds it.
    void customerSaved(const Customer& customer);
    /// Another card was merged into `kept`, which is stored as shown.
    void customersMerged(const Customer& kept, qint64 mergedId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateValues();
    QList<std::pair<QLabel*, QLabel*>> captionedValues() const;
    void showLine(QLabel* value, bool shown);
    void updateAlignment();
    void updateActions();
    void loadFollowUps();
    void save();
    void cancel();
    void closeEditor();
    void showPage(QWidget* page);
    QLabel* addValueLabel();
    QString phoneShown(const QString& number) const;

    std::optional<Customer> m_customer;
    QString m_placeholder;
    QString m_teamRegion;
    ICustomerEditing* m_editing = nullptr;
    ICustomerService* m_customers = nullptr;
    int m_followUpsRead = 0; ///< generation of the follow-ups read; older answers are dropped
    QString m_followUpsText;
    QWidget* m_pages; ///< the view and the editor, one shown at a time
    QWidget* m_viewPage = nullptr;
    class WrappingScrollArea* m_viewScroll = nullptr;
    QWidget* m_viewBox = nullptr; ///< the lines that scroll and the buttons below them
    QLabel* m_nameLabel;
    QLabel* m_phoneCaption;
    QLabel* m_phoneLabel;
    QLabel* m_otherPhonesCaption;
    QLabel* m_otherPhonesLabel;
    QLabel* m_emailCaption;
    QLabel* m_emailLabel;
    QLabel* m_addressCaption;
    QLabel* m_addressLabel;
    QLabel* m_countryCaption;
    QLabel* m_countryLabel;
    QLabel* m_languageCaption;
    QLabel* m_languageLabel;
    QLabel* m_tagsCaption;
    QLabel* m_tagsLabel;
    QLabel* m_followUpsCaption;
    QLabel* m_followUpsLabel;
    QPushButton* m_editButton;
    QPushButton* m_newButton;
    QPushButton* m_mergeButton;
    QPushButton* m_historyButton;
    QAction* m_editAction;
    CustomerCardEditor* m_editor;
};
