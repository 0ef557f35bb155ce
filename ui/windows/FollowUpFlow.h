#pragma once

#include "common/Error.h"
#include "domain/Agent.h"

#include <QCoreApplication>
#include <QList>

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

    /// Checks, reads the colleagues (off the GUI thread), then asks for the follow-up in its dialog.
    void open();

private:
    /// Ok when a follow-up can be scheduled now; otherwise why not.
    Status canSchedule() const;
    void schedule(const QList<Agent>& agents);

    CallFlowContext& m_context;
    std::function<void()> m_scheduled;
    bool m_loading = false; ///< the colleagues are on their way: a second open() waits for them
};
