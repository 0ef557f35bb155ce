#include "windows/CallIntake.h"

#include "dialogs/NewCallDialog.h"
#include "i18n/BidiText.h"
#include "integration/CallRequest.h"
#include "platform/CommandLine.h"
#include "services/CallSession.h"
#include "services/CallWriteQueue.h"
#include "services/CustomerNaming.h"
#include "services/CustomerService.h"
#include "windows/CallController.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

CallIntake::CallIntake(
    CallController& controller, CallSession& session, CallWriteQueue& writes, ICustomerService& customers, QWidget* window)
    : QObject(window)
    , m_controller(controller)
    , m_session(session)
    , m_writes(writes)
    , m_customers(customers)
    , m_window(window)
{
}

CallIntake::~CallIntake() = default;

void CallIntake::handleArguments(const QStringList& args)
{
    Q_EMIT raiseRequested();
    for (const QString& arg : CommandLine::callArguments(args)) {
        Result<CallRequest> request = CallRequest::parse(arg);
        if (!request)
            refuse(request.error().message, request.error().detail);
        else
            handleCallRequest(request.value());
    }
}

void CallIntake::handleCallRequest(const CallRequest& request)
{
    m_requests.push_back(request);
    popNext();
}

void CallIntake::refuseWhileInCall(const CallRequest& request)
{
    refuse(tr("A call for %1 came in while another call is open. Close the current call, then start the new one "
              "from the New call dialog.")
               .arg(BidiText::leftToRight(request.number)));
}

void CallIntake::popNext()
{
    while (!m_popping && !m_requests.empty()) {
        const CallRequest request = m_requests.front();
        m_requests.pop_front();
        if (m_session.hasCall()) {
            refuseWhileInCall(request);
            continue;
        }
        m_popping = true;
        Q_EMIT screenPopStarted();
        m_customers.findByPhone(request.number, m_lookups.advance(), this,
            [this, request](Result<std::optional<Customer>> known) {
                onCallerLookedUp(request, known);
                m_popping = false;
                popNext();
            });
    }
}

void CallIntake::onCallerLookedUp(const CallRequest& request, const Result<std::optional<Customer>>& known)
{
    if (m_session.hasCall()) {
        // The agent started a call while the card was looked up.
        refuseWhileInCall(request);
        return;
    }
    if (!known) {
        refuse(known.error().message, known.error().detail);
        return;
    }
    if (known.value()) {
        // Screen pop: the customer's card, history and script, and the call ringing.
        // A refusal is reported to the agent by the controller.
        static_cast<void>(m_controller.startCall(*known.value(), request.channel, request.number, false));
        return;
    }
    askForNewCard(request);
}

void CallIntake::askForNewCard(const CallRequest& request)
{
    NewCallDialog dialog(m_customers, std::nullopt, m_window);
    dialog.setNumber(request.number);
    if (!request.customerHint.isEmpty())
        dialog.setNameHint(request.customerHint);
    dialog.setKind(request.channel == Channel::InPerson ? NewCallDialog::Kind::InPerson
                                                        : NewCallDialog::Kind::IncomingPhone);
    if (dialog.exec() == QDialog::Accepted) // a refusal is reported to the agent by the controller
        static_cast<void>(m_controller.startCall(dialog.customer(), dialog.channel(), dialog.number(), dialog.outbound()));
}

void CallIntake::refuse(const QString& message, const QString& detail)
{
    m_controller.say(message);
    Q_EMIT noticeRaised(message, detail);
}

QString CallIntake::recoveryQuestion(const StoredCall& stored, const QString& customerName)
{
    const Call& call = stored.call;
    QString who = BidiText::leftToRight(call.remoteNumber);
    if (!customerName.isEmpty())
        who = BidiText::isolated(customerName);
    if (who.isEmpty())
        who = tr("an unknown caller");
    // The moment the program last wrote something about the call: when it was interrupted.
    QDateTime last = call.startedUtc;
    if (!stored.events.isEmpty())
        last = stored.events.constLast().atUtc;
    const QLocale locale;
    const QString when = locale.toString(last.toLocalTime(), QLocale::ShortFormat);
    return tr("A call with %1 was interrupted at %2. Resume it?").arg(who, BidiText::isolated(when));
}

