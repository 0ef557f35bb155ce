#pragma once

#include "windows/AppContext.h"

#include <QMainWindow>

#include <memory>

class CallActions;
class CallBar;
class CallController;
class CallIntake;
class CallSession;
class CustomerSearchPane;
class FollowUpsPane;
class HistoryPane;
class HoldTimer;
class HoldTimerWidget;
class MainMenus;
class NotesEditor;
class NoticeBanner;
class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QuitGuard;
class SaveBacklogBanner;
class ScriptPanel;
struct Customer;

/// The call console: the call bar on top; customers on the left, their history and the follow-ups
/// due in the centre above the hold timer, the call script and the notes on the right (F1). Layouts only, so
/// right-to-left languages mirror it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    CustomerSearchPane* customerPane() const { return m_customerPane; }
    HistoryPane* historyPane() const { return m_historyPane; }
    FollowUpsPane* followUpsPane() const { return m_followUpsPane; }
    ScriptPanel* scriptPanel() const { return m_scriptPanel; }
    HoldTimerWidget* holdWidget() const { return m_holdWidget; }
    NotesEditor* notesEditor() const { return m_notesEditor; }
    CallBar* callBar() const { return m_callBar; }
    SaveBacklogBanner* backlogBanner() const { return m_backlogBanner; }
    NoticeBanner* noticeBanner() const { return m_noticeBanner; }
    CallSession* session() const { return &m_session; }
    CallController* controller() const { return m_controller; }
    CallIntake* intake() const { return m_intake; }
    CallActions* callActions() const { return m_callActions; }
    HoldTimer* holdTimer() const;

    /// The customer count in the status bar goes no higher than this ("10,000 or more customers").
    static constexpr qint64 CustomerCountCap = 10'000;
    /// How long a notice or refusal stays in the status bar (it also goes when the call changes state).
    static constexpr int MessageTimeoutMs = 10'000;
    /// The first window's client area on a screen whose available area is `available`: at most nine
    /// tenths of it (and 1440x900), centred, so the window with its frame fits; never below `minimum`.
    static QRect initialGeometry(const QRect& available, const QSize& minimum);

public Q_SLOTS:
    /// Switches the interface language at runtime and remembers it.
    void switchLanguage(const QString& code);
    /// Brings the window to the front (a second launch asked for something).
    void bringToFront();
    /// Another Cordial on the team database changed a customer's card ("customers") or history
    /// ("interactions", "calls"): the card and history on show are read again when they are that customer's.
    void showChangeElsewhere(const QString& table, qint64 customerId);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createCallPane();
    QWidget* createCentreColumn();
    void setUpTabOrder();
    void retranslateUi();
    void updateStatus();
    void updateCustomerCount();
    /// A message in the status bar for `timeoutMs`, also announced to screen readers.
    void showStatusMessage(const QString& text, int timeoutMs);
    void restoreWindow();
    /// A card created, edited or merged on the card is stored: list, history and script follow it.
    void showStoredCard(const Customer& customer);
    void showCustomer(const Customer& customer);

    AppContext m_context;
    CallSession& m_session;
    quint64 m_countGeneration = 0; ///< of the last customer count asked for

    CallBar* m_callBar;
    SaveBacklogBanner* m_backlogBanner = nullptr;
    NoticeBanner* m_noticeBanner = nullptr;
    QSplitter* m_splitter;
    CustomerSearchPane* m_customerPane;
    QTabWidget* m_centreTabs;
    HistoryPane* m_historyPane;
    FollowUpsPane* m_followUpsPane;
    ScriptPanel* m_scriptPanel;
    QLabel* m_notesLabel;
    NotesEditor* m_notesEditor;
    HoldTimerWidget* m_holdWidget;
    CallActions* m_callActions;
    CallController* m_controller = nullptr;
    CallIntake* m_intake = nullptr;
    qint64 m_selectedCustomerId = 0; ///< the customer the card shows, 0 when none
    bool m_searchTypedDuringPop = false; ///< the agent typed a search while a screen pop looked up the caller
    QuitGuard* m_quitGuard = nullptr;

    MainMenus* m_menus = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_countLabel;
};
