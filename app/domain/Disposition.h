#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

/// How a call ended (F2, wrap-up). Stored by key; shown in the reader's language.
enum class Disposition {
    Resolved,
    FollowUp,
    Transferred,
    Escalated,
    Complaint,
    Other,
    Missed,    ///< closed while still ringing
    Abandoned, ///< the program stopped mid-call and the agent did not take it up again
};

class DispositionInfo final
{
    Q_DECLARE_TR_FUNCTIONS(CallSession)

public:
    /// What an agent may pick in the wrap-up, in the order offered.
    static constexpr std::array<Disposition, 6> choosable()
    {
        return {Disposition::Resolved, Disposition::FollowUp, Disposition::Transferred, Disposition::Escalated,
            Disposition::Complaint, Disposition::Other};
    }
    /// Stable storage key ("resolved", "follow_up"...).
    static QString key(Disposition disposition);
    static std::optional<Disposition> fromKey(QStringView key);
    /// Translated name ("Resolved", "Follow-up needed"...).
    static QString displayName(Disposition disposition);
};
