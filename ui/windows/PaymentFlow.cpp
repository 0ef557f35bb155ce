#include "windows/PaymentFlow.h"

#include "dialogs/PaymentDialog.h"
#include "domain/ScriptVariables.h"
#include "panels/ScriptPanel.h"
#include "services/CallSession.h"
#include "windows/CallFlowContext.h"

using namespace Qt::StringLiterals;

PaymentFlow::PaymentFlow(CallFlowContext& context)
    : m_context(context)
{
}

void PaymentFlow::open()
{
    if (!m_context.report(m_context.requireConversation()))
        return;
    ScriptPanel& script = m_context.script;
    PaymentDialog dialog(script.script(), script.variables(), m_context.app.clock, m_context.window);
    if (dialog.exec() != QDialog::Accepted || !dialog.cardSummary())
        return;
    const CardSummary card = *dialog.cardSummary();
    if (!m_context.report(m_context.session.recordPayment(card)))
        return;
    m_context.setVariable(ScriptVariable::CardBrand.toString(), CardMasker::brandName(card.brand));
    m_context.setVariable(ScriptVariable::CardLast4.toString(), card.last4);
    m_context.setVariable(ScriptVariable::CardExpiry.toString(), card.expiry);
    m_context.setVariable(ScriptVariable::CardName.toString(), card.nameOnCard);
    script.markStepDone(u"payment"_s);
}
