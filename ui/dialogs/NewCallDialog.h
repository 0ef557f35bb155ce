#pragma once

#include "domain/Channel.h"
#include "domain/Customer.h"

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

public Q_SLOTS:
    /// Validates, stores a new customer card when needed, and closes; otherwise shows why not.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void lookUpNumber();
    void updateMode();
    void showError(const QString& message);
    bool useSelected() const;

    ICustomerService& m_customers;
    std::optional<Customer> m_selected;
    std::optional<Customer> m_found; ///< the card whose phone matches the typed number
    Customer m_customer;
    bool m_created = false;

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
    QDialogButtonBox* m_buttons;
};
