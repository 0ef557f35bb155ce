#include "windows/MainWindow.h"

#include "common/Log.h"
#include "config/Settings.h"
#include "i18n/BidiText.h"
#include "i18n/Languages.h"
#include "models/HistoryModel.h"
#include "domain/PhoneFormat.h"
#include "panels/CallBar.h"
#include "panels/CustomerCard.h"
#include "panels/CustomerSearchPane.h"
#include "panels/FollowUpsPane.h"
#include "panels/HistoryPane.h"
#include "panels/HoldTimerWidget.h"
#include "panels/NotesEditor.h"
#include "panels/NoticeBanner.h"
#include "panels/SaveBacklogBanner.h"
#include "panels/ScriptPanel.h"
#include "platform/ActionIcons.h"
#include "platform/HoldAlerts.h"
#include "platform/LanguageSwitcher.h"
#include "services/CallSession.h"
#include "services/CallWriteQueue.h"
#include "services/CustomerService.h"
#include "services/HoldTimer.h"
#include "windows/CallActions.h"
#include "windows/CallController.h"
#include "windows/CallIntake.h"
#include "windows/ImportExportFlow.h"
#include "windows/MainMenus.h"
#include "windows/QuitGuard.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_session(context.session)
    , m_callBar(new CallBar(m_session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_customerPane(new CustomerSearchPane(context.customers, m_splitter))
    , m_centreTabs(new QTabWidget(this))
    , m_historyPane(new HistoryPane(context.history))
    , m_followUpsPane(new FollowUpsPane(context.followUps, context.clock))
    , m_scriptPanel(new ScriptPanel(context.scripts))
    , m_notesLabel(new QLabel(this))
    , m_notesEditor(new NotesEditor(this))
    , m_holdWidget(new HoldTimerWidget(m_session.holdTimer()))
    , m_callActions(new CallActions(this))
    , m_databaseLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Cordial"));

    m_centreTabs->setObjectName(QStringLiteral("centreTabWidget"));
    m_centreTabs->addTab(m_historyPane, QString());
    m_centreTabs->addTab(m_followUpsPane, QString());
    QWidget* centre = createCentreColumn();
    QWidget* callPane = createCallPane();

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_customerPane);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(callPane);
    m_customerPane->setMinimumWidth(220);
    centre->setMinimumWidth(300);
    callPane->setMinimumWidth(300);
    // The script keeps its share as the window narrows; the history is the first to give.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({300, 520, 460});

    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->addWidget(m_callBar);
    m_backlogBanner = new SaveBacklogBanner(m_context.callWrites, central);
    centralLayout->addWidget(m_backlogBanner);
    m_noticeBanner = new NoticeBanner(central);
    centralLayout->addWidget(m_noticeBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countLabel->setObjectName(QStringLiteral("customerCountLabel"));
    // No stretch: the status bar shows its messages (refusals, errors, confirmations) in the room the
    // permanent widgets leave, so they take only what they need; a long database path is elided.
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            statusBar()->setAccessibleDescription({});
    });

    m_scriptPanel->setSpeaker(m_context.agentName, m_context.companyName);
    m_holdWidget->setApologyLine(m_scriptPanel->apologyLine());

    const CallController::Parts parts {*m_scriptPanel, *m_notesEditor, *m_holdWidget, *m_callBar, *m_callActions};
    m_controller = new CallController(m_context, parts, m_context.notifier, this);
    m_intake = new CallIntake(*m_controller, m_session, context.callWrites, context.customers, this);
    m_callBar->setActions({m_callActions->action(CallActions::Id::NewCall),
        m_callActions->action(CallActions::Id::Answer), m_holdWidget->holdAction(), m_holdWidget->resumeAction(),
        m_callActions->action(CallActions::Id::Transfer), m_callActions->action(CallActions::Id::TransferConnected),
        m_callActions->action(CallActions::Id::CancelTransfer), m_callActions->action(CallActions::Id::Abusive),
        m_callActions->action(CallActions::Id::WrapUp), m_callActions->action(CallActions::Id::Close)});
    m_followUpsPane->setOwner(m_controller->agent().id);
    m_followUpsPane->setCalendarDetails(m_controller->agent().name, m_context.companyName);
    m_followUpsPane->setCustomerNaming(
        [this](const Customer& customer) { return m_controller->naming().name(customer, CustomerNaming::Form::Vocative); });

    // New call offers exactly the customer on the card, or nobody: one feed, whatever changed the card.
    connect(m_customerPane, &CustomerSearchPane::selectionChanged, m_controller, &CallController::setSelectedCustomer);
    connect(m_customerPane, &CustomerSearchPane::selectionChanged, this,
        [this](const std::optional<Customer>& customer) { m_selectedCustomerId = customer ? customer->id : 0; });
    connect(m_customerPane, &CustomerSearchPane::customerClosed, this, [this] {
        m_historyPane->setCustomer(0);
        if (!m_session.hasCall() && !m_controller->showsClosedCall())
            m_scriptPanel->setCustomer(std::nullopt);
    });
    connect(m_customerPane, &CustomerSearchPane::customerOpened, this, [this](const Customer& customer) {
        m_historyPane->setCustomer(customer.id);
        // A closed call stays on screen until the agent moves on to someone else: then its request,
        // lines, notes, marks and hold go, and the call bar says there is no call.
        if (m_controller->showsClosedCall() && m_controller->customer()->id != customer.id)
            m_controller->clearClosedCall();
        // During a call the script stays with the caller, whoever the agent looks up meanwhile.
        if (!m_session.hasCall())
            m_scriptPanel->setCustomer(customer);
    });
    connect(m_controller, &CallController::customerPopped, this, &MainWindow::showCustomer);
    connect(m_controller, &CallController::message, this,
            [this](const QString& text) { showStatusMessage(text, MessageTimeoutMs); });
    // A refusal or hint belongs to the state it was given in ("end the hold first", "wrap up the call"):
    // once the call moves on it is stale. What the change itself causes is said after this.
    connect(&m_session, &CallSession::stateChanged, statusBar(), &QStatusBar::clearMessage);
    connect(m_controller, &CallController::followUpScheduled, m_followUpsPane, &FollowUpsPane::reload);
    connect(m_intake, &CallIntake::raiseRequested, this, &MainWindow::bringToFront);
    // What the agent types while a screen pop looks up the caller is newer than the pop: it is kept.
    connect(m_intake, &CallIntake::screenPopStarted, this, [this] { m_searchTypedDuringPop = false; });
    connect(m_customerPane->searchEdit(), &QLineEdit::textEdited, this,
            [this] { m_searchTypedDuringPop = m_searchTypedDuringPop || m_intake->isPopping(); });
    connect(m_intake, &CallIntake::noticeRaised, m_noticeBanner, &NoticeBanner::addNotice);
    connect(m_controller, &CallController::noticeRaised, m_noticeBanner, &NoticeBanner::addNotice);
    connect(m_customerPane, &CustomerSearchPane::customerActivated, this,
            [this] { m_scriptPanel->firstFocusWidget()->setFocus(Qt::OtherFocusReason); });
    connect(m_scriptPanel, &ScriptPanel::scriptChanged, this,
            [this] { m_holdWidget->setApologyLine(m_scriptPanel->apologyLine()); });
    const auto showError = [this](const QString& message) { showStatusMessage(message, MessageTimeoutMs); };
    connect(m_customerPane, &CustomerSearchPane::searchFailed, this, showError);
    connect(m_historyPane, &HistoryPane::loadFailed, this, showError);
    connect(m_followUpsPane, &FollowUpsPane::loadFailed, this, showError);
    connect(m_scriptPanel, &ScriptPanel::loadFailed, this, showError);
    // A closed call is a new line in its customer's history: show it if that history is open.
    connect(&m_session, &CallSession::callRecorded, this, [this](qint64 customerId) {
        if (customerId != 0 && m_historyPane->model()->customerId() == customerId)
            m_historyPane->setCustomer(customerId);
    });

    // Cards are created, edited and merged on the card itself; what was stored shows everywhere.
    CustomerCard* card = m_customerPane->card();
    card->setServices(m_context.cardEditing, &m_context.customers);
    card->setTeamRegion(PhoneFormat::regionOf(QLocale::system()));
    connect(card, &CustomerCard::customerSaved, this, &MainWindow::showStoredCard);
    connect(card, &CustomerCard::customersMerged, this, [this](const Customer& kept) { showStoredCard(kept); });

    m_quitGuard = new QuitGuard(m_session, this);

    using Id = CallActions::Id;
    m_menus = new MainMenus(this, {{{m_callActions->action(Id::NewCall), m_callActions->action(Id::Answer)},
        {m_scriptPanel->nextStepAction(), m_scriptPanel->skipStepAction(), m_callActions->action(Id::FocusRequest),
            m_callActions->action(Id::FocusNotes)},
        {m_holdWidget->holdAction(), m_holdWidget->resumeAction(), m_callActions->action(Id::Transfer),
            m_callActions->action(Id::TransferConnected), m_callActions->action(Id::CancelTransfer),
            m_callActions->action(Id::Abusive)},
        {m_callActions->action(Id::Payment), m_callActions->action(Id::FollowUp)},
        {m_callActions->action(Id::WrapUp), m_callActions->action(Id::Close)}},
        {m_controller->holdAlerts().soundAction()}, m_context.languages.current()});
    connect(m_menus, &MainMenus::findRequested, m_customerPane, &CustomerSearchPane::focusSearch);
    connect(m_menus, &MainMenus::languageChosen, this, &MainWindow::switchLanguage);
    if (m_context.importExport) {
        auto* flow = new ImportExportFlow(*m_context.importExport, this);
        for (QAction* action : {m_menus->importAction(), m_menus->exportCustomersAction(), m_menus->exportHistoryAction()})
            action->setVisible(true);
        connect(m_menus->importAction(), &QAction::triggered, flow, &ImportExportFlow::importCustomers);
        connect(m_menus->exportCustomersAction(), &QAction::triggered, flow, &ImportExportFlow::exportCustomers);
        connect(m_menus->exportHistoryAction(), &QAction::triggered, flow, &ImportExportFlow::exportHistory);
    }
    using Icon = ActionIcons::Id;
    ActionIcons::attach(this, {{m_callActions->action(CallActions::Id::NewCall), Icon::NewCall},
        {m_callActions->action(CallActions::Id::Answer), Icon::Answer}, {m_holdWidget->holdAction(), Icon::Hold},
        {m_holdWidget->resumeAction(), Icon::Resume}, {m_callActions->action(CallActions::Id::Transfer), Icon::Transfer},
        {m_callActions->action(CallActions::Id::Abusive), Icon::Abusive},
        {m_callActions->action(CallActions::Id::WrapUp), Icon::WrapUp},
        {m_callActions->action(CallActions::Id::Close), Icon::Close}, {m_scriptPanel->nextStepAction(), Icon::NextStep},
        {m_scriptPanel->skipStepAction(), Icon::SkipStep}, {m_menus->findAction(), Icon::Find}});
    setUpTabOrder();
    retranslateUi();
    restoreWindow();
    // Open the first customer (when the list arrives) so the console never starts blank; typing
    // searches straight away.
    m_customerPane->selectFirstRowWhenLoaded();
    m_customerPane->searchEdit()->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // F20: what was typed in the last moments reaches the database before the window goes.
    m_notesEditor->pushNow();
    m_session.flushNotes();
}

