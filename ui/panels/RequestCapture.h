#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QTimer;

/// Short fields for what the customer wants, typed while clarifying (F4, V2): the request, optional
/// details and a delivery address. The script's restate and closing lines are filled from them.
/// A card number typed into a field is shown masked once the agent pauses (MaskDelayMs) or leaves the
/// field, as it is stored: the screen never keeps it in clear for longer than the typing takes.
class RequestCapture final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestCapture)

public:
    /// Enough for a sentence or an address; longer text belongs in the notes.
    static constexpr int MaxLength = 500;
    /// Quiet time after the last keystroke before card numbers in a field are masked.
    static constexpr int MaskDelayMs = 1000;

    explicit RequestCapture(QWidget* parent = nullptr);
    ~RequestCapture() override;

    QString request() const;
    QString details() const;
    QString address() const;
    /// Replaces the three fields without emitting edited() (a new or recovered call); emits
    /// fieldsReplaced() so what is rendered from them follows.
    void setFields(const QString& request, const QString& details, const QString& address);
    void clear() { setFields({}, {}, {}); }

    QLineEdit* requestEdit() const { return m_requestEdit; }
    QLineEdit* detailsEdit() const { return m_detailsEdit; }
    QLineEdit* addressEdit() const { return m_addressEdit; }

public Q_SLOTS:
    /// Replaces card numbers in the fields with their masked form now (as an edit: undoable, saved).
    void maskCardNumbers();

Q_SIGNALS:
    /// The agent changed a field (every keystroke).
    void edited();
    /// setFields() replaced the fields (not an edit by the agent: nothing to save).
    void fieldsReplaced();

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void retranslateUi();
    /// Room for Nastaliq in Urdu: the title measured with the Nastaliq face (its stacked letters rise
    /// far above the Latin face's line), the fields a line taller so placeholders are not cut off.
    void fitToScript();
    QLineEdit* addEdit(const QString& objectName);
    void maskField(QLineEdit* edit);

    QLineEdit* m_requestEdit;
    QLineEdit* m_detailsEdit;
    QLineEdit* m_addressEdit;
    QLabel* m_requestLabel;
    QLabel* m_detailsLabel;
    QLabel* m_addressLabel;
    QTimer* m_mask;
    bool m_fitting = false;
};
