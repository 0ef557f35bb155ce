#pragma once

#include <QCoreApplication>

#include <functional>

struct CallFlowContext;

/// Scheduling a follow-up during the call or its wrap-up (F9): owner, due time and reason, said back to
/// the customer through the script's follow-up lines.
class FollowUpFlow final
{
    Q_DECLARE_TR_FUNCTIONS(CallController)

public:
    /// `scheduled` runs after a follow-up was stored.
    FollowUpFlow(CallFlowContext& context, std::function<void()> scheduled);

    void open();

private:
    CallFlowContext& m_context;
    std::function<void()> m_scheduled;
};
