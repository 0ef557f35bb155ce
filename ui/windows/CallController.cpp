#include "windows/CallController.h"

#include "common/Clock.h"
#include "dialogs/AbusiveCallerDialog.h"
#include "dialogs/NewCallDialog.h"
#include "domain/CallStateMachine.h"
#include "i18n/BidiText.h"
#include "integration/CallRequest.h"
#include "panels/CallBar.h"
#include "panels/HoldTimerWidget.h"
#include "panels/NotesEditor.h"
#include "panels/RequestCapture.h"
#include "panels/ScriptPanel.h"
#include "platform/CommandLine.h"
#include "platform/HoldAlerts.h"
#include "services/CallHistory.h"
#include "services/CustomerService.h"
#include "windows/CallActions.h"
#include "windows/FollowUpFlow.h"
#include "windows/PaymentFlow.h"
#include "windows/TransferFlow.h"
#include "windows/WrapUpFlow.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using Id = CallActions::Id;

CallController::CallController(const AppContext& context, const Parts& parts, HoldNotifier* notifier, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_session(context.session)
    , m_script(parts.script)
    , m_notes(parts.notes)
    , m_hold(parts.hold)
    , m_bar(parts.bar)
    , m_actions(parts.actions)
    , m_window(window)
    , m_naming(context.scripts, context.languages)
    , m_holdAlerts(new HoldAlerts(m_session.holdTimer(), m_context.settings,
                                  HoldAlerts::Outputs {window, notifier, m_context.holdSound, {}}, this))
    , m_flow(m_context, m_session, m_script, m_notes, m_hold, m_bar, window, [this](const QString& text) { say(text); })
    , m_wrapUp(std::make_unique<WrapUpFlow>(m_flow))
    , m_transfer(std::make_unique<TransferFlow>(m_flow, *m_wrapUp))
    , m_payment(std::make_unique<PaymentFlow>(m_flow))
    , m_followUp(std::make_unique<FollowUpFlow>(m_flow, [this] { Q_EMIT followUpScheduled(); }))
{
    m_flow.notice = [this](const Error& error) { Q_EMIT noticeRaised(error.message, error.detail); };
    // The agent was signed in at start by the directory service (main.cpp).
    m_session.setAgent(m_context.agent);
    connectParts();
    updateActions();
    // A language chosen during a call names its customer in that language's form at once.
    m_window->installEventFilter(this);
}

CallController::~CallController() = default;

void CallController::connectParts()
{
    m_actions.bind(Id::NewCall, [this] { newCall(); });
    m_actions.bind(Id::Answer, [this] { answer(); });
    m_actions.bind(m_hold.holdAction(), [this] { hold(); });
    m_actions.bind(m_hold.resumeAction(), [this] { resume(); });
    connect(&m_hold, &HoldTimerWidget::apologyGiven, this, [this] { report(m_session.recordApology()); });
    m_actions.bind(Id::Transfer, [this] { openTransfer(); });
    m_actions.bind(Id::TransferConnected, [this] { transferConnected(); });
    m_actions.bind(Id::CancelTransfer, [this] { cancelTransfer(); });
    m_actions.bind(Id::Abusive, [this] { openAbusive(); });
    m_actions.bind(Id::Payment, [this] { openPayment(); });
    m_actions.bind(Id::FollowUp, [this] { openFollowUp(); });
    m_actions.bind(Id::WrapUp, [this] { openWrapUp(); });
    m_actions.bind(Id::Close, [this] { closeCall(); });
    m_actions.bind(Id::FocusRequest, [this] {
        if (report(m_session.hasCall() ? Status {} : m_session.canMoveTo(CallState::Active)))
            m_script.requestCapture()->requestEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    m_actions.bind(Id::FocusNotes, [this] {
        if (report(m_session.hasCall() ? Status {} : m_session.canMoveTo(CallState::Active)))
            m_notes.setFocus(Qt::ShortcutFocusReason);
    });

    connect(&m_session, &CallSession::stateChanged, this, &CallController::onStateChanged);
    connect(m_holdAlerts, &HoldAlerts::warned, this, &CallController::say);

    connect(&m_notes, &NotesEditor::notesChanged, &m_session, &CallSession::setNotes);
    connect(&m_notes, &NotesEditor::notice, this, &CallController::say);
    RequestCapture* capture = m_script.requestCapture();
    connect(capture, &RequestCapture::edited, this,
        [this, capture] { m_session.setRequestCapture(capture->request(), capture->details(), capture->address()); });
    connect(&m_script, &ScriptPanel::stepCompleted, this, [this](const QString& id) {
        if (m_session.hasCall())
            report(m_session.markStep(id, StepMark::Done));
    });
    connect(&m_script, &ScriptPanel::stepSkipped, this, [this](const QString& id) {
        if (m_session.hasCall())
            report(m_session.markStep(id, StepMark::Skipped));
    });
    connect(&m_script, &ScriptPanel::scriptChanged, this, [this] {
        if (m_session.hasCall())
            report(m_session.setScriptLanguage(m_script.scriptLanguage()));
    });
}

bool CallController::report(const Status& status)
{
    return m_flow.report(status);
}

void CallController::say(const QString& text)
{
    m_lastMessage = text;
    Q_EMIT message(text);
}

void CallController::updateActions()
{
    m_actions.update(m_session);
    const bool open = m_session.hasCall();
    m_hold.setAllowed(open && m_session.state() == CallState::Active, open && m_session.state() == CallState::OnHold);
    m_script.requestCapture()->setEnabled(open);
    m_notes.setReadOnly(!open);
}

void CallController::onStateChanged(CallState state)
{
    if (state == CallState::Closed)
        m_notes.pushNow();
    // The apology belongs to the conversation: once it is over there is nobody to say it to.
    if (state == CallState::WrapUp || state == CallState::Closed)
        m_hold.clearApology();
    updateActions();
    m_bar.refresh();
}

void CallController::prepareForCall(const Customer& customer, Channel channel)
{
    // Nothing of the previous call may show in this one: request (and the lines rendered from it),
    // step marks, notes, the hold widget and the transfer target all start afresh.
    m_customer = customer;
    m_script.setChannel(channel);
    m_script.setCustomer(customer);
    resetPanels();
}

void CallController::resetPanels()
{
    m_flow.resetCall();
    m_script.requestCapture()->clear();
    m_script.setExtraVariables(m_flow.extraVariables);
    m_script.resetSteps();
    m_notes.setNotes({});
    m_hold.reset();
    m_bar.setTransferTarget({});
    showCustomerName();
}

void CallController::showCustomerName()
{
    using Form = CustomerNaming::Form;
    const QString title = m_customer ? m_naming.name(*m_customer, Form::Vocative) : QString();
    const QString inSentence = m_customer ? m_naming.name(*m_customer, Form::Reference) : QString();
    m_bar.setCustomerName(title);
    m_holdAlerts->setCustomerName(title, inSentence);
}

bool CallController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        showCustomerName();
    return QObject::eventFilter(watched, event);
}

void CallController::clearClosedCall()
{
    if (m_session.hasCall())
        return;
    m_customer.reset();
    m_script.setChannel(Channel::Phone);
    resetPanels();
    m_bar.clearClosedCall();
}

Status CallController::startCall(const Customer& customer, Channel channel, const QString& number, bool outbound)
{
    if (m_session.hasCall()) {
        const Status refused = Error {Error::Code::InvalidTransition, tr("Close the current call before starting another."), {}};
        report(refused);
        return refused;
    }
    prepareForCall(customer, channel);
    const Status status = m_session.start(customer, channel, number, outbound, m_script.scriptLanguage());
    report(status);
    updateActions();
    Q_EMIT customerPopped(customer);
    return status;
}

void CallController::newCall()
{
    if (m_session.hasCall()) {
        report(Error {Error::Code::InvalidTransition, tr("Close the current call before starting another."), {}});
        return;
    }
    NewCallDialog dialog(m_context.customers, m_selected, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (startCall(dialog.customer(), dialog.channel(), dialog.number(), dialog.outbound()) && dialog.createdCustomer())
        say(tr("A new customer card was created for %1.").arg(BidiText::isolated(dialog.customer().fullName())));
}

void CallController::answer()
{
    if (report(m_session.answer()))
        m_script.requestCapture()->requestEdit()->setFocus(Qt::OtherFocusReason);
}

void CallController::hold()
{
    report(m_session.hold());
}

void CallController::resume()
{
    report(m_session.resume(m_hold.apologised()));
}

void CallController::openTransfer()
{
    m_transfer->open();
}

Status CallController::transfer(const TransferTarget& target, bool warm)
{
    return m_transfer->transfer(target, warm);
}

void CallController::transferConnected()
{
    m_transfer->connected();
}

void CallController::cancelTransfer()
{
    m_transfer->cancel();
}

void CallController::openAbusive()
{
    if (!m_session.hasCall() || !CallStateMachine::isOpen(m_session.state())) {
        report(m_session.canMoveTo(CallState::OnHold));
        return;
    }
    AbusiveCallerDialog dialog(m_script.script(), m_script.variables(), m_session.state() == CallState::Active, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.choice())
        static_cast<void>(abusive(*dialog.choice())); // a refusal is reported to the agent inside
}

Status CallController::abusive(AbusiveAction action)
{
    const Status status = m_session.abusive(action);
    if (report(status)) {
        say(action == AbusiveAction::Hold ? tr("The caller is on hold. Your choice is recorded.")
                                          : tr("Recorded: you asked whether a supervisor may be involved."));
    }
    return status;
}

void CallController::openPayment()
{
    m_payment->open();
}

void CallController::openFollowUp()
{
    m_followUp->open();
}

Status CallController::wrapUp()
{
    return m_wrapUp->wrapUp();
}

void CallController::openWrapUp()
{
    m_wrapUp->open();
}

void CallController::closeCall()
{
    m_wrapUp->close();
}

Status CallController::finishCall(std::optional<Disposition> disposition, const QString& summary)
{
    return m_wrapUp->finish(disposition, summary);
}

QString CallController::summaryFromCapture() const
{
    return m_wrapUp->summaryFromCapture();
}

Disposition CallController::proposedDisposition() const
{
    return m_wrapUp->proposedDisposition();
}

void CallController::showRecoveredCall(const std::optional<Customer>& found)
{
    const Call& call = m_session.call();
    const CallDraft draft = m_session.draft();
    const QString notes = m_session.notes();
    Customer customer;
    customer.id = call.customerId;
    customer.phone = call.remoteNumber;
    if (found)
        customer = *found;
    prepareForCall(customer, call.channel);
    const QString language = draft.scriptLanguage.isEmpty() ? call.scriptLanguage : draft.scriptLanguage;
    if (!language.isEmpty())
        m_script.setScriptLanguage(language);

    // The steps as they were marked: the event log is the record of adherence.
    QSet<QString> done;
    QSet<QString> skipped;
    for (const CallEvent& event : m_session.log()) {
        if (const auto* step = event.as<CallEvents::ScriptStep>())
            (step->mark == StepMark::Done ? done : skipped).insert(step->stepId);
    }
    m_script.resetSteps(done, skipped);
    m_script.requestCapture()->setFields(draft.request, draft.details, draft.address);
    m_script.setExtraVariables(m_flow.extraVariables); // renders the restored request
    m_notes.setNotes(notes);
    updateActions();
    m_bar.refresh();
    Q_EMIT customerPopped(customer);
}
