#include "domain/CallFacts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
/// An event's place in time: its readings and the program run it was recorded in.
struct Point
{
    QDateTime utc;
    qint64 monotonicMs = 0;
    int run = 0;
};

qint64 between(const Point& a, const Point& b)
{
    // The monotonic clock restarts with the program: compare its readings only within one run.
    const qint64 ms = a.run == b.run ? b.monotonicMs - a.monotonicMs : a.utc.msecsTo(b.utc);
    return std::max<qint64>(0, ms);
}
} // namespace

QString CallFacts::transferKey(TransferKind kind)
{
    switch (kind) {
    case TransferKind::Warm:
        return u"warm"_s;
    case TransferKind::Cold:
        return u"cold"_s;
    case TransferKind::None:
        break;
    }
    return {};
}

TransferKind CallFacts::transferFromKey(QStringView key)
{
    return key == u"warm" ? TransferKind::Warm : key == u"cold" ? TransferKind::Cold : TransferKind::None;
}

CallFacts CallFacts::fold(const QList<CallEvent>& events, const std::optional<Instant>& now)
{
    CallFacts facts;
    int run = 0;
    std::optional<Point> offered, answered, wrapUp, closed, holdStart;
    qint64 holdAtWrapUp = -1;
    bool pendingWarm = true;
    qint64 pendingTarget = 0;
    bool apologyOwed = false; // the last hold ended without the apology; it may still come
    Point last;
    for (const CallEvent& event : events) {
        if (event.type() == CallEventType::Recovered)
            ++run;
        const Point at {event.atUtc, event.monotonicMs, run};
        last = at;
        std::visit(
            [&](const auto& e) {
                using E = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<E, CallEvents::Offered>) {
                    offered = at;
                    facts.outbound = e.outbound;
                } else if constexpr (std::is_same_v<E, CallEvents::Answered>) {
                    answered = at;
                    facts.answered = true;
                } else if constexpr (std::is_same_v<E, CallEvents::HoldStarted>) {
                    holdStart = at;
                    facts.onHoldNow = true;
                } else if constexpr (std::is_same_v<E, CallEvents::HoldEnded>) {
                    facts.holdTotalMs += e.durationMs;
                    facts.holdLongestMs = std::max(facts.holdLongestMs, e.durationMs);
                    ++facts.holdCount;
                    if (e.durationMs >= LongHoldMs)
                        ++facts.holdsOverLimit;
                    if (e.apologised)
                        ++facts.apologiesAfterHolds;
                    apologyOwed = !e.apologised;
                    facts.onHoldNow = false;
                    holdStart.reset();
                } else if constexpr (std::is_same_v<E, CallEvents::ApologyGiven>) {
                    if (std::exchange(apologyOwed, false))
                        ++facts.apologiesAfterHolds;
                } else if constexpr (std::is_same_v<E, CallEvents::HoldWarning>) {
                    ++facts.holdWarnings;
                } else if constexpr (std::is_same_v<E, CallEvents::TransferStarted>) {
                    pendingWarm = e.warm;
                    pendingTarget = e.targetId;
                } else if constexpr (std::is_same_v<E, CallEvents::ColdTransfer>) {
                    pendingWarm = false;
                    pendingTarget = e.targetId;
                } else if constexpr (std::is_same_v<E, CallEvents::TransferConnected>) {
                    facts.transfer = pendingWarm ? TransferKind::Warm : TransferKind::Cold;
                    facts.transferTargetId = pendingTarget;
                } else if constexpr (std::is_same_v<E, CallEvents::ScriptStep>) {
                    ++(e.mark == StepMark::Done ? facts.stepsDone : facts.stepsSkipped);
                } else if constexpr (std::is_same_v<E, CallEvents::WrapUpStarted>) {
                    wrapUp = at;
                    holdAtWrapUp = facts.holdTotalMs;
                } else if constexpr (std::is_same_v<E, CallEvents::Closed>) {
                    closed = at;
                    facts.disposition = e.disposition;
                    facts.missed = e.missed;
                    facts.interrupted = e.interrupted;
                } else if constexpr (std::is_same_v<E, CallEvents::Recovered>) {
                    // A hold cut by the crash restarts with the program: the new run's timer measures it.
                    if (e.resumed && (e.state == CallState::OnHold)) {
                        holdStart = at;
                        facts.onHoldNow = true;
                    }
                }
            },
            event.payload);
    }
    if (!offered)
        return facts;
    const Point end = closed ? *closed
        : now                ? Point {now->utc, now->monotonicMs, run}
                             : last;
    facts.durationMs = between(*offered, end);
    facts.ringMs = between(*offered, answered ? *answered : end);
    if (answered) {
        const Point talkEnd = wrapUp ? *wrapUp : end;
        const qint64 holds = wrapUp ? holdAtWrapUp : facts.holdTotalMs;
        const qint64 openHold = !wrapUp && holdStart ? between(*holdStart, end) : 0;
        facts.talkMs = std::max<qint64>(0, between(*answered, talkEnd) - holds - openHold);
    }
    if (holdStart && !closed)
        facts.currentHoldMs = between(*holdStart, end);
    if (wrapUp)
        facts.afterCallWorkMs = between(*wrapUp, end);
    return facts;
}