HoldTimer* MainWindow::holdTimer() const
{
    return &m_session.holdTimer();
}

QWidget* MainWindow::createCallPane()
{
    // Script over notes, the agent drags the border; no scroll area around them: the steps scroll in
    // their own list, the notes in their editor, and the buttons between stay whole.
    auto* scriptAndNotes = new QSplitter(Qt::Vertical, m_splitter);
    scriptAndNotes->setObjectName(QStringLiteral("scriptNotesSplitter"));
    scriptAndNotes->setChildrenCollapsible(false);
    auto* notesPane = new QWidget(scriptAndNotes);
    auto* notesLayout = new QVBoxLayout(notesPane);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    m_notesLabel->setObjectName(QStringLiteral("notesLabel"));
    m_notesLabel->setBuddy(m_notesEditor);
    notesLayout->addWidget(m_notesLabel);
    notesLayout->addWidget(m_notesEditor, 1);
    scriptAndNotes->addWidget(m_scriptPanel);
    scriptAndNotes->addWidget(notesPane);
    scriptAndNotes->setStretchFactor(0, 6);
    scriptAndNotes->setStretchFactor(1, 1);
    // Two lines of notes at least, however tall the script's lines are.
    m_notesEditor->setMinimumHeight(m_notesEditor->fontMetrics().lineSpacing() * 2 + 12);
    return scriptAndNotes;
}

