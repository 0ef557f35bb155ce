#pragma once

#include "domain/CallScript.h"
#include "domain/CardMasker.h"

#include <QDialog>

#include <optional>

class Clock;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// The payment read-back (F8, V4): the agent types the name on the card, the number and the expiry;
/// the dialog checks them live with the core's card rules (CardMasker::checkNumber, CardExpiry) and renders the script's "payment"
/// sentence with name, brand, last four and expiry, never the full number. After Accepted only a
/// CardSummary remains: the number field is wiped when the dialog closes, whatever the outcome.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    /// `variables` fill the rest of the sentence ({customer}...); `clock` gives today for the expiry check.
    PaymentDialog(const CallScript& script, const ScriptRenderer::Variables& variables, const Clock& clock,
        QWidget* parent = nullptr);
    ~PaymentDialog() override;

    /// Name, brand, last four and expiry after Accepted; empty before or after Rejected.
    std::optional<CardSummary> cardSummary() const { return m_summary; }
    /// The read-back sentence as currently shown (placeholders for what is still missing).
    QString readBackText() const;
    /// True when name, number and expiry are all valid, i.e. the confirm button is enabled.
    bool isInputValid() const { return m_valid; }

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();
    /// Puts the slash in as the expiry is typed ("0929" reads "09/29"); CardExpiry::formatAsTyped.
    void formatExpiry(const QString& typed);
    /// Clears the number field, its undo history and, where Qt lets us, the characters themselves.
    void wipeNumber();

    CallScript m_script;
    ScriptRenderer::Variables m_variables;
    const Clock& m_clock;
    std::optional<CardSummary> m_summary;
    bool m_valid = false;
    QString m_expiryBefore; ///< the expiry field's text before the latest edit

    QLabel* m_introLabel;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QLabel* m_nameStatus;
    QLabel* m_numberLabel;
    QLineEdit* m_numberEdit;
    QLabel* m_numberStatus;
    QLabel* m_expiryLabel;
    QLineEdit* m_expiryEdit;
    QLabel* m_expiryStatus;
    QLabel* m_readBackTitle;
    QLabel* m_readBack;
    QLabel* m_policyLabel;
    QDialogButtonBox* m_buttons;
};
