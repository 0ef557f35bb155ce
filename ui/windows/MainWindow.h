#pragma once

#include "windows/AppContext.h"

#include <QMainWindow>

#include <memory>

class CustomerRepository;
class CustomerSearchPane;
class HistoryPane;
class HoldTimer;
class HoldTimerWidget;
class InteractionRepository;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class ScriptPanel;

/// The call console: customers on the left, their history in the centre, the call script and the
/// hold timer on the right (F1). Layouts only, so right-to-left languages mirror it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    CustomerSearchPane* customerPane() const { return m_customerPane; }
    HistoryPane* historyPane() const { return m_historyPane; }
    ScriptPanel* scriptPanel() const { return m_scriptPanel; }
    HoldTimerWidget* holdWidget() const { return m_holdWidget; }
    HoldTimer* holdTimer() const { return m_holdTimer; }

public Q_SLOTS:
    /// Switches the interface language at runtime and remembers it.
    void switchLanguage(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void setUpTabOrder();
    void retranslateUi();
    void updateStatus();
    void showAbout();
    void restoreWindow();

    AppContext m_context;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<InteractionRepository> m_interactions;
    HoldTimer* m_holdTimer;

    QSplitter* m_splitter;
    CustomerSearchPane* m_customerPane;
    HistoryPane* m_historyPane;
    ScriptPanel* m_scriptPanel;
    HoldTimerWidget* m_holdWidget;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_callMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_countLabel;
};