QWidget* MainWindow::createCentreColumn()
{
    // The hold timer under the history: when its warning and apology line grow, the history gives up
    // the room, never the script and notes the agent is reading from.
    auto* column = new QWidget(m_splitter);
    column->setObjectName(QStringLiteral("centreColumn"));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_centreTabs, 1);
    // The tabs are as short as the history may get; the follow-ups page does not hold them taller.
    m_followUpsPane->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    layout->addWidget(m_holdWidget);
    // The warning and the apology line whole: the history above gives up the room.
    m_holdWidget->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return column;
}

void MainWindow::showChangeElsewhere(const QString& table, qint64 customerId)
{
    if (table == u"customers"_s)
        updateCustomerCount();
    if (customerId == 0 || customerId != m_selectedCustomerId)
        return;
    m_historyPane->setCustomer(customerId);
    if (table != u"customers"_s)
        return;
    m_context.customers.find(customerId, this, [this, customerId](Result<std::optional<Customer>> found) {
        // Still the same customer on show, and still there: the card shows what the other instance saved.
        if (found && found.value() && customerId == m_selectedCustomerId)
            m_customerPane->showCustomerKeepingSearch(*found.value());
    });
}

void MainWindow::showCustomer(const Customer& customer)
{
    // The call's customer everywhere: card, list (read again: the card may be new), count and history.
    // A search the agent typed while the caller was looked up stays, and so does the focus, in it.
    const bool agentSearching = m_intake->isPopping() && m_searchTypedDuringPop;
    if (agentSearching)
        m_customerPane->showCustomerKeepingSearch(customer);
    else
        m_customerPane->showCustomer(customer);
    updateCustomerCount();
    m_historyPane->setCustomer(customer.id);
    m_centreTabs->setCurrentWidget(m_historyPane);
    if (agentSearching)
        return;
    // The agent acts next in the call, not in the search: answer a ringing call, else the script.
    QWidget* next = nullptr;
    if (m_session.hasCall() && m_session.state() == CallState::Offered)
        next = m_callBar->buttonFor(m_callActions->action(CallActions::Id::Answer));
    if (!next || !next->isVisibleTo(this))
        next = m_scriptPanel->firstFocusWidget();
    if (next)
        next->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showStoredCard(const Customer& customer)
{
    // The list reads the card again (a new name, a merged card gone); the script speaks the language
    // the card now prefers, unless a call holds it to the caller.
    m_customerPane->showCustomer(customer);
    updateCustomerCount();
    m_historyPane->setCustomer(customer.id);
    if (!m_session.hasCall())
        m_scriptPanel->setCustomer(customer);
}

void MainWindow::showStatusMessage(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
    // A screen reader hears it too: the refusal of a shortcut is otherwise silent for a blind agent.
    statusBar()->setAccessibleDescription(text);
    QAccessibleEvent alert(statusBar(), QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::setUpTabOrder()
{
    // In reading order: search, results, history, details, the hold timer under them, then the script
    // and the notes.
    QWidget* holdButton = m_holdWidget->findChild<QWidget*>(u"holdPushButton"_s);
    QWidget* resumeButton = m_holdWidget->findChild<QWidget*>(u"resumePushButton"_s);
    setTabOrder(m_customerPane->searchEdit(), m_customerPane->resultsView());
    setTabOrder(m_customerPane->resultsView(), m_centreTabs);
    setTabOrder(m_centreTabs, m_historyPane->channelFilter());
    setTabOrder(m_historyPane->channelFilter(), m_historyPane->textFilter());
    setTabOrder(m_historyPane->textFilter(), m_historyPane->view());
    setTabOrder(m_historyPane->view(), m_historyPane->detailView());
    setTabOrder(m_historyPane->detailView(), holdButton);
    setTabOrder(holdButton, resumeButton);
    setTabOrder(resumeButton, m_scriptPanel->firstFocusWidget());
    // The script panel orders its own steps up to lastFocusWidget() whenever it rebuilds them.
    setTabOrder(m_scriptPanel->lastFocusWidget(), m_notesEditor);
}

void MainWindow::switchLanguage(const QString& code)
{
    if (!LanguageSwitcher::apply(m_context.languages, code)) {
        QMessageBox::warning(this, tr("Language"),
            tr("The language “%1” is not available. Cordial continues in English.").arg(BidiText::leftToRight(code)));
    }
    m_context.settings.setValue(Settings::Key::UiLanguage, m_context.languages.current());
    m_menus->setCurrentLanguage(m_context.languages.current());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_menus->retranslate();
    m_splitter->setAccessibleName(tr("Call console"));
    statusBar()->setAccessibleName(tr("Status"));
    // Each mnemonic once in the window: Alt+H is Help, Alt+N the script's Next step.
    m_centreTabs->setTabText(m_centreTabs->indexOf(m_historyPane), tr("H&istory"));
    m_centreTabs->setTabText(m_centreTabs->indexOf(m_followUpsPane), tr("Follow-&ups due"));
    m_centreTabs->setAccessibleName(tr("History and follow-ups"));
    m_centreTabs->tabBar()->setAccessibleName(tr("History and follow-ups"));
    m_notesLabel->setText(tr("Call not&es:"));
    m_callActions->retranslate();
    updateStatus();
}

void MainWindow::updateStatus()
{
    // A path or URL reads left to right inside Urdu too ("/tmp/x.sqlite", not "tmp/x.sqlite/").
    const QString database = tr("Database: %1").arg(BidiText::leftToRight(m_context.databaseName));
    const int room = m_databaseLabel->fontMetrics().averageCharWidth() * 48;
    m_databaseLabel->setText(m_databaseLabel->fontMetrics().elidedText(database, Qt::ElideMiddle, room));
    m_databaseLabel->setToolTip(database);
    m_databaseLabel->setAccessibleName(database);
    updateCustomerCount();
}

void MainWindow::updateCustomerCount()
{
    // Counted on the read worker, and only up to a cap: a screen pop never waits for a full count.
    const quint64 generation = ++m_countGeneration;
    m_context.customers.countUpTo(CustomerCountCap, this, [this, generation](Result<qint64> count) {
        if (generation != m_countGeneration)
            return; // a newer count is on its way
        if (!count)
            m_countLabel->setText(tr("Customer count unavailable"));
        else if (count.value() >= CustomerCountCap)
            m_countLabel->setText(tr("%1 or more customers").arg(QLocale().toString(CustomerCountCap)));
        else
            m_countLabel->setText(tr("%n customer(s)", nullptr, static_cast<int>(count.value())));
    });
}

void MainWindow::restoreWindow()
{
    const QByteArray geometry = m_context.settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        restoreState(m_context.settings.value(Settings::Key::WindowState).toByteArray());
        return;
    }
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    const QRect first = initialGeometry(available, minimumSizeHint());
    resize(first.size());
    // move() places the frame: its title bar goes into the room left above and below.
    move(first.topLeft() - QPoint(0, (first.top() - available.top()) / 2));
}

QRect MainWindow::initialGeometry(const QRect& available, const QSize& minimum)
{
    // Nine tenths of the screen at most, centred: the title bar and frame the window manager adds fit
    // in the rest, so the status bar (where refusals are shown) stays on screen even on a 1366x768 laptop.
    const QSize size = QSize(available.width() * 9 / 10, available.height() * 9 / 10)
                           .boundedTo(QSize(1440, 900))
                           .expandedTo(minimum)
                           .boundedTo(available.size());
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(available.center());
    return rect;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitGuard->mayQuit()) {
        event->ignore();
        return;
    }
    m_notesEditor->pushNow();
    m_session.flushNotes();
    if (!m_context.callWrites.flush(std::chrono::seconds(2))) {
        QMessageBox::warning(this, tr("Changes not saved yet"),
            tr("%n change(s) of the call could not be saved to the database yet. They are kept on this computer "
               "and saved the next time Cordial starts.",
                nullptr, m_context.callWrites.pending()));
    }
    m_context.settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_context.settings.setValue(Settings::Key::WindowState, saveState());
    m_context.settings.sync();
    QMainWindow::closeEvent(event);
}
