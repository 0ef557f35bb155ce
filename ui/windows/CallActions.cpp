#include "windows/CallActions.h"

#include "domain/CallStateMachine.h"
#include "services/CallSession.h"

#include <QAction>
#include <QShortcut>
#include <QWidget>

using namespace Qt::StringLiterals;

CallActions::CallActions(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    create(Id::NewCall, "newCallAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    create(Id::Answer, "answerAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    create(Id::Transfer, "transferAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    create(Id::TransferConnected, "transferConnectedAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    create(Id::CancelTransfer, "cancelTransferAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    create(Id::Abusive, "abusiveAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    create(Id::Payment, "paymentAction", QKeySequence(Qt::CTRL | Qt::Key_P));
    // Not Ctrl+U: on Linux that is "delete the whole line" in every line edit, which swallows it.
    create(Id::FollowUp, "followUpAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    create(Id::WrapUp, "wrapUpAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    create(Id::Close, "closeCallAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    create(Id::FocusRequest, "focusRequestAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    create(Id::FocusNotes, "focusNotesAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    retranslate();
}

CallActions::~CallActions() = default;

QAction* CallActions::create(Id id, const char* objectName, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    m_actions.insert(id, action);
    return action;
}

void CallActions::bind(Id id, const std::function<void()>& handler)
{
    bind(action(id), handler);
}

void CallActions::bind(QAction* action, const std::function<void()>& handler)
{
    connect(action, &QAction::triggered, this, handler);
    if (action->shortcut().isEmpty())
        return;
    // A disabled action ignores its shortcut; this one answers instead, so the handler can say why.
    auto* fallback = new QShortcut(action->shortcut(), m_window);
    fallback->setContext(Qt::WindowShortcut);
    fallback->setEnabled(!action->isEnabled());
    connect(fallback, &QShortcut::activated, this, handler);
    connect(action, &QAction::changed, fallback, [action, fallback] {
        fallback->setEnabled(!action->isEnabled());
        fallback->setKey(action->shortcut());
    });
    m_fallbacks << fallback;
}

void CallActions::update(const CallSession& session)
{
    const bool open = session.hasCall();
    const CallState state = session.state();
    const bool talking = open && state == CallState::Active;
    const auto can = [&](CallState to) { return open && CallStateMachine::canTransition(state, to); };
    action(Id::NewCall)->setEnabled(!open);
    action(Id::Answer)->setEnabled(open && state == CallState::Offered);
    action(Id::Transfer)->setEnabled(can(CallState::Transferring));
    action(Id::TransferConnected)->setEnabled(open && state == CallState::Transferring);
    action(Id::CancelTransfer)->setEnabled(open && state == CallState::Transferring);
    action(Id::Abusive)->setEnabled(open && CallStateMachine::isOpen(state));
    action(Id::Payment)->setEnabled(talking);
    action(Id::FollowUp)->setEnabled(talking || (open && state == CallState::WrapUp));
    action(Id::WrapUp)->setEnabled(can(CallState::WrapUp) && state != CallState::Transferring);
    action(Id::Close)->setEnabled(can(CallState::Closed));
    action(Id::FocusRequest)->setEnabled(open);
    action(Id::FocusNotes)->setEnabled(open);
}

void CallActions::retranslate()
{
    const auto set = [this](Id id, const QString& text, const QString& tip) {
        QAction* a = action(id);
        a->setText(text);
        a->setToolTip(tip + u" ("_s + a->shortcut().toString(QKeySequence::NativeText) + u')');
        a->setStatusTip(tip);
    };
    set(Id::NewCall, tr("&New call…"), tr("Start a call: incoming, in person or a callback"));
    set(Id::Answer, tr("&Answer"), tr("Answer the ringing call"));
    set(Id::Transfer, tr("&Transfer…"), tr("Transfer the customer to a department or manager"));
    set(Id::TransferConnected, tr("Customer &connected"),
        tr("The customer is connected to the transfer target: leave the call"));
    set(Id::CancelTransfer, tr("Tak&e the customer back"), tr("Cancel the transfer and return to the customer"));
    set(Id::Abusive, tr("A&busive caller…"), tr("Put an abusive caller on hold or involve a supervisor"));
    set(Id::Payment, tr("&Payment read-back…"), tr("Read the payment details back to the customer"));
    set(Id::FollowUp, tr("Schedule &follow-up…"), tr("Agree who will contact the customer, when and why"));
    set(Id::WrapUp, tr("&Wrap up…"), tr("End the conversation and record its outcome"));
    set(Id::Close, tr("C&lose call…"), tr("Close the call after wrap-up, or a call that was never answered"));
    set(Id::FocusRequest, tr("Type the re&quest"), tr("Go to the request fields of the script"));
    set(Id::FocusNotes, tr("Type n&otes"), tr("Go to the notes of this call"));
}
