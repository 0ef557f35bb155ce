#pragma once

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class CallSession;
class QAction;
class QShortcut;
class QWidget;

/// The call's actions (the Call menu, the call bar's buttons), each with a shortcut and a translated
/// name. An action is enabled only when it can be done; its shortcut pressed while it is disabled still
/// runs its handler, which explains why it cannot be done: the agent never gets silence.
///
/// No shortcut may be one a text field acts on (the agent types in the request and notes fields during
/// the call): on Linux Ctrl+U deletes the line, Ctrl+E and Ctrl+K move and delete, Ctrl+A/C/V/X/Z
/// edit... A field that claims a shortcut swallows it, and the action silently does not happen.
class CallActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallActions)

public:
    enum class Id {
        NewCall,
        Answer,
        Transfer,
        TransferConnected,
        CancelTransfer,
        Abusive,
        Payment,
        FollowUp,
        WrapUp,
        Close,
        FocusRequest,
        FocusNotes,
    };

    /// Actions are added to `window` so their shortcuts work wherever the focus is in it.
    explicit CallActions(QWidget* window);
    ~CallActions() override;

    QAction* action(Id id) const { return m_actions.value(id); }
    /// Connects `handler` to the action and to its shortcut while the action is disabled.
    void bind(Id id, const std::function<void()>& handler);
    /// The same for an action owned elsewhere (hold and resume live in the hold widget).
    void bind(QAction* action, const std::function<void()>& handler);
    /// Enables what the session's state allows.
    void update(const CallSession& session);
    void retranslate();

private:
    QAction* create(Id id, const char* objectName, const QKeySequence& shortcut);

    QWidget* m_window;
    QHash<Id, QAction*> m_actions;
    QList<QShortcut*> m_fallbacks;
};
