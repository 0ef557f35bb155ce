#include "storage/CallWrite.h"

#include "domain/CardDataGuard.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
qint64 ms(const QDateTime& utc)
{
    return utc.isValid() ? utc.toMSecsSinceEpoch() : 0;
}

QDateTime time(const QJsonValue& value)
{
    const qint64 v = value.toInteger();
    return v == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v, Qt::UTC);
}

QJsonObject callToJson(const Call& c)
{
    return {{u"uid"_s, c.uid}, {u"customer"_s, c.customerId}, {u"agent"_s, c.agentId},
        {u"channel"_s, ChannelInfo::key(c.channel)}, {u"state"_s, CallStateInfo::key(c.state)},
        {u"number"_s, c.remoteNumber}, {u"script"_s, c.scriptLanguage}, {u"started"_s, ms(c.startedUtc)},
        {u"ended"_s, ms(c.endedUtc)}, {u"disposition"_s, c.disposition ? DispositionInfo::key(*c.disposition) : QString()},
        {u"summary"_s, c.summary}};
}

Call callFromJson(const QJsonObject& o)
{
    Call c;
    c.uid = o.value(u"uid"_s).toString();
    c.customerId = o.value(u"customer"_s).toInteger();
    c.agentId = o.value(u"agent"_s).toInteger();
    c.channel = ChannelInfo::fromKey(o.value(u"channel"_s).toString()).value_or(Channel::Phone);
    c.state = CallStateInfo::stateFromKey(o.value(u"state"_s).toString()).value_or(CallState::Active);
    c.remoteNumber = o.value(u"number"_s).toString();
    c.scriptLanguage = o.value(u"script"_s).toString();
    c.startedUtc = time(o.value(u"started"_s));
    c.endedUtc = time(o.value(u"ended"_s));
    c.disposition = DispositionInfo::fromKey(o.value(u"disposition"_s).toString());
    c.summary = o.value(u"summary"_s).toString();
    return c;
}

QJsonObject eventToJson(const CallEvent& e)
{
    return {{u"uid"_s, e.uid}, {u"type"_s, CallStateInfo::key(e.type())}, {u"at"_s, ms(e.atUtc)},
        {u"mono"_s, e.monotonicMs}, {u"agent"_s, e.agentId},
        {u"details"_s, QJsonDocument::fromJson(CallEventCodec::toJson(e.payload).toUtf8()).object()}};
}

std::optional<CallEvent> eventFromJson(const QJsonObject& o)
{
    const std::optional<CallEventType> type = CallStateInfo::eventFromKey(o.value(u"type"_s).toString());
    if (!type)
        return std::nullopt;
    // Details are an object; journals written before that hold them as JSON text.
    const QJsonValue details = o.value(u"details"_s);
    const QString detailsJson = details.isObject()
        ? QString::fromUtf8(QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact))
        : details.toString();
    std::optional<CallEventPayload> payload = CallEventCodec::fromJson(*type, detailsJson);
    if (!payload)
        return std::nullopt;
    CallEvent e;
    e.uid = o.value(u"uid"_s).toString();
    e.atUtc = time(o.value(u"at"_s));
    e.monotonicMs = o.value(u"mono"_s).toInteger();
    e.agentId = o.value(u"agent"_s).toInteger();
    e.payload = std::move(*payload);
    return e;
}

const QList<std::pair<CallWrite::Kind, QString>>& kindKeys()
{
    static const QList<std::pair<CallWrite::Kind, QString>> keys {{CallWrite::Kind::Begin, u"begin"_s},
        {CallWrite::Kind::Change, u"change"_s}, {CallWrite::Kind::Notes, u"notes"_s},
        {CallWrite::Kind::Draft, u"draft"_s}, {CallWrite::Kind::FollowUp, u"follow_up"_s},
        {CallWrite::Kind::Payment, u"payment"_s}, {CallWrite::Kind::Close, u"close"_s}};
    return keys;
}

/// `events` of the call `callId`, ready to append.
QList<CallEvent> forCall(QList<CallEvent> events, qint64 callId)
{
    for (CallEvent& e : events)
        e.callId = callId;
    return events;
}

Status appendAll(CallRepository& calls, const QList<CallEvent>& events)
{
    for (const CallEvent& e : events) {
        if (Result<qint64> id = calls.appendEvent(e); !id)
            return id.error();
    }
    return {};
}
} // namespace

namespace {
CallWrite make(CallWrite::Kind kind, const QString& callUid, const QList<CallEvent>& events)
{
    CallWrite write;
    write.kind = kind;
    write.call.uid = callUid;
    write.events = events;
    return write;
}
} // namespace

