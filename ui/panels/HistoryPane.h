#pragma once

#include <QWidget>

class HistoryModel;
class IHistoryService;
class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTimer;
class QTreeView;

/// The centre pane: the customer's history across every channel, newest first, filtered by channel and
/// by words, and the full summary of the selected contact below it (F10). A call's entry expands to its
/// timeline (Right, + or Enter; the mouse on its expander), read when it is first expanded. No title of
/// its own: the tab it sits in names it.
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)

public:
    /// The pause after the last key typed in the text filter before the history is read again.
    static constexpr int FilterDebounceMs = 250;

    explicit HistoryPane(IHistoryService& history, QWidget* parent = nullptr);
    ~HistoryPane() override;

    /// Shows the history of `customerId`; 0 clears the pane. The rows arrive from the read worker; the
    /// newest becomes the current one when they do. The filters stay as the agent set them.
    void setCustomer(qint64 customerId);

    HistoryModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QTextBrowser* detailView() const { return m_detail; }
    QComboBox* channelFilter() const { return m_channelCombo; }
    QLineEdit* textFilter() const { return m_filterEdit; }

public Q_SLOTS:
    /// Applies the filters as they read now, without waiting for the typing pause.
    void applyFilterNow();

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
    void showDetail(const QModelIndex& current);
    void updateStatus();
    /// Expands or collapses the call entry at (or above) `index`.
    void toggleTimeline(const QModelIndex& index);

    HistoryModel* m_model;
    QLabel* m_channelLabel;
    QComboBox* m_channelCombo;
    QLineEdit* m_filterEdit;
    QTimer* m_filterDebounce;
    QLabel* m_statusLabel;
    QTreeView* m_view;
    QLabel* m_detailLabel;
    QTextBrowser* m_detail;
};
