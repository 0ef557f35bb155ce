#pragma once

#include "common/Error.h"
#include "domain/Call.h"

#include <QObject>
#include <QStringList>

#include <functional>

class CallController;
class CallWriteQueue;
struct StoredCall;
class CallSession;
class ICustomerService;
class QWidget;
struct CallRequest;

/// How calls reach the console besides the New call dialog: a second launch with a number or link
/// (F18 screen pop: a known customer's call rings at once, an unknown number opens New call
/// prefilled), and a call a crash left open, offered for resuming at start (F20).
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
    void handleCallRequest(const CallRequest& request);
    /// Looks for calls this agent left open (read by the writer, without waiting for it); when they
    /// arrive, offers to resume the newest and closes older ones as abandoned, then emits
    /// recoveryFinished().
    void offerRecovery();

Q_SIGNALS:
    void raiseRequested();
    /// A call request was refused, or something of an interrupted call could not be read or saved: the
    /// agent must see it until dismissed (`message` translated; `detail` technical, may be empty).
    void noticeRaised(const QString& message, const QString& detail);
    /// The search for interrupted calls is over; `resumed` is true when a call was resumed.
    void recoveryFinished(bool resumed);

private:
    QString recoveryQuestion(const StoredCall& call);
    bool recover(const Result<QList<StoredCall>>& open);
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
};
