#include "services/CallHistory.h"

#include "domain/CardMasker.h"
#include "i18n/BidiText.h"
#include "i18n/DurationFormat.h"

#include <QLocale>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// "1:05", or "1:05:07" from an hour on, in the interface language's digits.
QString compact(qint64 ms)
{
    return formatDuration(std::chrono::milliseconds(ms), QLocale(), DurationStyle::Compact);
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

Interaction CallHistory::entry(const Call& call, bool outbound, qint64 agentId, const CallDraft& draft,
    const QString& notes)
{
    Interaction entry;
    entry.customerId = call.customerId;
    entry.channel = call.channel;
    entry.inbound = !outbound;
    entry.occurredUtc = call.startedUtc.toUTC();
    entry.agentId = agentId;
    entry.callId = call.id;

    // Everything is masked again here: what reaches the history never holds a card number.
    const QString wrapUp = CardMasker::maskCardNumbers(call.summary).trimmed();
    QString request;
    for (const QString& text : {draft.request, draft.details}) {
        if (const QString masked = CardMasker::maskCardNumbers(text).trimmed(); !masked.isEmpty())
            request += (request.isEmpty() ? QString() : u"\n"_s) + masked;
    }
    entry.summary = wrapUp.isEmpty() ? request : wrapUp;
    // Masked after cutting too: the start of a long number that is no card might pass as one.
    entry.subject = CardMasker::maskCardNumbers(shortened(firstLine(entry.summary), SubjectMaxLength));
    entry.notes = CardMasker::maskCardNumbers(notes).trimmed();
    return entry;
}

QString CallHistory::subject(const Interaction& entry)
{
    if (!entry.facts || !entry.facts->disposition)
        return entry.subject;
    const QString outcome = DispositionInfo::displayName(*entry.facts->disposition);
    if (entry.subject.isEmpty())
        return outcome;
    return tr("%1: %2", "history subject: outcome of the call, first line of its summary")
        .arg(outcome, BidiText::isolated(entry.subject));
}

QString CallHistory::details(const Interaction& entry)
{
    QStringList parts;
    if (!entry.summary.isEmpty())
        parts << entry.summary;
    if (!entry.notes.isEmpty())
        parts << tr("Call notes:") + u'\n' + entry.notes;
    if (entry.payment)
        parts << paymentLine(*entry.payment);
    if (entry.followUp)
        parts << followUpLine(*entry.followUp);
    if (entry.facts)
        parts << factsLine(*entry.facts);
    return parts.join(u"\n\n"_s);
}

QString CallHistory::paymentLine(const CallPaymentMention& payment)
{
    const QString brand = CardMasker::brandName(CardMasker::brandFromKey(payment.brandKey));
    //: In a call's history entry. %1 is the card brand ("Visa", or a word for an unknown brand), %2 the
    //: card's last four digits.
    return tr("Payment card read back: %1 ending in %2.").arg(brand, BidiText::leftToRight(payment.last4));
}

QString CallHistory::followUpLine(const CallFollowUpMention& followUp)
{
    const QString when = BidiText::dateTime(followUp.dueUtc.toLocalTime(), QLocale(), QLocale::ShortFormat);
    if (followUp.ownerName.isEmpty()) {
        //: In a call's history entry. %1 is the date and time the follow-up is due.
        return tr("Follow-up due: %1.").arg(when);
    }
    //: In a call's history entry. %1 is the agent who will follow up, %2 the date and time it is due.
    return tr("Follow-up: %1, due %2.").arg(BidiText::isolated(followUp.ownerName), when);
}

QString CallHistory::factsLine(const CallFacts& facts)
{
    if (facts.interrupted)
        return tr("The program stopped during the call, and the call was not taken up again.");
    if (facts.missed)
        return tr("Not answered; closed after %1.").arg(compact(facts.durationMs));
    if (facts.holdCount == 0)
        return tr("Talk time %1, no hold.").arg(compact(facts.talkMs));
    return tr("Talk time %1; on hold %2 in total, the longest %3 (%n hold(s)).", nullptr, facts.holdCount)
        .arg(compact(facts.talkMs), compact(facts.holdTotalMs), compact(facts.holdLongestMs));
}
