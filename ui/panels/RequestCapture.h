#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;

/// Short fields for what the customer wants, typed while clarifying (F4, V2): the request, optional
/// details and a delivery address. The script's restate and closing lines are filled from them.
class RequestCapture final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestCapture)

public:
    /// Enough for a sentence or an address; longer text belongs in the notes.
    static constexpr int MaxLength = 500;

    explicit RequestCapture(QWidget* parent = nullptr);
    ~RequestCapture() override;

    QString request() const;
    QString details() const;
    QString address() const;
    /// Replaces the three fields without emitting edited() (a new or recovered call).
    void setFields(const QString& request, const QString& details, const QString& address);
    void clear() { setFields({}, {}, {}); }

    QLineEdit* requestEdit() const { return m_requestEdit; }
    QLineEdit* detailsEdit() const { return m_detailsEdit; }
    QLineEdit* addressEdit() const { return m_addressEdit; }

Q_SIGNALS:
    /// The agent changed a field (every keystroke).
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLineEdit* addEdit(const QString& objectName);

    QLineEdit* m_requestEdit;
    QLineEdit* m_detailsEdit;
    QLineEdit* m_addressEdit;
    QLabel* m_requestLabel;
    QLabel* m_detailsLabel;
    QLabel* m_addressLabel;
};
