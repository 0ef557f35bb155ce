#pragma once

#include "common/Error.h"
#include "domain/Agent.h"
#include "domain/Call.h"
#include "domain/CallScript.h"
#include "domain/Customer.h"
#include "services/CallSession.h"
#include "services/CustomerNaming.h"
#include "windows/AppContext.h"
#include "windows/CallFlowContext.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class CallActions;
class CallBar;
class FollowUpFlow;
class HoldAlerts;
class HoldNotifier;
class HoldTimerWidget;
class NotesEditor;
class PaymentFlow;
class QWidget;
class ScriptPanel;
class TransferFlow;
class WrapUpFlow;

/// Runs the call from the console (F2–F9, F20): wires the actions, the script panel, the request
/// capture, the notes and the hold widget to the CallSession, reports every refusal in words, and warns
/// outside the window when a hold runs long. Starting, answering, holds and the abusive-caller choice
/// are here; each longer flow has its own small controller (TransferFlow, PaymentFlow, FollowUpFlow,
/// WrapUpFlow) over a shared CallFlowContext. The dialog-free operations (startCall, transfer,
/// finishCall...) are public for CallIntake, tests and hooks.
class CallController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallController)

public:
    struct Parts
    {
        ScriptPanel& script;
        NotesEditor& notes;
        HoldTimerWidget& hold;
        CallBar& bar;
        CallActions& actions;
    };

    /// `window` parents the dialogs; `notifier` may be null (no desktop notifications).
    CallController(const AppContext& context, const Parts& parts, HoldNotifier* notifier, QWidget* window);
    ~CallController() override;

    const Agent& agent() const { return m_context.agent; }
    bool hasCall() const { return m_session.hasCall(); }
    const std::optional<Customer>& customer() const { return m_customer; }
    /// The hold past a minute outside the panels: window title, taskbar, sound, desktop notification.
    HoldAlerts& holdAlerts() const { return *m_holdAlerts; }
    /// How the interface's texts name a customer, in the interface language (the call bar, the hold
    /// warning, the window title, the interrupted-call question, the calendar event).
    const CustomerNaming& naming() const { return m_naming; }
    /// The last refusal or notice shown to the agent (also in the status bar).
    QString lastMessage() const { return m_lastMessage; }

    /// The customer open in the console, offered by the New call dialog.
    void setSelectedCustomer(const std::optional<Customer>& customer) { m_selected = customer; }
    const std::optional<Customer>& selectedCustomer() const { return m_selected; }
    /// True when a call has closed and its panels (request, lines, notes, step marks, hold) still show it.
    bool showsClosedCall() const { return !m_session.hasCall() && m_customer.has_value(); }
    /// The agent moved on from a closed call: request capture, rendered lines, notes, step marks, hold
    /// widget and call bar are cleared, ready for the next customer. Nothing while a call is open.
    void clearClosedCall();

    Status startCall(const Customer& customer, Channel channel, const QString& number, bool outbound);
    /// Shows the call the session has just resumed after a crash: customer (`customer`, read by the
    /// caller; without it, a card with the call's number), script language, step marks, request capture
    /// and notes as they were saved.
    void showRecoveredCall(const std::optional<Customer>& customer);
    Status transfer(const TransferTarget& target, bool warm);
    Status abusive(AbusiveAction action);
    Status wrapUp();
    Status finishCall(std::optional<Disposition> disposition, const QString& summary);
    /// The summary the wrap-up dialog starts with, from the request capture.
    QString summaryFromCapture() const;
    /// The disposition the wrap-up dialog proposes (transferred, follow-up or resolved).
    Disposition proposedDisposition() const;

public Q_SLOTS:
    // Action handlers: each checks first and says why not, then opens its dialog if it has one.
    void newCall();
    void answer();
    void hold();
    void resume();
    void openTransfer();
    void transferConnected();
    void cancelTransfer();
    void openAbusive();
    void openPayment();
    void openFollowUp();
    void openWrapUp();
    void closeCall();
    /// Shows a message to the agent (status bar) and remembers it as lastMessage().
    void say(const QString& text);

Q_SIGNALS:
    /// A message for the agent, translated: a refusal's reason or a notice.
    void message(const QString& text);
    /// The customer of the new (or recovered) call: the console shows their card and history.
    void customerPopped(const Customer& customer);
    /// Something failed that the agent must not miss (a change not saved): shown until dismissed.
    void noticeRaised(const QString& message, const QString& detail);
    /// A follow-up was stored: the due list should reload.
    void followUpScheduled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectParts();
    bool report(const Status& status);
    void updateActions();
    void onStateChanged(CallState state);
    void prepareForCall(const Customer& customer, Channel channel);
    /// The panels show no call: request, rendered lines, step marks, notes, hold, transfer target.
    void resetPanels();
    /// The call's customer, named in the interface language, in the call bar and the hold alerts.
    void showCustomerName();

    AppContext m_context;
    CallSession& m_session;
    ScriptPanel& m_script;
    NotesEditor& m_notes;
    HoldTimerWidget& m_hold;
    CallBar& m_bar;
    CallActions& m_actions;
    QWidget* m_window;
    CustomerNaming m_naming;
    HoldAlerts* m_holdAlerts;

    std::optional<Customer> m_customer;
    std::optional<Customer> m_selected;
    QString m_lastMessage;
    CallFlowContext m_flow;
    std::unique_ptr<WrapUpFlow> m_wrapUp;
    std::unique_ptr<TransferFlow> m_transfer;
    std::unique_ptr<PaymentFlow> m_payment;
    std::unique_ptr<FollowUpFlow> m_followUp;
};