CallWrite CallWrite::begin(const Call& call, const QList<CallEvent>& events)
{
    CallWrite write = make(Kind::Begin, call.uid, events);
    write.call = call;
    return write;
}

CallWrite CallWrite::change(const Call& call, const QList<CallEvent>& events)
{
    CallWrite write = make(Kind::Change, call.uid, events);
    write.call = call;
    return write;
}

CallWrite CallWrite::close(const Call& call, const QList<CallEvent>& events, const Interaction& history)
{
    CallWrite write = make(Kind::Close, call.uid, events);
    write.call = call;
    write.history = history;
    return write;
}

CallWrite CallWrite::notes(const QString& callUid, const Note& note)
{
    CallWrite write = make(Kind::Notes, callUid, {});
    write.note = note;
    return write;
}

CallWrite CallWrite::draftOf(const QString& callUid, const CallDraft& draft)
{
    CallWrite write = make(Kind::Draft, callUid, {});
    write.draft = draft;
    return write;
}

CallWrite CallWrite::followUpOf(const QString& callUid, const FollowUp& followUp, const CallEvent& event)
{
    CallWrite write = make(Kind::FollowUp, callUid, {event});
    write.followUp = followUp;
    return write;
}

CallWrite CallWrite::paymentOf(const QString& callUid, const PaymentReadBackRow& payment, const CallEvent& event)
{
    CallWrite write = make(Kind::Payment, callUid, {event});
    write.payment = payment;
    return write;
}

CallWrite::Outcome CallWrite::apply(Database& db) const
{
    CallRepository calls(db);
    Outcome out;
    if (kind == Kind::Begin) {
        Transaction tx(db);
        if (out.status = tx.begin(); !out.status)
            return out;
        Result<qint64> id = calls.createCall(call);
        if (!id) {
            out.status = id.error();
            return out;
        }
        out.callId = id.value();
        if (out.status = appendAll(calls, forCall(events, out.callId)); !out.status)
            return out;
        out.status = tx.commit();
        return out;
    }

    Result<std::optional<qint64>> found = calls.idForUid(call.uid);
    if (!found) {
        out.status = found.error();
        return out;
    }
    if (!found.value()) {
        out.status = Error {Error::Code::NotFound, Database::tr("The call record no longer exists."), call.uid};
        return out;
    }
    out.callId = *found.value();
    Call withId = call;
    withId.id = out.callId;
    switch (kind) {
    case Kind::Begin:
        break;
    case Kind::Change:
        out.status = calls.recordChange(withId, forCall(events, out.callId));
        break;
    case Kind::Notes: {
        Note n = note;
        n.callId = out.callId;
        Result<qint64> id = calls.saveNote(n);
        out.status = id ? Status {} : Status {id.error()};
        out.rowId = id ? id.value() : 0;
        break;
    }
    case Kind::Draft: {
        CallDraft d = draft;
        d.callId = out.callId;
        out.status = calls.saveDraft(d);
        break;
    }
    case Kind::FollowUp: {
        FollowUp f = followUp;
        f.callId = out.callId;
        Result<qint64> id = calls.scheduleFollowUp(f, forCall(events, out.callId).value(0));
        out.status = id ? Status {} : Status {id.error()};
        out.rowId = id ? id.value() : 0;
        break;
    }
    case Kind::Payment: {
        PaymentReadBackRow p = payment;
        p.callId = out.callId;
        out.status = calls.recordPayment(p, forCall(events, out.callId).value(0));
        break;
    }
    case Kind::Close: {
        QList<CallEvent> closing = forCall(events, out.callId);
        Interaction entry = history;
        out.status = calls.closeCall(withId, closing, entry);
        if (!out.status && out.status.error().code == Error::Code::NotFound)
            out.status = {}; // closed before: this write was applied already
        out.historyId = entry.id;
        break;
    }
    }
    return out;
}

