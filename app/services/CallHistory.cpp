#include "services/CallHistory.h"

#include "domain/CardMasker.h"
#include "i18n/DurationFormat.h"

#include <QLocale>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// "1:05", or "1:05:07" from an hour on, in the interface language's digits.
QString compact(std::chrono::milliseconds duration)
{
    return formatDuration(duration, QLocale(), DurationStyle::Compact);
}

/// The first line of `text` that is not blank, with its white space simplified.
QString firstLine(const QString& text)
{
    for (const QString& line : text.split(u'\n')) {
        if (const QString simplified = line.simplified(); !simplified.isEmpty())
            return simplified;
    }
    return {};
}

/// `text` cut to at most `max` characters with an ellipsis, never inside a grapheme (a consonant and
/// its vowel sign stay together).
QString shortened(const QString& text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(max - 1);
    if (!graphemes.isAtBoundary())
        graphemes.toPreviousBoundary();
    return text.left(std::max<qsizetype>(0, graphemes.position())).trimmed() + u'…';
}

} // namespace

QString CallHistory::dispositionName(const QString& key)
{
    if (key == u"resolved"_s)
        return tr("Resolved");
    if (key == u"follow_up"_s)
        return tr("Follow-up needed");
    if (key == u"transferred"_s)
        return tr("Transferred");
    if (key == u"escalated"_s)
        return tr("Escalated");
    if (key == u"complaint"_s)
        return tr("Complaint");
    if (key == u"other"_s)
        return tr("Other");
    if (key == u"missed"_s)
        return tr("Missed");
    if (key == u"abandoned"_s)
        return tr("Abandoned");
    return key;
}

QString CallHistory::closingFacts(bool missed, std::chrono::milliseconds duration, std::chrono::milliseconds talkTime,
    int holds, std::chrono::milliseconds totalHold, std::chrono::milliseconds longestHold)
{
    if (missed)
        return tr("Not answered; closed after %1.").arg(compact(duration));
    if (holds == 0)
        return tr("Talk time %1, no hold.").arg(compact(talkTime));
    return tr("Talk time %1; on hold %2 in total, the longest %3 (%n hold(s)).", nullptr, holds)
        .arg(compact(talkTime), compact(totalHold), compact(longestHold));
}

QString CallHistory::interruptedFacts()
{
    return tr("The program stopped during the call, and the call was not taken up again.");
}

Interaction CallHistory::entry(const Call& call, bool outbound, const QString& agentName, const CallDraft& draft,
    const QString& notes, const QString& facts)
{
    Interaction entry;
    entry.customerId = call.customerId;
    entry.channel = call.channel;
    entry.inbound = !outbound;
    entry.occurredUtc = call.startedUtc.toUTC();
    entry.agentName = agentName;
    entry.callId = call.id;

    // Everything is masked again here: what reaches the history never holds a card number.
    const QString wrapUp = CardMasker::maskCardNumbers(call.summary).trimmed();
    QString request;
    for (const QString& text : {draft.request, draft.details}) {
        if (const QString masked = CardMasker::maskCardNumbers(text).trimmed(); !masked.isEmpty())
            request += (request.isEmpty() ? QString() : u"\n"_s) + masked;
    }
    const QString line = firstLine(wrapUp.isEmpty() ? request : wrapUp);
    const QString outcome = dispositionName(call.disposition);
    QString subject;
    if (outcome.isEmpty() && line.isEmpty())
        subject = tr("Call closed");
    else if (outcome.isEmpty() || line.isEmpty())
        subject = outcome + line;
    else
        subject = tr("%1: %2", "history subject: outcome of the call, first line of its summary").arg(outcome, line);
    // Masked after cutting too: the start of a long number that is no card might pass as one.
    entry.subject = CardMasker::maskCardNumbers(shortened(subject, SubjectMaxLength));

    QStringList parts;
    if (!wrapUp.isEmpty() || !request.isEmpty())
        parts << (wrapUp.isEmpty() ? request : wrapUp);
    if (const QString callNotes = CardMasker::maskCardNumbers(notes).trimmed(); !callNotes.isEmpty())
        parts << tr("Call notes:") + u'\n' + callNotes;
    if (!facts.isEmpty())
        parts << facts;
    entry.summary = CardMasker::maskCardNumbers(parts.join(u"\n\n"_s));
    return entry;
}
