#include "storage/CallFactsRow.h"

#include "storage/SqlStatement.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString CallFactsRow::columns(const QString& alias)
{
    static const QStringList names {u"disposition"_s, u"missed"_s, u"interrupted"_s, u"ring_ms"_s, u"talk_ms"_s,
        u"hold_total_ms"_s, u"hold_longest_ms"_s, u"hold_count"_s, u"holds_over_limit"_s, u"apologies_after_holds"_s,
        u"hold_warnings"_s, u"transfer"_s, u"transfer_target_id"_s, u"after_call_work_ms"_s, u"duration_ms"_s,
        u"steps_done"_s, u"outbound"_s};
    static_assert(ColumnCount == 17);
    QStringList prefixed;
    for (const QString& name : names)
        prefixed << alias + u'.' + name;
    return prefixed.join(u", "_s);
}

CallFacts CallFactsRow::read(const SqlStatement& q, int first)
{
    const auto at = [first](int i) { return first + i; };
    CallFacts f;
    f.disposition = DispositionInfo::fromKey(q.text(at(0)));
    f.missed = q.flag(at(1));
    f.interrupted = q.flag(at(2));
    f.ringMs = q.integer(at(3));
    f.talkMs = q.integer(at(4));
    f.holdTotalMs = q.integer(at(5));
    f.holdLongestMs = q.integer(at(6));
    f.holdCount = static_cast<int>(q.integer(at(7)));
    f.holdsOverLimit = static_cast<int>(q.integer(at(8)));
    f.apologiesAfterHolds = static_cast<int>(q.integer(at(9)));
    f.holdWarnings = static_cast<int>(q.integer(at(10)));
    f.transfer = CallFacts::transferFromKey(q.text(at(11)));
    f.transferTargetId = q.integer(at(12));
    f.afterCallWorkMs = q.integer(at(13));
    f.durationMs = q.integer(at(14));
    f.stepsDone = static_cast<int>(q.integer(at(15)));
    f.outbound = q.flag(at(16));
    f.answered = !f.missed && !f.interrupted;
    return f;
}
