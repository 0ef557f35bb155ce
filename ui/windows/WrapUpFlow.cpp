#include "windows/WrapUpFlow.h"

#include "dialogs/WrapUpDialog.h"
#include "panels/NotesEditor.h"
#include "panels/RequestCapture.h"
#include "panels/ScriptPanel.h"
#include "services/CallSession.h"
#include "windows/CallFlowContext.h"

#include <QMessageBox>
#include <QStringList>

using namespace Qt::StringLiterals;

WrapUpFlow::WrapUpFlow(CallFlowContext& context)
    : m_context(context)
{
}

Status WrapUpFlow::wrapUp()
{
    // What stays on screen after the call shows card numbers as they are stored: masked.
    m_context.notes.maskCardNumbers();
    m_context.script.requestCapture()->maskCardNumbers();
    m_context.notes.pushNow();
    const Status status = m_context.session.wrapUp();
    m_context.report(status);
    return status;
}

void WrapUpFlow::open()
{
    CallSession& session = m_context.session;
    if (session.state() == CallState::Active && !wrapUp())
        return;
    if (session.state() != CallState::WrapUp) {
        m_context.report(session.canMoveTo(CallState::WrapUp));
        return;
    }
    WrapUpDialog dialog(summaryFromCapture(), DispositionInfo::key(proposedDisposition()),
        [&session] { return session.afterCallWork(); }, m_context.window);
    if (dialog.exec() == QDialog::Accepted) // a refusal is reported to the agent inside
        static_cast<void>(finish(DispositionInfo::fromKey(dialog.disposition()), dialog.summary()));
}

void WrapUpFlow::close()
{
    CallSession& session = m_context.session;
    if (session.hasCall() && session.state() == CallState::WrapUp) {
        open();
        return;
    }
    if (!m_context.report(session.canMoveTo(CallState::Closed)))
        return;
    // Only a call that never was answered can close without wrap-up: it is recorded as missed.
    const auto answer = QMessageBox::question(m_context.window, tr("Close the call"),
        tr("The call was not answered. Close it and record it as missed?"));
    if (answer == QMessageBox::Yes)
        static_cast<void>(finish({}, {})); // a refusal is reported to the agent inside
}

Status WrapUpFlow::finish(std::optional<Disposition> disposition, const QString& summary)
{
    m_context.notes.pushNow();
    const Status status = m_context.session.close(disposition, summary);
    if (m_context.report(status)) {
        m_context.say(tr("Call closed: %1.")
                          .arg(DispositionInfo::displayName(
                              m_context.session.call().disposition.value_or(Disposition::Other))));
    }
    return status;
}

QString WrapUpFlow::summaryFromCapture() const
{
    const RequestCapture* capture = m_context.script.requestCapture();
    QStringList parts;
    if (!capture->request().isEmpty())
        parts << capture->request();
    if (!capture->details().isEmpty())
        parts << capture->details();
    QString summary = parts.join(u", "_s);
    if (!capture->address().isEmpty())
        summary += (summary.isEmpty() ? QString() : u"\n"_s) + tr("Address: %1").arg(capture->address());
    return summary;
}

Disposition WrapUpFlow::proposedDisposition() const
{
    if (m_context.transferred)
        return Disposition::Transferred;
    if (m_context.session.followUp())
        return Disposition::FollowUp;
    return Disposition::Resolved;
}
