#pragma once

#include "common/Error.h"
#include "domain/Agent.h"

#include <QCoreApplication>
#include <QList>

struct CallFlowContext;
class WrapUpFlow;

/// Transfers (F7): choosing a department or manager, warm (consult while the customer waits on hold,
/// then "Customer connected" or cancel) or cold (recorded, then wrap-up).
class TransferFlow final
{
    Q_DECLARE_TR_FUNCTIONS(CallController)

public:
    TransferFlow(CallFlowContext& context, WrapUpFlow& wrapUp);

    /// Reads the targets (off the GUI thread), asks for one in the transfer dialog, then transfers.
    void open();
    Status transfer(const TransferTarget& target, bool warm);
    void connected();
    void cancel();

private:
    void choose(const QList<TransferTarget>& targets);

    CallFlowContext& m_context;
    WrapUpFlow& m_wrapUp;
    bool m_loading = false; ///< the targets are on their way: a second open() waits for them
};
