#pragma once

#include "common/Error.h"
#include "domain/Disposition.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

struct CallFlowContext;

/// The end of a call: wrap-up (card numbers masked on screen first), the wrap-up dialog with the
/// proposed disposition and summary, closing an unanswered call as missed.
class WrapUpFlow final
{
    Q_DECLARE_TR_FUNCTIONS(CallController)

public:
    explicit WrapUpFlow(CallFlowContext& context);

    Status wrapUp();
    /// Wraps up when talking, then asks for disposition and summary and closes the call.
    void open();
    /// The Close action: wrap-up for an answered call, "record as missed?" for an unanswered one.
    void close();
    Status finish(std::optional<Disposition> disposition, const QString& summary);
    /// The summary the wrap-up dialog starts with, from the request capture.
    QString summaryFromCapture() const;
    /// The disposition the wrap-up dialog proposes (transferred, follow-up or resolved).
    Disposition proposedDisposition() const;

private:
    CallFlowContext& m_context;
};
