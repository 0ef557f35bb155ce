#include "windows/FollowUpFlow.h"

#include "dialogs/FollowUpDialog.h"
#include "domain/ScriptVariables.h"
#include "panels/ScriptPanel.h"
#include "services/AgentDirectory.h"
#include "services/CallSession.h"
#include "windows/CallFlowContext.h"

using namespace Qt::StringLiterals;

FollowUpFlow::FollowUpFlow(CallFlowContext& context, std::function<void()> scheduled)
    : m_context(context)
    , m_scheduled(std::move(scheduled))
{
}

Status FollowUpFlow::canSchedule() const
{
    CallSession& session = m_context.session;
    if (session.state() != CallState::WrapUp) {
        if (const Status status = m_context.requireConversation(); !status)
            return status;
    }
    if (!session.hasCall())
        return session.canMoveTo(CallState::Active);
    return {};
}

void FollowUpFlow::open()
{
    if (m_loading || !m_context.report(canSchedule()))
        return;
    // The colleagues who can own it are read on the read worker; the dialog opens when they arrive.
    m_loading = true;
    m_context.app.directory.agents(m_context.window, [this](Result<QList<Agent>> agents) {
        m_loading = false;
        // The call may have moved on meanwhile: the same checks again.
        if (!m_context.report(canSchedule()) || !m_context.report(agents ? Status {} : Status {agents.error()}))
            return;
        schedule(agents.value());
    });
}

void FollowUpFlow::schedule(const QList<Agent>& agents)
{
    CallSession& session = m_context.session;
    ScriptPanel& script = m_context.script;
    FollowUpDialog dialog(agents, m_context.app.agent.id, m_context.app.clock, m_context.window);
    dialog.setPreview(script.script(), script.variables());
    if (dialog.exec() != QDialog::Accepted)
        return;
    FollowUp followUp = dialog.followUp();
    if (!m_context.report(session.scheduleFollowUp(followUp)))
        return;
    m_context.setVariable(ScriptVariable::FollowUpWho.toString(), dialog.ownerName());
    // Said aloud in the script's language, with its own case marker ("on Monday…", "सोमवार… को").
    m_context.setVariable(
        ScriptVariable::FollowUpWhen.toString(), script.script().rules.spokenWhen(followUp.dueUtc.toLocalTime()));
    m_context.setVariable(ScriptVariable::FollowUpWhy.toString(), followUp.reason);
    script.markStepDone(u"follow_up"_s);
    if (m_scheduled)
        m_scheduled();
}
