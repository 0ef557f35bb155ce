#pragma once

#include <QWidget>

class HistoryModel;
class IHistoryService;
class QLabel;
class QTableView;
class QTextBrowser;

/// The centre pane: the customer's history across every channel, newest first, and the full
/// summary of the selected contact below it (F10). No title of its own: the tab it sits in names it.
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)

public:
    explicit HistoryPane(IHistoryService& history, QWidget* parent = nullptr);
    ~HistoryPane() override;

    /// Shows the history of `customerId`; 0 clears the pane. The rows arrive from the read worker; the
    /// newest becomes the current one when they do.
    void setCustomer(qint64 customerId);

    HistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTextBrowser* detailView() const { return m_detail; }

Q_SIGNALS:
    /// A history page could not be read; `message` is translated.
    void loadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Hides the direction, then the agent column when the subject would have too little room.
    void fitColumns();
    void retranslateUi();
    void showDetail(int row);
    void updateRowHeight();
    void showLoading(bool loading);

    HistoryModel* m_model;
    QLabel* m_loadingLabel;
    QTableView* m_view;
    QLabel* m_detailLabel;
    QTextBrowser* m_detail;
};
