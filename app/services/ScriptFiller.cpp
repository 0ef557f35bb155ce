#include "services/ScriptFiller.h"

#include "domain/ScriptVariables.h"

using namespace Qt::StringLiterals;

void ScriptFiller::setSpeaker(const QString& agentName, const QString& companyName)
{
    m_agentName = agentName;
    m_companyName = companyName;
}

void ScriptFiller::setCapture(const QString& request, const QString& details, const QString& address)
{
    m_request = request.trimmed();
    m_details = details.trimmed();
    m_address = address.trimmed();
}

ScriptRenderer::Variables ScriptFiller::variables() const
{
    ScriptRenderer::Variables vars = m_extra;
    const auto put = [&vars](QStringView name, const QString& value) {
        if (!value.trimmed().isEmpty())
            vars.insert(name.toString(), value);
    };
    put(ScriptVariable::Agent, m_agentName);
    put(ScriptVariable::Company, m_companyName);
    if (m_customer) {
        put(ScriptVariable::Customer, m_script.rules.addressOf(*m_customer));
        put(ScriptVariable::CustomerFull, m_customer->fullName());
        put(ScriptVariable::Address, m_customer->address);
    }
    if (!m_request.isEmpty() || !m_details.isEmpty()) {
        // Free text, said where no grammar depends on it ("Your request today: {request}.").
        vars.insert(ScriptVariable::Request.toString(),
            m_request.isEmpty() || m_details.isEmpty() ? QString(m_request + m_details) : m_request + m_script.rules.comma + m_details);
    }
    put(ScriptVariable::Address, m_address);
    return vars;
}

RenderedLine ScriptFiller::renderStep(const QString& stepId) const
{
    const ScriptStep* step = m_script.step(stepId);
    return step ? ScriptRenderer::renderLine(step->text, variables(), m_script.rules) : RenderedLine {};
}

RenderedLine ScriptFiller::renderLine(const QString& lineId) const
{
    const QString line = m_script.lines.value(lineId);
    return line.isEmpty() ? RenderedLine {} : ScriptRenderer::renderLine(line, variables(), m_script.rules);
}

QString ScriptFiller::shownStep(const QString& stepId) const
{
    return shown(renderStep(stepId));
}

QString ScriptFiller::shown(const RenderedLine& rendered)
{
    return rendered.complete() ? rendered.text : missingNote(rendered.missing);
}

QString ScriptFiller::missingNote(const QStringList& missing)
{
    if (missing.isEmpty())
        return {};
    const QString name = missing.constFirst();
    if (name == ScriptVariable::Request)
        return tr("Type the customer's request in the request field to fill in this sentence.");
    if (name.startsWith(u"card_"))
        return tr("This read-back is filled in once the payment card is taken.");
    if (name.startsWith(u"follow_up_"))
        return tr("This sentence is filled in once the follow-up is scheduled.");
    if (name == ScriptVariable::TransferTarget)
        return tr("This sentence is filled in once the transfer target is chosen.");
    if (name == ScriptVariable::Agent)
        return tr("Your name for the greeting is not set.");
    if (name == ScriptVariable::Customer || name == ScriptVariable::CustomerFull)
        return tr("This sentence needs the customer's name: choose or create the customer's card.");
    if (name == ScriptVariable::Address)
        return tr("This sentence needs the customer's address: type it in the address field.");
    if (name == ScriptVariable::Company)
        return tr("The company name for the script is not set.");
    return tr("This sentence needs a value that is not known yet.");
}
