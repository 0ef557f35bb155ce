#include "windows/TransferFlow.h"

#include "dialogs/TransferDialog.h"
#include "domain/ScriptVariables.h"
#include "i18n/BidiText.h"
#include "panels/CallBar.h"
#include "panels/HoldTimerWidget.h"
#include "panels/ScriptPanel.h"
#include "services/AgentDirectory.h"
#include "services/CallSession.h"
#include "windows/CallFlowContext.h"
#include "windows/WrapUpFlow.h"

TransferFlow::TransferFlow(CallFlowContext& context, WrapUpFlow& wrapUp)
    : m_context(context)
    , m_wrapUp(wrapUp)
{
}

void TransferFlow::open()
{
    if (m_loading || !m_context.report(m_context.session.canMoveTo(CallState::Transferring)))
        return;
    // The targets are read on the read worker; the dialog opens when they arrive.
    m_loading = true;
    m_context.app.directory.transferTargets(m_context.window, [this](Result<QList<TransferTarget>> targets) {
        m_loading = false;
        // The call may have moved on meanwhile: the same check again.
        if (!m_context.report(m_context.session.canMoveTo(CallState::Transferring))
            || !m_context.report(targets ? Status {} : Status {targets.error()}))
            return;
        choose(targets.value());
    });
}

void TransferFlow::choose(const QList<TransferTarget>& targets)
{
    if (targets.isEmpty()) {
        m_context.say(tr("There is nobody to transfer to: no department or manager is set up."));
        return;
    }
    TransferDialog dialog(targets, m_context.script.script(), m_context.script.variables(), m_context.window);
    if (dialog.exec() != QDialog::Accepted || !dialog.target())
        return;
    if (transfer(*dialog.target(), dialog.isWarm()) && !dialog.isWarm())
        m_wrapUp.open();
}

Status TransferFlow::transfer(const TransferTarget& target, bool warm)
{
    m_context.setVariable(ScriptVariable::TransferTarget.toString(), target.name);
    m_context.bar.setTransferTarget(target.name);
    CallSession& session = m_context.session;
    const Status status = warm ? session.startTransfer(target, true) : session.coldTransfer(target);
    if (!m_context.report(status))
        return status;
    if (warm) {
        m_context.say(tr("Consulting %1 while the customer waits on hold. Stay on the line and press “Customer "
                         "connected” once they are connected.")
                          .arg(BidiText::isolated(target.name)));
    } else {
        m_context.transferred = true;
        m_context.say(tr("Cold transfer to %1 recorded. Wrap up the call.").arg(BidiText::isolated(target.name)));
    }
    return status;
}

void TransferFlow::connected()
{
    if (!m_context.report(m_context.session.transferConnected()))
        return;
    m_context.transferred = true;
    m_wrapUp.open();
}

void TransferFlow::cancel()
{
    m_context.report(m_context.session.cancelTransfer(m_context.hold.apologised()));
}
