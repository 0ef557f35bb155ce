#include "demo/DemoCalls.h"

#include "common/Clock.h"
#include "demo/DemoDataContent.h"
#include "storage/AgentRepository.h"
#include "storage/CallRepository.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

/// What the agent wrote about the call, in the customer's language.
struct CallWords
{
    const char16_t* language;
    const char16_t* subject;
    const char16_t* summary;
    const char16_t* note;
};

const CallWords Words[] = {
    {u"en", u"Refund for a double charge",
        u"Charged twice for the March invoice; refund of the second charge promised within five working days.",
        u"Customer was calm; checked both charges with Billing."},
    {u"hi", u"दोहरे भुगतान की वापसी",
        u"मार्च के बिल का भुगतान दो बार कट गया; दूसरी राशि पाँच कार्यदिवस में लौटाने का वादा किया।",
        u"ग्राहक शांत थे; बिलिंग विभाग से दोनों भुगतान जाँचे।"},
    {u"te", u"రెండుసార్లు చెల్లింపు వాపసు",
        u"మార్చి బిల్లు రెండుసార్లు కట్ అయింది; రెండవ మొత్తాన్ని ఐదు పని దినాల్లో వాపసు చేస్తామని హామీ ఇచ్చాము.",
        u"కస్టమర్ ప్రశాంతంగా ఉన్నారు; బిల్లింగ్ విభాగంతో రెండు చెల్లింపులు తనిఖీ చేశాము."},
    {u"ur", u"دوہری ادائیگی کی واپسی",
        u"مارچ کے بل کی ادائیگی دو بار کٹ گئی؛ دوسری رقم پانچ کاروباری دنوں میں واپس کرنے کا وعدہ کیا گیا۔",
        u"گاہک پُرسکون تھے؛ بلنگ شعبے کے ساتھ دونوں ادائیگیاں چیک کیں۔"},
    {u"ca", u"Devolució d'un càrrec duplicat",
        u"La factura de març es va cobrar dues vegades; s'ha promès retornar el segon càrrec en cinc dies feiners.",
        u"La clienta estava tranquil·la; s'han comprovat els dos càrrecs amb Facturació."},
};

const CallWords& wordsFor(const QString& language)
{
    for (const CallWords& words : Words) {
        if (language == QString::fromUtf16(words.language))
            return words;
    }
    return Words[0];
}

/// Builds the log of one call, `offset` ms after its start, with uids made from the call's own.
class Log
{
public:
    Log(const Call& call, qint64 agentId)
        : m_call(call)
        , m_agentId(agentId)
    {
    }

    CallEvent at(qint64 offsetMs, CallEventPayload payload)
    {
        CallEvent e;
        e.callId = m_call.id;
        e.uid = m_call.uid + u'-' + QString::number(++m_count);
        e.atUtc = m_call.startedUtc.addMSecs(offsetMs);
        e.monotonicMs = offsetMs;
        e.agentId = m_agentId;
        e.payload = std::move(payload);
        return e;
    }

private:
    const Call& m_call;
    qint64 m_agentId;
    int m_count = 0;
};

