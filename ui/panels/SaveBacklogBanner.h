#pragma once

#include <QFrame>

class CallWriteQueue;
class QLabel;
class QPushButton;
struct Error;

/// A banner that stays while changes of the call wait to be stored (rule 5): the database is busy,
/// locked, full or unreachable, the changes are kept in order on this computer and tried again. It
/// goes by itself once everything is stored; it cannot be dismissed while anything waits.
class SaveBacklogBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveBacklogBanner)

public:
    explicit SaveBacklogBanner(CallWriteQueue& writes, QWidget* parent = nullptr);
    ~SaveBacklogBanner() override;

    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void onBacklog(int pending, const Error& error);
    void retranslateUi();

    CallWriteQueue& m_writes;
    QLabel* m_label;
    QPushButton* m_retryButton;
    QPushButton* m_detailsButton;
    int m_pending = 0;
    QString m_reason;
    QString m_detail;
};
