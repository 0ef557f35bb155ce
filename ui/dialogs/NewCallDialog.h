#pragma once

#include "domain/Channel.h"
#include "domain/Customer.h"
#include "services/ReadGeneration.h"

#include <QDialog>

#include <optional>

class ICustomerService;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

/// Starts a conversation (F2): with the customer selected in the console, or with a phone number,
/// which finds the customer's card or creates a new one (salutation, name, language). The channel is
/// an incoming phone call, a visitor in person, or a callback the agent places.
///
/// The number is looked up as it is typed, off the GUI thread; only the answer for the number as it
/// reads now counts. A new card is stored before the dialog closes: until then it says it is saving and
/// takes no input, and when the card cannot be stored it says why and keeps everything typed.
class NewCallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCallDialog)

public:
    enum class Kind {
        IncomingPhone,
        InPerson,
        Callback, ///< outbound phone call
    };

    /// `customers` must outlive the dialog; `selected` is the customer open in the console, if any.
    NewCallDialog(ICustomerService& customers, const std::optional<Customer>& selected, QWidget* parent = nullptr);
    ~NewCallDialog() override;

    /// Prefills the number (a call request from the command line or a link) and looks it up.
    void setNumber(const QString& number);
    /// Prefills the new customer's name from a link's hint ("Jane Smith").
    void setNameHint(const QString& name);
    void setKind(Kind kind);

    /// After accept(): the customer of the call, stored (a new card has its id).
    const Customer& customer() const { return m_customer; }
    bool createdCustomer() const { return m_created; }
    Kind kind() const;
    Channel channel() const { return kind() == Kind::InPerson ? Channel::InPerson : Channel::Phone; }
    bool outbound() const { return kind() == Kind::Callback; }
    /// The number as typed (empty for an in-person visit without one).
    QString number() const;
    /// Why the last accept() was refused; empty when it was not.
    QString errorText() const;
    /// Accepting waits for the look-up of the number or for the new card to be stored.
    bool isBusy() const { return m_busy; }
    /// The look-up of the number as it reads now has not answered yet.
    bool isLookingUp() const { return m_lookupPending; }

public Q_SLOTS:
    /// Validates, then closes with the card found for the number, or once a new card is stored;
    /// otherwise shows why not. Waits (busy) for an unanswered look-up first.
    void accept() override;
    /// Closes without a call, except while a new card is being stored.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void lookUpNumber();
    void updateMode();
    void showError(const QString& message);
    bool useSelected() const;
    /// Accepting once the number's card is known: that card, or a new one stored first.
    void finishAccept();
    /// Shows `status` and takes no input while it is not empty.
    void setBusy(const QString& status);

    ICustomerService& m_customers;
    std::optional<Customer> m_selected;
    std::optional<Customer> m_found; ///< the card whose phone matches the typed number
    Customer m_customer;
    bool m_created = false;
    ReadGeneration m_lookups;          ///< a newer number makes the answers for older ones stale
    bool m_lookupPending = false;      ///< the number as it reads now is being looked up
    bool m_lookupFailed = false;       ///< its look-up failed (tried again on accept)
    bool m_acceptWhenLookedUp = false; ///< accept() waits for that look-up
    bool m_busy = false;
    bool m_saving = false; ///< a new card is being stored

    QRadioButton* m_selectedRadio;
    QRadioButton* m_numberRadio;
    QLineEdit* m_numberEdit;
    QLabel* m_lookupLabel;
    QGroupBox* m_newGroup;
    QLabel* m_salutationLabel;
    QComboBox* m_salutationCombo;
    QLabel* m_givenLabel;
    QLineEdit* m_givenEdit;
    QLabel* m_familyLabel;
    QLineEdit* m_familyEdit;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_kindLabel;
    QComboBox* m_kindCombo;
    QLabel* m_errorLabel;
    QLabel* m_busyLabel;
    QDialogButtonBox* m_buttons;
};
