#pragma once

#include "domain/Customer.h"
#include "domain/CustomerFields.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/// The customer card's fields as a form, for a new card or an edit in place. It only edits: the card
/// (CustomerCard) saves, cancels and asks. Enter in a one-line field saves, Escape cancels.
class CustomerCardEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCardEditor)

public:
    explicit CustomerCardEditor(QWidget* parent = nullptr);
    ~CustomerCardEditor() override;

    /// Fills the form with `customer` (an empty one for a new card); nothing typed yet.
    void edit(const Customer& customer);
    /// The card as typed, with the id and times of the card being edited.
    Customer value() const;
    /// Something differs from the card the form was filled with.
    bool isDirty() const;
    /// While a save runs: no input, Save says so.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// Shows why the card was not saved (translated) and puts the cursor in `field` when given.
    void showError(const QString& message, std::optional<CustomerField> field = std::nullopt);
    QString errorText() const;
    /// The input for `field` (the first one for the name).
    QWidget* inputFor(CustomerField field) const;

Q_SIGNALS:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslateUi();
    void fillLanguages(const QString& current);

    Customer m_original;
    bool m_busy = false;
    QLabel* m_title;
    QLineEdit* m_salutationEdit;
    QLineEdit* m_givenNameEdit;
    QLineEdit* m_familyNameEdit;
    QLineEdit* m_phoneEdit;
    QPlainTextEdit* m_otherPhonesEdit;
    QLineEdit* m_emailEdit;
    QPlainTextEdit* m_addressEdit;
    QLineEdit* m_countryEdit;
    QComboBox* m_languageComboBox;
    QLineEdit* m_tagsEdit;
    QLabel* m_errorLabel;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
    QList<QLabel*> m_captions;
};