QByteArray CallWrite::toJournalLine() const
{
    QJsonObject o;
    for (const auto& [k, key] : kindKeys()) {
        if (k == kind)
            o.insert(u"kind"_s, key);
    }
    o.insert(u"call"_s, callToJson(call));
    QJsonArray list;
    for (const CallEvent& e : events)
        list.append(eventToJson(e));
    o.insert(u"events"_s, list);
    switch (kind) {
    case Kind::Notes:
        o.insert(u"note"_s,
            QJsonObject {{u"uid"_s, note.uid}, {u"customer"_s, note.customerId}, {u"agent"_s, note.agentId},
                {u"text"_s, note.text}, {u"updated"_s, ms(note.updatedUtc)}});
        break;
    case Kind::Draft:
        o.insert(u"draft"_s,
            QJsonObject {{u"request"_s, draft.request}, {u"details"_s, draft.details}, {u"address"_s, draft.address},
                {u"script"_s, draft.scriptLanguage}, {u"updated"_s, ms(draft.updatedUtc)}});
        break;
    case Kind::FollowUp:
        o.insert(u"follow_up"_s,
            QJsonObject {{u"uid"_s, followUp.uid}, {u"customer"_s, followUp.customerId},
                {u"owner"_s, followUp.ownerAgentId}, {u"due"_s, ms(followUp.dueUtc)}, {u"reason"_s, followUp.reason}});
        break;
    case Kind::Payment:
        o.insert(u"payment"_s,
            QJsonObject {{u"uid"_s, payment.uid}, {u"brand"_s, CardMasker::brandKey(payment.card.brand)},
                {u"last4"_s, payment.card.last4}, {u"expiry"_s, payment.card.expiry},
                {u"name"_s, payment.card.nameOnCard}, {u"at"_s, ms(payment.atUtc)}});
        break;
    case Kind::Close:
        o.insert(u"history"_s,
            QJsonObject {{u"customer"_s, history.customerId}, {u"channel"_s, ChannelInfo::key(history.channel)},
                {u"inbound"_s, history.inbound}, {u"occurred"_s, ms(history.occurredUtc)},
                {u"agent"_s, history.agentId}, {u"subject"_s, history.subject}, {u"summary"_s, history.summary},
                {u"notes"_s, history.notes}});
        break;
    case Kind::Begin:
    case Kind::Change:
        break;
    }
    // The journal is crash-recovery data on disk: it passes the same guard as the database.
    return QJsonDocument(CardDataGuard::outbound(o).toObject()).toJson(QJsonDocument::Compact);
}

std::optional<CallWrite> CallWrite::fromJournalLine(const QByteArray& line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    CallWrite w;
    bool known = false;
    for (const auto& [k, key] : kindKeys()) {
        if (key == o.value(u"kind"_s).toString()) {
            w.kind = k;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    w.call = callFromJson(o.value(u"call"_s).toObject());
    if (w.call.uid.isEmpty())
        return std::nullopt;
    for (const QJsonValue& v : o.value(u"events"_s).toArray()) {
        std::optional<CallEvent> e = eventFromJson(v.toObject());
        if (!e)
            return std::nullopt;
        w.events << *e;
    }
    const QJsonObject n = o.value(u"note"_s).toObject();
    w.note.uid = n.value(u"uid"_s).toString();
    w.note.customerId = n.value(u"customer"_s).toInteger();
    w.note.agentId = n.value(u"agent"_s).toInteger();
    w.note.text = n.value(u"text"_s).toString();
    w.note.updatedUtc = time(n.value(u"updated"_s));
    const QJsonObject d = o.value(u"draft"_s).toObject();
    w.draft.request = d.value(u"request"_s).toString();
    w.draft.details = d.value(u"details"_s).toString();
    w.draft.address = d.value(u"address"_s).toString();
    w.draft.scriptLanguage = d.value(u"script"_s).toString();
    w.draft.updatedUtc = time(d.value(u"updated"_s));
    const QJsonObject f = o.value(u"follow_up"_s).toObject();
    w.followUp.uid = f.value(u"uid"_s).toString();
    w.followUp.customerId = f.value(u"customer"_s).toInteger();
    w.followUp.ownerAgentId = f.value(u"owner"_s).toInteger();
    w.followUp.dueUtc = time(f.value(u"due"_s));
    w.followUp.reason = f.value(u"reason"_s).toString();
    const QJsonObject p = o.value(u"payment"_s).toObject();
    w.payment.uid = p.value(u"uid"_s).toString();
    w.payment.card.brand = CardMasker::brandFromKey(p.value(u"brand"_s).toString());
    w.payment.card.last4 = p.value(u"last4"_s).toString();
    w.payment.card.expiry = p.value(u"expiry"_s).toString();
    w.payment.card.nameOnCard = p.value(u"name"_s).toString();
    w.payment.atUtc = time(p.value(u"at"_s));
    const QJsonObject h = o.value(u"history"_s).toObject();
    w.history.customerId = h.value(u"customer"_s).toInteger();
    w.history.channel = ChannelInfo::fromKey(h.value(u"channel"_s).toString()).value_or(Channel::Phone);
    w.history.inbound = h.value(u"inbound"_s).toBool(true);
    w.history.occurredUtc = time(h.value(u"occurred"_s));
    w.history.agentId = h.value(u"agent"_s).toInteger();
    w.history.subject = h.value(u"subject"_s).toString();
    w.history.summary = h.value(u"summary"_s).toString();
    w.history.notes = h.value(u"notes"_s).toString();
    return w;
}
