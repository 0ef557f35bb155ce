#pragma once

#include "domain/Customer.h"

#include <QFrame>

#include <optional>

class QLabel;

/// Who the customer is and how to address them: salutation and name, phone, e-mail, address and
/// preferred language (F10).
class CustomerCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCard)

public:
    explicit CustomerCard(QWidget* parent = nullptr);
    ~CustomerCard() override;

    /// Shows `customer`, or an empty card when there is none.
    void setCustomer(const std::optional<Customer>& customer);
    /// What an empty card says instead of "No customer selected" (why nobody is selected, what to do);
    /// empty restores that default. Translated by the caller.
    void setPlaceholderText(const QString& text);
    /// What the card says in its name line (the customer, or why there is none).
    QString headline() const;
    const std::optional<Customer>& customer() const { return m_customer; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateValues();
    void updateAlignment();
    QLabel* addValueLabel();

    std::optional<Customer> m_customer;
    QString m_placeholder;
    QLabel* m_nameLabel;
    QLabel* m_phoneCaption;
    QLabel* m_phoneLabel;
    QLabel* m_emailCaption;
    QLabel* m_emailLabel;
    QLabel* m_addressCaption;
    QLabel* m_addressLabel;
    QLabel* m_languageCaption;
    QLabel* m_languageLabel;
};
