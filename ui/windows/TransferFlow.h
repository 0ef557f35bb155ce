#pragma once

#include "common/Error.h"
#include "domain/Agent.h"

#include <QCoreApplication>

struct CallFlowContext;
class WrapUpFlow;

/// Transfers (F7): choosing a department or manager, warm (consult while the customer waits on hold,
/// then "Customer connected" or cancel) or cold (recorded, then wrap-up).
class TransferFlow final
{
    Q_DECLARE_TR_FUNCTIONS(CallController)

public:
    TransferFlow(CallFlowContext& context, WrapUpFlow& wrapUp);

    /// Asks for the target in the transfer dialog, then transfers.
    void open();
    Status transfer(const TransferTarget& target, bool warm);
    void connected();
    void cancel();

private:
    CallFlowContext& m_context;
    WrapUpFlow& m_wrapUp;
};
