#pragma once

#include "domain/Call.h"
#include "domain/CallEvent.h"
#include "domain/Disposition.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

/// How the customer was handed on, if they were.
enum class TransferKind {
    None,
    Warm, ///< the agent consulted the target while the customer waited, then connected them
    Cold, ///< connected without consulting
};

/// The measured facts of one call, folded from its event log (F15, D3): what supervisor reports
/// read as columns, never by parsing the log. Durations are milliseconds.
struct CallFacts
{
    static constexpr qint64 LongHoldMs = 60'000; ///< D3: never hold a customer longer than this

    qint64 ringMs = 0;        ///< offered to answered (or to close when never answered)
    qint64 talkMs = 0;        ///< answered to wrap-up, holds excluded
    qint64 holdTotalMs = 0;   ///< finished holds, transfer consultations included
    qint64 holdLongestMs = 0;
    int holdCount = 0;
    int holdsOverLimit = 0;    ///< holds of LongHoldMs or more
    int apologiesAfterHolds = 0;
    int holdWarnings = 0;
    TransferKind transfer = TransferKind::None;
    qint64 transferTargetId = 0;
    qint64 afterCallWorkMs = 0; ///< wrap-up to close
    qint64 durationMs = 0;      ///< offered to close
    int stepsDone = 0;
    int stepsSkipped = 0;
    bool answered = false;
    bool outbound = false;
    bool onHoldNow = false;        ///< the last hold has not ended
    qint64 currentHoldMs = 0;      ///< how long the open hold has lasted at `now`
    std::optional<Disposition> disposition;
    bool missed = false;
    bool interrupted = false;

    /// A point on both clocks: "now" for a call still open.
    struct Instant
    {
        QDateTime utc;
        qint64 monotonicMs = 0;
    };

    /// Folds `events` (in log order). Within one run of the program durations come from the monotonic
    /// readings; across a Recovered event (the program restarted) from the wall clock. An open call
    /// is measured up to `now`.
    static CallFacts fold(const QList<CallEvent>& events, const std::optional<Instant>& now = std::nullopt);
    static QString transferKey(TransferKind kind);
    static TransferKind transferFromKey(QStringView key);
};
