#pragma once

#include "common/Error.h"
#include "domain/CallScript.h"
#include "windows/AppContext.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class CallBar;
class CallSession;
class HoldTimerWidget;
class NotesEditor;
class QWidget;
class ScriptPanel;

/// What the call's flows (transfer, payment, follow-up, wrap-up) share with CallController: the
/// session, the panels, the words for the agent, and what the flows learnt during the call (script
/// variables, whether it was transferred). Owned by the controller; reset for every call.
struct CallFlowContext
{
    Q_DECLARE_TR_FUNCTIONS(CallController)

public:
    CallFlowContext(const AppContext& appContext, CallSession& callSession, ScriptPanel& scriptPanel,
        NotesEditor& notesEditor, HoldTimerWidget& holdWidget, CallBar& callBar, QWidget* dialogParent,
        std::function<void(const QString&)> sayToAgent)
        : app(appContext)
        , session(callSession)
        , script(scriptPanel)
        , notes(notesEditor)
        , hold(holdWidget)
        , bar(callBar)
        , window(dialogParent)
        , say(std::move(sayToAgent))
    {
    }

    const AppContext& app;
    CallSession& session;
    ScriptPanel& script;
    NotesEditor& notes;
    HoldTimerWidget& hold;
    CallBar& bar;
    QWidget* window; ///< parents the dialogs
    std::function<void(const QString&)> say;
    /// Failures the agent must not miss (something could not be saved or read): shown until dismissed,
    /// besides say(). Refusals of an action (not possible now, wrong input) go to say() only.
    std::function<void(const Error&)> notice;

    ScriptRenderer::Variables extraVariables; ///< filled by the flows: transfer target, card, follow-up
    bool transferred = false;

    /// True when `status` is ok; otherwise says why not (a failure also through notice) and returns false.
    bool report(const Status& status) const;
    /// Sets a script variable of this call and renders the script with it.
    void setVariable(const QString& name, const QString& value);
    /// Forgets what the flows learnt (a new call, or the agent moved on from a closed one).
    void resetCall();
    /// Ok when the agent is talking with the customer; otherwise why an action needing that is refused.
    Status requireConversation() const;
};
