#pragma once

#include "domain/CallScript.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Fills a call script for the call in front of the agent: who speaks for which organisation, the
/// customer addressed by the script language's rule, the captured request and what the call's flows
/// learnt (card, follow-up, transfer target). What the script panel shows, without widgets.
class ScriptFiller final
{
    Q_DECLARE_TR_FUNCTIONS(ScriptFiller)

public:
    void setScript(const CallScript& script) { m_script = script; }
    const CallScript& script() const { return m_script; }
    /// {agent} and {company}.
    void setSpeaker(const QString& agentName, const QString& companyName);
    void setCustomer(const std::optional<Customer>& customer) { m_customer = customer; }
    /// The request capture: {request} is the request, then the details; {address} the address typed.
    void setCapture(const QString& request, const QString& details, const QString& address);
    /// Values for variables the filler does not know itself: follow_up_*, card_*, transfer_target.
    void setExtraVariables(const ScriptRenderer::Variables& variables) { m_extra = variables; }

    /// Every variable with a value now.
    ScriptRenderer::Variables variables() const;
    /// A step's or a line's text rendered with the variables; `missing` lists what it still needs.
    RenderedLine renderStep(const QString& stepId) const;
    RenderedLine renderLine(const QString& lineId) const;
    /// What the agent reads for a step: its sentence, or while a value is missing, what is missing
    /// and where it comes from (in the interface language). Empty for an unknown id.
    QString shownStep(const QString& stepId) const;
    /// The sentence for `rendered` as shown: the text, or the note for its first missing value.
    static QString shown(const RenderedLine& rendered);
    /// Says what a line waits for, for the first of `missing` (variable names).
    static QString missingNote(const QStringList& missing);

private:
    CallScript m_script;
    QString m_agentName;
    QString m_companyName;
    std::optional<Customer> m_customer;
    QString m_request;
    QString m_details;
    QString m_address;
    ScriptRenderer::Variables m_extra;
};