Status addCall(CallRepository& calls, const DemoCalls::Customer& customer, qint64 agentId, qint64 startMs,
    const TransferTarget& target, bool warm, int index)
{
    const CallWords& words = wordsFor(customer.language);
    Call call;
    call.uid = u"demo-call-%1"_s.arg(index);
    call.customerId = customer.id;
    call.agentId = agentId;
    call.channel = Channel::Phone;
    call.state = CallState::Active;
    call.scriptLanguage = customer.language;
    call.startedUtc = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    Result<qint64> id = calls.createCall(call);
    if (!id)
        return id.error();
    call.id = id.value();

    Log log(call, agentId);
    QList<CallEvent> opening = {
        log.at(0, CallEvents::Offered {Channel::Phone, false}),
        log.at(8'000, CallEvents::Answered {8'000}),
        log.at(12'000, CallEvents::ScriptStep {u"greet"_s, StepMark::Done}),
        log.at(40'000, CallEvents::ScriptStep {u"clarify"_s, StepMark::Done}),
        log.at(70'000, CallEvents::HoldStarted {HoldReason::Hold}),
        log.at(130'000, CallEvents::HoldWarning {1, 60'000}),
        log.at(155'000, CallEvents::HoldEnded {HoldReason::Hold, 85'000, 1, false}),
        log.at(158'000, CallEvents::ApologyGiven {}),
        log.at(170'000, CallEvents::ScriptStep {u"restate"_s, StepMark::Done}),
    };
    if (warm) {
        opening << log.at(200'000, CallEvents::TransferStarted {target.id, target.name, target.kind, true})
                << log.at(201'000, CallEvents::HoldStarted {HoldReason::Transfer})
                << log.at(236'000, CallEvents::HoldEnded {HoldReason::Transfer, 35'000, 0, false})
                << log.at(238'000, CallEvents::TransferCancelled {});
    }
    if (Status status = calls.recordChange(call, opening); !status)
        return status;

    PaymentReadBackRow payment;
    payment.callId = call.id;
    payment.uid = call.uid + u"-payment"_s;
    payment.card = CardSummary {CardBrand::Visa, u"4242"_s, u"09/29"_s, {}};
    payment.atUtc = call.startedUtc.addSecs(260);
    if (Status status = calls.recordPayment(payment,
            log.at(260'000, CallEvents::PaymentReadBack {CardBrand::Visa, u"4242"_s, u"09/29"_s, {}}));
        !status)
        return status;

    FollowUp followUp;
    followUp.customerId = customer.id;
    followUp.callId = call.id;
    followUp.ownerAgentId = agentId;
    followUp.uid = call.uid + u"-follow-up"_s;
    followUp.dueUtc = call.startedUtc.addDays(5);
    followUp.reason = QString::fromUtf16(words.subject);
    followUp.done = true;
    const CallEvent scheduled = log.at(280'000,
        CallEvents::FollowUpScheduled {followUp.uid, agentId, followUp.dueUtc.toMSecsSinceEpoch()});
    if (Result<qint64> added = calls.scheduleFollowUp(followUp, scheduled); !added)
        return added.error();

    Note note;
    note.customerId = customer.id;
    note.callId = call.id;
    note.agentId = agentId;
    note.uid = call.uid + u"-note"_s;
    note.text = QString::fromUtf16(words.note);
    note.updatedUtc = call.startedUtc.addSecs(360);
    if (Result<qint64> saved = calls.saveNote(note); !saved)
        return saved.error();

    QList<CallEvent> closing = {
        log.at(262'000, CallEvents::ScriptStep {u"payment"_s, StepMark::Done}),
        log.at(282'000, CallEvents::ScriptStep {u"follow_up"_s, StepMark::Done}),
        log.at(300'000, CallEvents::HoldStarted {HoldReason::Hold}),
        log.at(325'000, CallEvents::HoldEnded {HoldReason::Hold, 25'000, 0, true}),
        log.at(330'000, CallEvents::ScriptStep {u"more_help"_s, StepMark::Skipped}),
    };
    if (!warm)
        closing << log.at(335'000, CallEvents::ColdTransfer {target.id, target.name, target.kind})
                << log.at(336'000, CallEvents::TransferConnected {});
    else
        closing << log.at(340'000, CallEvents::ScriptStep {u"close"_s, StepMark::Done});
    closing << log.at(345'000, CallEvents::WrapUpStarted {}) << log.at(360'000, CallEvents::NoteSaved {})
            << log.at(380'000, CallEvents::Closed {Disposition::Resolved, false, false});

    call.state = CallState::Closed;
    call.endedUtc = call.startedUtc.addSecs(380);
    call.disposition = Disposition::Resolved;
    call.summary = QString::fromUtf16(words.summary);
    Interaction history;
    history.customerId = customer.id;
    history.channel = Channel::Phone;
    history.inbound = true;
    history.occurredUtc = call.startedUtc;
    history.agentId = agentId;
    history.subject = QString::fromUtf16(words.subject);
    history.summary = call.summary;
    history.notes = note.text;
    return calls.closeCall(call, closing, history);
}

} // namespace

Status DemoCalls::add(Database& db, const Clock& clock, const QList<Customer>& customers)
{
    AgentRepository agents(db);
    QHash<QString, qint64> agentFor;
    for (const DemoDataContent::Staff& staff : DemoDataContent::staff()) {
        Result<std::optional<Agent>> agent = agents.findByLogin(QString::fromUtf16(staff.login));
        if (!agent)
            return agent.error();
        if (agent.value())
            agentFor.insert(QString::fromUtf16(staff.language), agent.value()->id);
    }
    Result<QList<TransferTarget>> targets = agents.transferTargets();
    if (!targets)
        return targets.error();
    if (targets.value().isEmpty() || agentFor.isEmpty())
        return {};

    CallRepository calls(db);
    const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
    for (int i = 0; i < customers.size(); i += 3) {
        const Customer& customer = customers.at(i);
        const qint64 agentId = agentFor.value(customer.language, agentFor.cbegin().value());
        // A few days ago, in office hours (UTC): recent enough to be near the top of the history.
        const qint64 dayStart = now - now % DayMs - qint64(1 + i % 9) * DayMs;
        const qint64 startMs = dayStart + qint64(9 + i % 7) * 3'600'000 + qint64(i % 4) * 900'000;
        const TransferTarget& target = targets.value().at(i % targets.value().size());
        if (Status status = addCall(calls, customer, agentId, startMs, target, i % 2 == 0, i); !status)
            return status;
    }
    return {};
}
