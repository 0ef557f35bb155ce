// The history pane's filters and call timelines in storage (issue 14, F10): the channel and the words
// are part of the keyset query, so pages of a filtered history never repeat or skip an entry, on both
// backends; a call's record is read by its indexes when its entry is expanded.
#include "StorageTest.h"

#include "storage/AgentRepository.h"
#include "storage/CallRepository.h"
#include "storage/CallTimelineRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/HistoryText.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Start = 1'750'000'000'000;

/// Subjects in the five languages; the Catalan one with accents, the Urdu one with a ZWNJ.
const char16_t* const Subjects[] = {
    u"Núria asked about the Reemborsament",
    u"बिल की राशि \u095Aलत थी",
    u"డెలివరీ ఆలస్యం గురించి",
    u"سیف‌اللہ نے آرڈر کے بارے میں پوچھا",
    u"Canvi d'adreça per a la factura",
    u"Ordinary question",
    u"50% discount_code asked",
};
} // namespace

class HistoryFilterTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        CustomerRepository customers(db());
        Customer c;
        c.givenName = u"Núria"_s;
        c.familyName = u"Puigdomènech"_s;
        Result<qint64> id = customers.insert(c);
        CORDIAL_ASSERT_OK(id);
        customerId = id.value();
        c.givenName = u"Other"_s;
        Result<qint64> other = customers.insert(c);
        CORDIAL_ASSERT_OK(other);
        otherId = other.value();
        repo = std::make_unique<InteractionRepository>(db());
    }

    /// `count` entries of customerId: channels cycle, subjects cycle at another pace, every third pair
    /// shares its time. Returns the expected entries' keys, newest first, for each filter asked.
    void addHistory(int count)
    {
        Transaction tx(db());
        CORDIAL_ASSERT_OK(tx.begin());
        for (int i = 0; i < count; ++i) {
            Interaction row;
            row.customerId = customerId;
            row.channel = ChannelInfo::all().at(static_cast<std::size_t>(i) % ChannelInfo::all().size());
            row.occurredUtc = QDateTime::fromMSecsSinceEpoch(Start + qint64(i / 3) * 60'000, QTimeZone::utc());
            row.subject = QString::fromUtf16(Subjects[i % std::size(Subjects)]);
            row.summary = u"Summary %1"_s.arg(i);
            row.notes = i % 11 == 0 ? u"Promised a CALLBACK on Monday"_s : QString();
            Result<qint64> id = repo->insert(row);
            CORDIAL_ASSERT_OK(id);
            all.append(Stored {id.value(), row.occurredUtc.toMSecsSinceEpoch(), row.channel, row.subject, row.notes});
        }
        // The other customer's entries match every filter and must never show.
        for (int i = 0; i < 20; ++i) {
            Interaction row;
            row.customerId = otherId;
            row.channel = Channel::Email;
            row.occurredUtc = QDateTime::fromMSecsSinceEpoch(Start + i, QTimeZone::utc());
            row.subject = QString::fromUtf16(Subjects[0]);
            CORDIAL_ASSERT_OK(repo->insert(row));
        }
        CORDIAL_ASSERT_OK(tx.commit());
    }

    struct Stored
    {
        qint64 id;
        qint64 ms;
        Channel channel;
        QString subject;
        QString notes;
    };

    /// The ids `filter` must give, newest first.
    QList<qint64> expected(const std::function<bool(const Stored&)>& passes) const
    {
        QList<Stored> rows;
        for (const Stored& s : all) {
            if (passes(s))
                rows << s;
        }
        std::sort(rows.begin(), rows.end(),
            [](const Stored& a, const Stored& b) { return a.ms != b.ms ? a.ms > b.ms : a.id > b.id; });
        QList<qint64> ids;
        for (const Stored& s : rows)
            ids << s.id;
        return ids;
    }

    /// Every page of `filter`, `pageSize` at a time, as the pane reads them.
    QList<qint64> pageThrough(const HistoryFilter& filter, int pageSize)
    {
        QList<qint64> ids;
        std::optional<HistoryCursor> cursor;
        for (int guard = 0; guard < 10'000; ++guard) {
            Result<HistoryPage> page = repo->fetchPage(customerId, filter, cursor, pageSize);
            EXPECT_TRUE(page.ok()) << page.error().fullText().toStdString();
            if (!page)
                break;
            for (const Interaction& row : page.value().rows) {
                EXPECT_EQ(row.customerId, customerId);
                if (filter.channel) {
                    EXPECT_EQ(row.channel, *filter.channel);
                }
                ids << row.id;
            }
            cursor = page.value().next;
            if (!cursor)
                break;
            EXPECT_EQ(page.value().rows.size(), pageSize);
        }
        return ids;
    }

    qint64 customerId = 0;
    qint64 otherId = 0;
    QList<Stored> all;
    std::unique_ptr<InteractionRepository> repo;
};

