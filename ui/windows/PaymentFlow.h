#pragma once

#include <QCoreApplication>

struct CallFlowContext;

/// The payment read-back (F8): the card dialog during the conversation; the masked card goes into the
/// call's log and into the script's read-back lines, and the payment step is marked done.
class PaymentFlow final
{
    Q_DECLARE_TR_FUNCTIONS(CallController)

public:
    explicit PaymentFlow(CallFlowContext& context);

    void open();

private:
    CallFlowContext& m_context;
};
