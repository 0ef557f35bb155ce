#include "demo/DemoData.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "storage/AgentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "demo/DemoCalls.h"
#include "demo/DemoDataContent.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

/// The country of a demo number, from its calling code (the demo numbers are all international).
QString countryOf(const QString& phone)
{
    static const std::pair<const char16_t*, const char16_t*> Codes[] = { { u"+91 ", u"IN" }, { u"+92 ", u"PK" },
        { u"+34 ", u"ES" }, { u"+376 ", u"AD" }, { u"+1 ", u"US" }, { u"+44 ", u"GB" }, { u"+353 ", u"IE" } };
    for (const auto& [prefix, country] : Codes) {
        if (phone.startsWith(QString::fromUtf16(prefix)))
            return QString::fromUtf16(country);
    }
    return {};
}

/// A few cards carry tags in the team's language, as agents would write them.
QStringList tagsFor(int index, const QString& language)
{
    if (index % 7 != 1)
        return {};
    static const std::pair<const char16_t*, const char16_t*> Tags[] = { { u"hi", u"बड़े अक्षरों में पत्र" },
        { u"te", u"పెద్ద అక్షరాల లేఖలు" }, { u"ur", u"بڑے حروف میں خط" }, { u"ca", u"Cartes en lletra gran" },
        { u"en", u"Large print letters" } };
    for (const auto& [code, tag] : Tags) {
        if (language == QString::fromUtf16(code))
            return { u"VIP"_s, QString::fromUtf16(tag) };
    }
    return { u"VIP"_s };
}

/// A landline written the way people write them at home: national form with the trunk zero.
QString landlineOf(const QString& phone)
{
    const qsizetype space = phone.indexOf(u' ');
    QString national = phone.mid(space + 1);
    national.replace(0, 1, u"2"_s);
    return u"0"_s + national;
}
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

/// Small deterministic generator (Numerical Recipes LCG) so every run produces the same data.
class Sequence
{
public:
    explicit Sequence(quint32 seed)
        : m_state(seed)
    {
    }
    quint32 next(quint32 bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

private:
    quint32 m_state;
};

const TransferTarget Targets[] = {
    { 0, u"Billing"_s, u"department"_s, u"2001"_s },
    { 0, u"Technical support"_s, u"department"_s, u"2002"_s },
    { 0, u"Complaints department"_s, u"department"_s, u"2003"_s },
    { 0, u"Warehouse and packaging"_s, u"department"_s, u"2004"_s },
    { 0, u"Sunita Rao (duty manager)"_s, u"manager"_s, u"2100"_s },
};

bool usuallyInbound(Channel channel)
{
    return channel == Channel::Phone || channel == Channel::Voicemail || channel == Channel::WebForm
        || channel == Channel::InPerson;
}

Status addPeople(Database& db, const Clock& clock, QList<DemoCalls::Customer>& cards)
{
    CustomerRepository customers(db);
    InteractionRepository interactions(db);
    const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
    QHash<QString, QString> agentFor;
    for (const DemoDataContent::Staff& s : DemoDataContent::staff())
        agentFor.insert(QString::fromUtf16(s.language), QString::fromUtf16(s.name));
    const QStringList allAgents = agentFor.values();

    Sequence random(20260314u);
    const QList<DemoDataContent::Person> people = DemoDataContent::people();
    for (int i = 0; i < people.size(); ++i) {
        const DemoDataContent::Person& p = people.at(i);
        Customer c;
        c.salutation = QString::fromUtf16(p.salutation);
        c.givenName = QString::fromUtf16(p.givenName);
        c.familyName = QString::fromUtf16(p.familyName);
        c.phone = QString::fromUtf16(p.phone);
        c.email = QString::fromUtf16(p.email);
        c.address = QString::fromUtf16(p.address);
        c.preferredLanguage = QString::fromUtf16(p.language);
        c.country = countryOf(c.phone);
        c.tags = tagsFor(i, c.preferredLanguage);
        // Some also gave a landline, written in the national form with the trunk zero.
        if (i % 5 == 2 && QStringList { u"IN"_s, u"PK"_s, u"GB"_s }.contains(c.country))
            c.otherPhones << landlineOf(c.phone);
        c.createdUtc = clock.nowUtc().addMSecs(-qint64(400 + random.next(600)) * DayMs);
        Result<qint64> id = customers.insert(c);
        if (!id)
            return id.error();
        cards << DemoCalls::Customer {id.value(), c.preferredLanguage};

        const QList<DemoDataContent::Topic> topics = DemoDataContent::topics(c.preferredLanguage);
        const int count = 3 + int(random.next(13));
        for (int k = 0; k < count; ++k) {
            const DemoDataContent::Topic& topic = topics.at(int(random.next(quint32(topics.size()))));
            Interaction row;
            row.customerId = id.value();
            row.channel = ChannelInfo::all().at(std::size_t((i + k) % 6));
            row.inbound = usuallyInbound(row.channel) ? random.next(10) != 0 : random.next(2) == 0;
            const qint64 ago = qint64(random.next(365)) * DayMs + qint64(random.next(10 * 60)) * 60 * 1000;
            row.occurredUtc = QDateTime::fromMSecsSinceEpoch(now - ago, QTimeZone::utc());
            // Some recent voicemails and web forms are still waiting for an answer (F11).
            const bool unanswered = row.inbound
                && (row.channel == Channel::Voicemail || row.channel == Channel::WebForm) && ago < 30 * DayMs;
            row.agentName = unanswered ? QString()
                : random.next(4) == 0  ? allAgents.at(int(random.next(quint32(allAgents.size()))))
                                       : agentFor.value(c.preferredLanguage, u"Jonathan"_s);
            row.subject = QString::fromUtf16(topic.subject);
            row.summary = QString::fromUtf16(topic.summary);
            if (Result<qint64> added = interactions.insert(row); !added)
                return added.error();
        }
    }
    return {};
}
} // namespace

Result<bool> DemoData::populateIfEmpty(Database& db, const Clock& clock)
{
    // Checked inside the write transaction so two programs starting together add the data once.
    Transaction tx(db);
    if (Status status = tx.begin(); !status)
        return status.error();
    Result<qint64> existing = CustomerRepository(db).count();
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return false;
    AgentRepository agents(db);
    for (const DemoDataContent::Staff& s : DemoDataContent::staff()) {
        const Agent agent { 0, QString::fromUtf16(s.name), QString::fromUtf16(s.login), QString::fromUtf16(s.role),
            QString::fromUtf16(s.department) };
        Result<std::optional<Agent>> found = agents.findByLogin(agent.login);
        if (!found)
            return found.error();
        if (!found.value()) {
            if (Result<qint64> id = agents.insert(agent); !id)
                return id.error();
        }
    }
    Result<QList<TransferTarget>> targets = agents.transferTargets();
    if (!targets)
        return targets.error();
    if (targets.value().isEmpty()) {
        for (const TransferTarget& target : Targets) {
            if (Result<qint64> id = agents.insertTransferTarget(target); !id)
                return id.error();
        }
    }
    QList<DemoCalls::Customer> added;
    if (Status status = addPeople(db, clock, added); !status)
        return status.error();
    if (Status status = DemoCalls::add(db, clock, added); !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    qCInfo(lcStorage) << "Demo data added to" << db.config().displayName();
    return true;
}