TEST_F(HistoryFilterTest, TenThousandEntriesPageWithoutRepeatsOrGapsUnderEveryFilter)
{
    addHistory(10'000);
    ASSERT_FALSE(HasFatalFailure());

    const QList<qint64> everything = pageThrough({}, 500);
    EXPECT_EQ(everything, expected([](const Stored&) { return true; }));
    EXPECT_EQ(everything.size(), 10'000);

    HistoryFilter email;
    email.channel = Channel::Email;
    EXPECT_EQ(pageThrough(email, 200), expected([](const Stored& s) { return s.channel == Channel::Email; }));

    HistoryFilter words;
    words.text = u"reemborsament"_s;
    const QList<qint64> found = pageThrough(words, 137);
    EXPECT_EQ(found, expected([](const Stored& s) { return s.subject.contains(u"Reemborsament"_s); }));
    EXPECT_GT(found.size(), 1000);

    HistoryFilter both;
    both.channel = Channel::Letter;
    both.text = u"callback"_s;
    const QList<qint64> letters = pageThrough(both, 50);
    EXPECT_EQ(letters, expected([](const Stored& s) { return s.channel == Channel::Letter && !s.notes.isEmpty(); }));
    EXPECT_FALSE(letters.isEmpty());
}

TEST_F(HistoryFilterTest, WordsMatchTheSubjectSummaryAndNotesFoldedInEveryScript)
{
    addHistory(14);
    ASSERT_FALSE(HasFatalFailure());
    const auto count = [this](const QString& text) {
        HistoryFilter filter;
        filter.text = text;
        Result<HistoryPage> page = repo->fetchPage(customerId, filter, std::nullopt, 100);
        EXPECT_TRUE(page.ok());
        return page ? page.value().rows.size() : -1;
    };
    // Case and Latin accents do not matter; NO-BREAK SPACE and double spaces read as one space.
    EXPECT_EQ(count(u"NURIA"_s), 2);
    EXPECT_EQ(count(u"núria  asked"_s), 2);
    EXPECT_EQ(count(u"canvi\u00A0d'adreca"_s), 2);
    // Hindi and Telugu as typed; the nukta letter in either spelling.
    EXPECT_EQ(count(u"राशि"_s), 2);
    EXPECT_EQ(count(u"\u0917\u093Cलत"_s), 2);
    EXPECT_EQ(count(u"ఆలస్యం"_s), 2);
    // Urdu with or without the ZWNJ, with vowel marks typed.
    EXPECT_EQ(count(u"سیف‌اللہ"_s), 2);
    EXPECT_EQ(count(u"سیفاللہ"_s), 2);
    EXPECT_EQ(count(u"آرڈَر"_s), 2);
    // The summary and the notes count too.
    EXPECT_EQ(count(u"summary 13"_s), 1);
    EXPECT_EQ(count(u"callback on monday"_s), 2);
    // LIKE's own characters are only text.
    EXPECT_EQ(count(u"50%"_s), 2);
    EXPECT_EQ(count(u"discount_code"_s), 2);
    EXPECT_EQ(count(u"%"_s), 2);
    EXPECT_EQ(count(u"_"_s), 2);
    EXPECT_EQ(count(u"nothing like this"_s), 0);
    // An empty or blank text filters nothing.
    EXPECT_EQ(count(u"   "_s), 14);
}

TEST(HistoryText, FoldsCaseAccentsHarakatAndInvisiblesButKeepsIndicVowelSigns)
{
    EXPECT_EQ(HistoryText::fold(u"Núria ÇELIK İstanbul"), u"nuria celik istanbul"_s);
    EXPECT_EQ(HistoryText::fold(u"مُحَمَّد عبدالرحمٰن"), u"محمد عبدالرحمن"_s);
    EXPECT_EQ(HistoryText::fold(u"سیف\u200Cاللہ \u2067x\u2069 so\u00ADft"), u"سیفاللہ x soft"_s);
    EXPECT_NE(HistoryText::fold(u"राजे"), HistoryText::fold(u"राज"));
    EXPECT_NE(HistoryText::fold(u"రవీ"), HistoryText::fold(u"రవి"));
    EXPECT_EQ(HistoryText::containsPattern(u"5%_\\"_s), u"%5\\%\\_\\\\%"_s);
}

TEST_F(HistoryFilterTest, ReadsACallsEventsNotesAndFollowUpsForItsTimeline)
{
    AgentRepository agents(db());
    Result<qint64> agent = agents.insert(Agent {0, u"Priya Sharma"_s, u"priya"_s, u"agent"_s, {}});
    CORDIAL_ASSERT_OK(agent);
    CallRepository calls(db());
    Call call;
    call.customerId = customerId;
    call.agentId = agent.value();
    call.channel = Channel::Phone;
    call.state = CallState::Active;
    call.startedUtc = QDateTime::fromMSecsSinceEpoch(Start, QTimeZone::utc());
    Result<qint64> callId = calls.createCall(call);
    CORDIAL_ASSERT_OK(callId);

    const auto event = [&](qint64 offsetMs, CallEventPayload payload) {
        CallEvent e;
        e.callId = callId.value();
        e.atUtc = call.startedUtc.addMSecs(offsetMs);
        e.monotonicMs = offsetMs;
        e.agentId = agent.value();
        e.payload = std::move(payload);
        return calls.appendEvent(e);
    };
    CORDIAL_ASSERT_OK(event(0, CallEvents::Offered {Channel::Phone, false}));
    CORDIAL_ASSERT_OK(event(5'000, CallEvents::Answered {5'000}));
    CORDIAL_ASSERT_OK(event(30'000, CallEvents::HoldStarted {HoldReason::Hold}));
    CORDIAL_ASSERT_OK(event(105'000, CallEvents::HoldEnded {HoldReason::Hold, 75'000, 1, true}));
    CORDIAL_ASSERT_OK(event(120'000, CallEvents::ColdTransfer {3, u"Billing"_s, u"department"_s}));

    Note note;
    note.customerId = customerId;
    note.callId = callId.value();
    note.agentId = agent.value();
    note.text = u"ग्राहक को सोमवार को कॉल करें"_s;
    note.updatedUtc = call.startedUtc.addSecs(150);
    CORDIAL_ASSERT_OK(calls.saveNote(note));
    FollowUp followUp;
    followUp.customerId = customerId;
    followUp.callId = callId.value();
    followUp.ownerAgentId = agent.value();
    followUp.uid = u"fu-1"_s;
    followUp.dueUtc = call.startedUtc.addDays(3);
    followUp.reason = u"Refund"_s;
    CORDIAL_ASSERT_OK(calls.addFollowUp(followUp));

    Result<CallRecord> record = CallTimelineRepository(db()).read(callId.value());
    CORDIAL_ASSERT_OK(record);
    ASSERT_EQ(record.value().events.size(), 5);
    EXPECT_EQ(record.value().events.at(0).type(), CallEventType::Offered);
    const auto* held = record.value().events.at(3).as<CallEvents::HoldEnded>();
    ASSERT_NE(held, nullptr);
    EXPECT_EQ(held->durationMs, 75'000);
    EXPECT_TRUE(held->apologised);
    const auto* cold = record.value().events.at(4).as<CallEvents::ColdTransfer>();
    ASSERT_NE(cold, nullptr);
    EXPECT_EQ(cold->targetName, u"Billing"_s);
    ASSERT_EQ(record.value().notes.size(), 1);
    EXPECT_EQ(record.value().notes.first().text, note.text);
    ASSERT_EQ(record.value().followUps.size(), 1);
    EXPECT_EQ(record.value().followUps.first().ownerName, u"Priya Sharma"_s);
    EXPECT_EQ(record.value().followUps.first().followUp.dueUtc, followUp.dueUtc);
    EXPECT_EQ(record.value().followUps.first().followUp.uid, u"fu-1"_s);

    Result<CallRecord> none = CallTimelineRepository(db()).read(callId.value() + 1000);
    CORDIAL_ASSERT_OK(none);
    EXPECT_TRUE(none.value().events.isEmpty());
}