bool CallIntake::askToResume(const QString& question)
{
    // Closing the call for good is the one answer that loses something: it has to be chosen. Escape,
    // Enter and closing the box all resume, and the agent can still close the call from there.
    QMessageBox box(QMessageBox::Question, tr("Interrupted call"), question, QMessageBox::NoButton, m_window);
    box.setObjectName(u"recoveryMessageBox"_s);
    box.setInformativeText(tr("Closing it records the call as abandoned, with its notes as they were saved. "
                              "This cannot be undone."));
    QPushButton* resume = box.addButton(tr("&Resume the call"), QMessageBox::AcceptRole);
    resume->setObjectName(u"resumeCallButton"_s);
    QPushButton* abandon = box.addButton(tr("&Close it as abandoned"), QMessageBox::DestructiveRole);
    abandon->setObjectName(u"abandonCallButton"_s);
    box.setDefaultButton(resume);
    box.setEscapeButton(resume);
    box.exec();
    return box.clickedButton() != abandon;
}

void CallIntake::offerRecovery()
{
    if (m_session.hasCall()) {
        Q_EMIT recoveryFinished(false);
        return;
    }
    // The writer reads them after the writes still journaled from the last run: the window stays live.
    m_writes.loadOpenCalls(this, [this](Result<QList<StoredCall>> open) { recover(open); });
}

void CallIntake::recover(const Result<QList<StoredCall>>& open)
{
    if (m_session.hasCall()) {
        Q_EMIT recoveryFinished(false);
        return;
    }
    if (!open) {
        refuse(open.error().message, open.error().detail);
        Q_EMIT recoveryFinished(false);
        return;
    }
    QList<StoredCall> mine;
    for (const StoredCall& stored : open.value()) {
        if (stored.call.agentId == m_controller.agent().id)
            mine << stored;
    }
    if (mine.isEmpty()) {
        Q_EMIT recoveryFinished(false);
        return;
    }

    // Newest first: that is the call the agent was in; older ones were already lost.
    const StoredCall newest = mine.takeFirst();
    int abandoned = 0;
    for (const StoredCall& older : std::as_const(mine)) {
        if (m_session.abandonInterrupted(older))
            ++abandoned;
    }
    // The question names the customer: their card is read on the read worker.
    m_customers.find(newest.call.customerId, this, [this, newest, abandoned](Result<std::optional<Customer>> found) {
        resumeOrAbandon(newest, found ? found.value() : std::nullopt, abandoned);
    });
}

void CallIntake::resumeOrAbandon(const StoredCall& newest, const std::optional<Customer>& customer, int abandoned)
{
    bool resumed = false;
    if (m_session.hasCall()) {
        // The agent started another call meanwhile: this one stays open for the next start.
    } else {
        const QString question = recoveryQuestion(
            newest, customer ? m_controller.naming().name(*customer, CustomerNaming::Form::Reference) : QString());
        const bool resume = m_prompt ? m_prompt(newest.call, question) : askToResume(question);
        if (resume) {
            const Status status = m_session.resumeInterrupted(newest);
            resumed = status.ok() || m_session.hasCall();
            if (!status)
                refuse(status.error().message, status.error().detail);
            if (resumed)
                m_controller.showRecoveredCall(customer);
        } else {
            const Status status = m_session.abandonInterrupted(newest);
            if (status)
                m_controller.say(tr("The interrupted call was closed as abandoned."));
            else
                refuse(status.error().message, status.error().detail);
        }
    }
    if (abandoned > 0)
        m_controller.say(tr("%n older interrupted call(s) were closed as abandoned.", nullptr, abandoned));
    Q_EMIT recoveryFinished(resumed);
}
