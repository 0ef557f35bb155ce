#pragma once

#include <QDialog>
#include <QStringList>

#include <chrono>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

/// Ends the conversation's after-call work: a disposition, a summary prefilled from the request
/// capture, and the after-call work time so far (recorded with the Closed event).
class WrapUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapUpDialog)

public:
    using Elapsed = std::function<std::chrono::milliseconds()>;

    /// `afterCallWork` reads the time spent in wrap-up so far (the session's clock).
    WrapUpDialog(const QString& summary, const QString& disposition, Elapsed afterCallWork, QWidget* parent = nullptr);
    ~WrapUpDialog() override;

    /// Stable keys stored with the call: resolved, follow_up, transferred, escalated, complaint, other.
    static QStringList dispositions();

    QString disposition() const;
    void setDisposition(const QString& key);
    QString summary() const;
    void setSummary(const QString& text);
    QString afterCallWorkText() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Elapsed m_afterCallWork;
    QLabel* m_dispositionLabel;
    QComboBox* m_dispositionCombo;
    QLabel* m_summaryLabel;
    QPlainTextEdit* m_summaryEdit;
    QLabel* m_acwLabel;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QTimer* m_ticker;
};
