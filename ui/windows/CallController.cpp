#include "windows/CallController.h"

#include "common/Clock.h"
#include "config/Settings.h"
#include "dialogs/AbusiveCallerDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/NewCallDialog.h"
#include "dialogs/PaymentDialog.h"
#include "dialogs/TransferDialog.h"
#include "dialogs/WrapUpDialog.h"
#include "domain/CallStateMachine.h"
#include "domain/ScriptVariables.h"
#include "i18n/BidiText.h"
#include "i18n/DurationFormat.h"
#include "integration/CallRequest.h"
#include "panels/CallBar.h"
#include "panels/HoldTimerWidget.h"
#include "panels/NotesEditor.h"
#include "panels/RequestCapture.h"
#include "panels/ScriptPanel.h"
#include "platform/CommandLine.h"
#include "platform/HoldNotifier.h"
#include "services/CallHistory.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "windows/CallActions.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using Id = CallActions::Id;

CallController::CallController(const AppContext& context, const Parts& parts, HoldNotifier* notifier, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_session(parts.session)
    , m_customers(parts.customers)
    , m_agents(parts.agents)
    , m_script(parts.script)
    , m_notes(parts.notes)
    , m_hold(parts.hold)
    , m_bar(parts.bar)
    , m_actions(parts.actions)
    , m_notifier(notifier)
    , m_window(window)
{
    resolveAgent(context.agentName);
    m_session.setAgent(m_agent);
    connectParts();
    updateActions();
}

CallController::~CallController() = default;

void CallController::resolveAgent(const QString& agentName)
{
    // The agent at this console: by the login in the settings, else by name; created on first use so
    // calls and follow-ups have an owner.
    m_agent.name = agentName;
    QString login = m_context.settings.string(Settings::Key::AgentLogin);
    if (login.isEmpty())
        login = agentName.simplified().toLower().replace(u' ', u'.');
    Result<std::optional<Agent>> found = m_agents.findByLogin(login);
    if (found && found.value()) {
        m_agent = *found.value();
        return;
    }
    Agent fresh {0, agentName, login, u"agent"_s, {}};
    if (Result<qint64> id = m_agents.insert(fresh)) {
        fresh.id = id.value();
        m_agent = fresh;
    }
}

void CallController::connectParts()
{
    m_actions.bind(Id::NewCall, [this] { newCall(); });
    m_actions.bind(Id::Answer, [this] { answer(); });
    m_actions.bind(m_hold.holdAction(), [this] { hold(); });
    m_actions.bind(m_hold.resumeAction(), [this] { resume(); });
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
    connect(&m_session, &CallSession::holdWarning, this, &CallController::onHoldWarning);
    connect(&m_session, &CallSession::holdEnded, this, [this] {
        if (m_notifier)
            m_notifier->clearHoldWarning();
    });

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
    if (status)
        return true;
    say(status.error().message);
    return false;
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
    updateActions();
    m_bar.refresh();
}

void CallController::onHoldWarning(int count, std::chrono::milliseconds elapsed)
{
    Q_UNUSED(count)
    const QString who = m_customer ? BidiText::isolated(m_customer->formalName()) : tr("The customer");
    const QString body = tr("%1 has been on hold for %2. Return to the customer and apologise.")
                             .arg(who, formatDuration(elapsed, QLocale(), DurationStyle::Clock));
    // Outside the window too: the agent may be minimised, on another desktop or in another program.
    if (m_notifier)
        m_notifier->showHoldWarning(tr("Customer on hold"), body, m_context.settings.value(Settings::Key::HoldSound).toBool());
    QApplication::alert(m_window);
    say(body);
}

Status CallController::requireConversation() const
{
    if (!m_session.hasCall())
        return m_session.canMoveTo(CallState::Active);
    switch (m_session.state()) {
    case CallState::Active:
        return {};
    case CallState::OnHold:
    case CallState::Transferring:
        return Error {Error::Code::InvalidTransition, tr("Take the customer off hold first."), {}};
    default:
        return CallStateMachine::check(m_session.state(), CallState::OnHold);
    }
}

void CallController::prepareForCall(const Customer& customer, Channel channel)
{
    // Nothing of the previous call may show in this one: request (and the lines rendered from it),
    // step marks, notes, the hold widget and the transfer target all start afresh.
    m_customer = customer;
    m_transferred = false;
    m_extraVariables.clear();
    m_script.requestCapture()->clear();
    m_script.setChannel(channel);
    m_script.setCustomer(customer);
    updateScriptVariables();
    m_script.resetSteps();
    m_notes.setNotes({});
    m_hold.reset();
    m_bar.setTransferTarget({});
    m_bar.setCustomerName(customer.formalName());
}

void CallController::clearClosedCall()
{
    if (m_session.hasCall())
        return;
    m_customer.reset();
    m_transferred = false;
    m_extraVariables.clear();
    m_script.requestCapture()->clear();
    m_script.setChannel(Channel::Phone);
    updateScriptVariables();
    m_script.resetSteps();
    m_notes.setNotes({});
    m_hold.reset();
    m_bar.setTransferTarget({});
    m_bar.setCustomerName({});
    m_bar.clearClosedCall();
}

void CallController::updateScriptVariables()
{
    m_script.setExtraVariables(m_extraVariables);
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
    NewCallDialog dialog(m_customers, m_selected, m_window);
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
    if (!report(m_session.canMoveTo(CallState::Transferring)))
        return;
    Result<QList<TransferTarget>> targets = m_agents.transferTargets();
    if (!report(targets ? Status {} : Status {targets.error()}))
        return;
    if (targets.value().isEmpty()) {
        say(tr("There is nobody to transfer to: no department or manager is set up."));
        return;
    }
    TransferDialog dialog(targets.value(), m_script.script(), m_script.variables(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.target())
        return;
    if (transfer(*dialog.target(), dialog.isWarm()) && !dialog.isWarm())
        openWrapUp();
}

Status CallController::transfer(const TransferTarget& target, bool warm)
{
    m_extraVariables.insert(ScriptVariable::TransferTarget.toString(), target.name);
    updateScriptVariables();
    m_bar.setTransferTarget(target.name);
    const Status status = warm ? m_session.startTransfer(target, true) : m_session.coldTransfer(target);
    if (!report(status))
        return status;
    if (warm) {
        say(tr("Consulting %1 while the customer waits on hold. Stay on the line and press “Customer connected” "
               "once they are connected.")
                .arg(BidiText::isolated(target.name)));
    } else {
        m_transferred = true;
        say(tr("Cold transfer to %1 recorded. Wrap up the call.").arg(BidiText::isolated(target.name)));
    }
    return status;
}

void CallController::transferConnected()
{
    if (!report(m_session.transferConnected()))
        return;
    m_transferred = true;
    openWrapUp();
}

void CallController::cancelTransfer()
{
    report(m_session.cancelTransfer(m_hold.apologised()));
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
    if (!report(requireConversation()))
        return;
    PaymentDialog dialog(m_script.script(), m_script.variables(), m_context.clock, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.cardSummary())
        return;
    const CardSummary card = *dialog.cardSummary();
    if (!report(m_session.recordPayment(card)))
        return;
    m_extraVariables.insert(ScriptVariable::CardBrand.toString(), CardMasker::brandName(card.brand));
    m_extraVariables.insert(ScriptVariable::CardLast4.toString(), card.last4);
    m_extraVariables.insert(ScriptVariable::CardExpiry.toString(), card.expiry);
    m_extraVariables.insert(ScriptVariable::CardName.toString(), card.nameOnCard);
    updateScriptVariables();
    m_script.markStepDone(u"payment"_s);
}

void CallController::openFollowUp()
{
    if (m_session.state() != CallState::WrapUp && !report(requireConversation()))
        return;
    if (!m_session.hasCall()) {
        report(m_session.canMoveTo(CallState::Active));
        return;
    }
    Result<QList<Agent>> agents = m_agents.all();
    if (!report(agents ? Status {} : Status {agents.error()}))
        return;
    FollowUpDialog dialog(agents.value(), m_agent.id, m_context.clock, m_window);
    dialog.setPreview(m_script.script(), m_script.variables());
    if (dialog.exec() != QDialog::Accepted)
        return;
    FollowUp followUp = dialog.followUp();
    if (!report(m_session.scheduleFollowUp(followUp)))
        return;
    const QLocale scriptLocale(m_script.scriptLanguage());
    const QLocale locale = scriptLocale.language() == QLocale().language() ? QLocale() : scriptLocale;
    const QDateTime local = followUp.dueUtc.toLocalTime();
    m_extraVariables.insert(ScriptVariable::FollowUpWho.toString(), dialog.ownerName());
    m_extraVariables.insert(ScriptVariable::FollowUpWhen.toString(),
        locale.toString(local.date(), QLocale::LongFormat) + u' ' + locale.toString(local.time(), QLocale::ShortFormat));
    m_extraVariables.insert(ScriptVariable::FollowUpWhy.toString(), followUp.reason);
    updateScriptVariables();
    m_script.markStepDone(u"follow_up"_s);
    Q_EMIT followUpScheduled();
}

Status CallController::wrapUp()
{
    // What stays on screen after the call shows card numbers as they are stored: masked.
    m_notes.maskCardNumbers();
    m_script.requestCapture()->maskCardNumbers();
    m_notes.pushNow();
    const Status status = m_session.wrapUp();
    report(status);
    return status;
}

void CallController::openWrapUp()
{
    if (m_session.state() == CallState::Active && !wrapUp())
        return;
    if (m_session.state() != CallState::WrapUp) {
        report(m_session.canMoveTo(CallState::WrapUp));
        return;
    }
    WrapUpDialog dialog(summaryFromCapture(), DispositionInfo::key(proposedDisposition()), [this] { return m_session.afterCallWork(); },
        m_window);
    if (dialog.exec() == QDialog::Accepted) // a refusal is reported to the agent inside
        static_cast<void>(finishCall(DispositionInfo::fromKey(dialog.disposition()), dialog.summary()));
}

void CallController::closeCall()
{
    if (m_session.hasCall() && m_session.state() == CallState::WrapUp) {
        openWrapUp();
        return;
    }
    if (!report(m_session.canMoveTo(CallState::Closed)))
        return;
    // Only a call that never was answered can close without wrap-up: it is recorded as missed.
    const auto answer = QMessageBox::question(m_window, tr("Close the call"),
        tr("The call was not answered. Close it and record it as missed?"));
    if (answer == QMessageBox::Yes)
        static_cast<void>(finishCall({}, {})); // a refusal is reported to the agent inside
}

Status CallController::finishCall(std::optional<Disposition> disposition, const QString& summary)
{
    m_notes.pushNow();
    const Status status = m_session.close(disposition, summary);
    if (report(status))
        say(tr("Call closed: %1.").arg(DispositionInfo::displayName(m_session.call().disposition.value_or(Disposition::Other))));
    return status;
}

QString CallController::summaryFromCapture() const
{
    const RequestCapture* capture = m_script.requestCapture();
    QStringList parts;
    if (!capture->request().isEmpty())
        parts << capture->request();
    if (!capture->details().isEmpty())
        parts << capture->details();
    QString summary = parts.join(u", "_s);
    if (!capture->address().isEmpty())
        summary += (summary.isEmpty() ? QString() : u"\n"_s) + tr("Address: %1").arg(capture->address());
    return summary;
}

Disposition CallController::proposedDisposition() const
{
    if (m_transferred)
        return Disposition::Transferred;
    if (m_session.followUp())
        return Disposition::FollowUp;
    return Disposition::Resolved;
}

void CallController::showRecoveredCall()
{
    const Call& call = m_session.call();
    const CallDraft draft = m_session.draft();
    const QString notes = m_session.notes();
    Customer customer;
    customer.id = call.customerId;
    customer.phone = call.remoteNumber;
    if (Result<std::optional<Customer>> found = m_customers.find(call.customerId); found && found.value())
        customer = *found.value();
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
    m_script.setExtraVariables(m_extraVariables); // renders the restored request
    m_notes.setNotes(notes);
    updateActions();
    m_bar.refresh();
    Q_EMIT customerPopped(customer);
}
