#pragma once

#include "common/Error.h"
#include "domain/Call.h"
#include "domain/Customer.h"
#include "integration/CallRequest.h"
#include "services/ReadGeneration.h"

#include <QObject>
#include <QStringList>

#include <deque>
#include <functional>
#include <optional>

class CallController;
class CallWriteQueue;
struct StoredCall;
class CallSession;
class ICustomerService;
class QWidget;

/// How calls reach the console besides the New call dialog: a second launch with a number or link
/// (F18 screen pop: a known customer's call rings at once, an unknown number opens New call
/// prefilled), and a call a crash left open, offered for resuming at start (F20).
///
/// The caller's card is looked up on the read worker, never on the GUI thread. Call requests are
/// handled one at a time, in the order they came: one that arrives while another is being looked up
/// waits for it, so none is lost or overtaken.
class CallIntake final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallIntake)

public:
    /// Asked whether to resume an interrupted call, with the question to show; true = resume.
    using RecoveryPrompt = std::function<bool(const Call& call, const QString& question)>;

    CallIntake(CallController& controller, CallSession& session, CallWriteQueue& writes, ICustomerService& customers,
        QWidget* window);
    ~CallIntake() override;

    /// Replaces the question box (tests, and the test hook that answers by itself).
    void setRecoveryPrompt(RecoveryPrompt prompt) { m_prompt = std::move(prompt); }

public Q_SLOTS:
    /// Arguments of a second launch (without the program name). Every call request in them is
    /// handled; the window is raised even when there is none.
    void handleArguments(const QStringList& args);
    /// Queues `request`; it is handled once the requests before it are.
    void handleCallRequest(const CallRequest& request);
    /// Looks for calls this agent left open (read by the writer, without waiting for it); when they
    /// arrive, offers to resume the newest and closes older ones as abandoned, then emits
    /// recoveryFinished().
    void offerRecovery();

public:
    /// A screen pop is under way: from the moment a request is taken up until its call has started or
    /// its New call dialog has closed (the customer's card is looked up meanwhile).
    bool isPopping() const { return m_popping; }
    /// The question offering to resume `call`, with its customer named as `customerName` (in a sentence,
    /// CustomerNaming's Reference form); without one, the call's number or "an unknown caller".
    static QString recoveryQuestion(const StoredCall& call, const QString& customerName);

Q_SIGNALS:
    void raiseRequested();
    /// A call request is taken up: its caller's card is being looked up.
    void screenPopStarted();
    /// A call request was refused, or something of an interrupted call could not be read or saved: the
    /// agent must see it until dismissed (`message` translated; `detail` technical, may be empty).
    void noticeRaised(const QString& message, const QString& detail);
    /// The search for interrupted calls is over; `resumed` is true when a call was resumed.
    void recoveryFinished(bool resumed);

private:
    /// Takes up the next waiting call request unless one is under way.
    void popNext();
    /// Says that `request` cannot be taken while a call is open (it is not lost silently).
    void refuseWhileInCall(const CallRequest& request);
    void onCallerLookedUp(const CallRequest& request, const Result<std::optional<Customer>>& known);
    void askForNewCard(const CallRequest& request);
    /// Offers the newest of the calls left open; emits recoveryFinished() once the agent has answered.
    void recover(const Result<QList<StoredCall>>& open);
    void resumeOrAbandon(const StoredCall& newest, const std::optional<Customer>& customer, int abandoned);
    /// The question box: true unless the agent explicitly chose to close the call as abandoned.
    bool askToResume(const QString& question);
    /// Says `error` in the status bar and raises it as a notice.
    void refuse(const QString& message, const QString& detail = {});

    CallController& m_controller;
    CallSession& m_session;
    CallWriteQueue& m_writes;
    ICustomerService& m_customers;
    QWidget* m_window;
    RecoveryPrompt m_prompt;
    std::deque<CallRequest> m_requests; ///< waiting for the one under way
    bool m_popping = false;
    ReadGeneration m_lookups;
};
