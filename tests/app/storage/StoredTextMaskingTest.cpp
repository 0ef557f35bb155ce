// Issue 12, "one choke point": every free-text value is masked on its way into storage, whatever the
// table. Card numbers go in through every path that stores text; then every text column of every
// table the schema has (read from the database's own catalogue, so a table or column added later is
// scanned without editing this test) is searched for them.

#include "StorageTest.h"

#include "domain/CardDataGuard.h"
#include "domain/CardMasker.h"
#include "storage/AgentRepository.h"
#include "storage/CallRepository.h"
#include "storage/CallWrite.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/SqlStatement.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Well-known test numbers: Luhn-valid, in an issued range, nobody's card.
const QStringList Pans {u"4111111111111111"_s, u"5555555555554444"_s, u"378282246310005"_s, u"6011111111111117"_s};

/// `digits` in the script whose zero is `zero`, grouped by four with `separator`.
QString written(const QString& digits, char16_t zero, const QString& separator)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += separator;
        out += QChar(static_cast<char16_t>(zero + (digits.at(i).unicode() - u'0')));
    }
    return out;
}

/// A text holding every test card in a different script and spelling, in five languages.
QString cardsIn(const QString& lead)
{
    return lead + u" ग्राहक का कार्ड "_s + written(Pans[0], u'\x0966', u"\u00A0"_s) + u"; کارڈ "_s
        + written(Pans[1], u'\x06F0', u"-"_s) + u"\nకార్డ్ "_s + written(Pans[2], u'0', u"\n"_s)
        + u", targeta "_s + written(Pans[3], u'0', u"."_s) + u" fi."_s;
}

/// The ASCII digits of `text` (any script) with the card separators dropped; other characters
/// become a break. Independent of the masker, so a clean scan is not the masker judging itself.
QString digitRuns(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += QChar(u'0' + c.digitValue());
        else if (c.isSpace() || c == u'-' || c == u'.' || c == u'\x2013' || c == u'\x200E' || c == u'\x200F')
            continue;
        else if (out.isEmpty() || out.back() != u'|')
            out += u'|';
    }
    return out;
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 5, 4), QTime(10, minute), QTimeZone::utc());
}

} // namespace

class StoredTextMaskingTest : public StorageTest
{
protected:
    /// Every (table, column) holding text, from the database's catalogue.
    QList<std::pair<QString, QString>> textColumns()
    {
        QList<std::pair<QString, QString>> columns;
        if (postgres()) {
            SqlStatement q(db(),
                u"SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                u"AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') "
                u"ORDER BY table_name, column_name"_s);
            EXPECT_TRUE(q.exec().ok());
            while (q.next())
                columns.append({q.text(0), q.text(1)});
            return columns;
        }
        SqlStatement tables(db(),
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        EXPECT_TRUE(tables.exec().ok());
        QStringList names;
        while (tables.next())
            names << tables.text(0);
        for (const QString& table : std::as_const(names)) {
            SqlStatement info(db(), u"SELECT name, type FROM pragma_table_info(?)"_s);
            info.bindKey(table);
            EXPECT_TRUE(info.exec().ok());
            while (info.next()) {
                const QString type = info.text(1).toUpper();
                // SQLite's type affinity: TEXT, CHAR, CLOB, or no type at all, can hold text.
                if (type.contains(u"TEXT") || type.contains(u"CHAR") || type.contains(u"CLOB") || type.isEmpty())
                    columns.append({table, info.text(0)});
            }
        }
        return columns;
    }
};

TEST_F(StoredTextMaskingTest, NoTextColumnOfAnyTableHoldsACardNumber)
{
    AgentRepository agents(db());
    const Result<qint64> agent
        = agents.insert(Agent {0, cardsIn(u"Agent"_s), u"agent-1"_s, u"agent"_s, cardsIn(u"Department"_s)});
    CORDIAL_ASSERT_OK(agent);
    CORDIAL_ASSERT_OK(agents.insertTransferTarget(TransferTarget {0, cardsIn(u"Target"_s), u"department"_s, u"4411"_s}));

    Customer customer;
    customer.salutation = cardsIn(u"Ms"_s);
    customer.givenName = cardsIn(u"Sunita"_s);
    customer.familyName = u"Sharma "_s + Pans[0];
    customer.phone = u"+91 98480 22338"_s;
    customer.email = cardsIn(u"mail"_s);
    customer.address = cardsIn(u"Flat 4111, 1111 Road"_s);
    customer.preferredLanguage = u"hi"_s;
    CustomerRepository customers(db());
    const Result<qint64> customerId = customers.insert(customer);
    CORDIAL_ASSERT_OK(customerId);
    customer.id = customerId.value();
    customer.familyName = cardsIn(u"Sharma"_s);
    CORDIAL_ASSERT_OK(customers.update(customer));

    CallRepository calls(db());
    Call call;
    call.uid = u"call-uid-1"_s;
    call.customerId = customer.id;
    call.agentId = agent.value();
    call.state = CallState::Active;
    call.remoteNumber = u"+91 98480 22338"_s;
    call.scriptLanguage = u"hi"_s;
    call.startedUtc = at(0);
    const Result<qint64> callId = calls.createCall(call);
    CORDIAL_ASSERT_OK(callId);
    call.id = callId.value();

    CallEvent transfer;
    transfer.uid = u"event-uid-1"_s;
    transfer.callId = call.id;
    transfer.atUtc = at(1);
    transfer.agentId = agent.value();
    transfer.payload = CallEvents::TransferStarted {7, cardsIn(u"Billing"_s), u"department"_s, true};
    CORDIAL_ASSERT_OK(calls.recordChange(call, {transfer}));

    Note note;
    note.uid = u"note-uid-1"_s;
    note.customerId = customer.id;
    note.callId = call.id;
    note.agentId = agent.value();
    note.text = cardsIn(u"Notes"_s) + u" CVV 123"_s;
    note.updatedUtc = at(2);
    CORDIAL_ASSERT_OK(calls.saveNote(note));

    CORDIAL_ASSERT_OK(calls.saveDraft(
        CallDraft {call.id, cardsIn(u"Request"_s), cardsIn(u"Details"_s), cardsIn(u"Address"_s), u"hi"_s, at(3)}));

    FollowUp followUp;
    followUp.uid = u"follow-up-uid-1"_s;
    followUp.customerId = customer.id;
    followUp.callId = call.id;
    followUp.ownerAgentId = agent.value();
    followUp.dueUtc = at(30);
    followUp.reason = cardsIn(u"Call back"_s);
    CallEvent scheduled;
    scheduled.uid = u"event-uid-2"_s;
    scheduled.callId = call.id;
    scheduled.atUtc = at(4);
    scheduled.payload = CallEvents::FollowUpScheduled {followUp.uid, agent.value(), followUp.dueUtc.toMSecsSinceEpoch()};
    CORDIAL_ASSERT_OK(calls.scheduleFollowUp(followUp, scheduled));

    PaymentReadBackRow payment;
    payment.callId = call.id;
    payment.uid = u"payment-uid-1"_s;
    payment.card = CardSummary {CardBrand::Visa, u"1111"_s, u"12/29"_s, cardsIn(u"Name"_s)};
    payment.atUtc = at(5);
    CallEvent readBack;
    readBack.uid = u"event-uid-3"_s;
    readBack.callId = call.id;
    readBack.atUtc = at(5);
    readBack.payload = CallEvents::PaymentReadBack {CardBrand::Visa, u"1111"_s, u"12/29"_s, cardsIn(u"Name"_s)};
    CORDIAL_ASSERT_OK(calls.recordPayment(payment, readBack));

    call.state = CallState::Closed;
    call.endedUtc = at(9);
    call.disposition = Disposition::Resolved;
    call.summary = cardsIn(u"Wrap-up"_s);
    CallEvent closed;
    closed.uid = u"event-uid-4"_s;
    closed.callId = call.id;
    closed.atUtc = at(9);
    closed.payload = CallEvents::Closed {Disposition::Resolved, false, false};
    QList<CallEvent> closing {closed};
    Interaction history;
    history.customerId = customer.id;
    history.callId = call.id;
    history.occurredUtc = at(0);
    history.agentId = agent.value();
    history.subject = cardsIn(u"Subject"_s);
    history.summary = cardsIn(u"Summary"_s);
    history.notes = cardsIn(u"History notes"_s);
    CORDIAL_ASSERT_OK(calls.closeCall(call, closing, history));

    Interaction imported;
    imported.customerId = customer.id;
    imported.channel = Channel::Letter;
    imported.occurredUtc = at(10);
    imported.agentName = cardsIn(u"Imported agent"_s);
    imported.subject = cardsIn(u"Letter"_s);
    imported.summary = cardsIn(u"Letter summary"_s);
    imported.notes = cardsIn(u"Letter notes"_s);
    CORDIAL_ASSERT_OK(InteractionRepository(db()).insert(imported));

    const QList<std::pair<QString, QString>> columns = textColumns();
    ASSERT_GE(columns.size(), 30) << "the catalogue query found too few text columns";
    int masked = 0;
    QStringList tables;
    for (const auto& [table, column] : columns) {
        if (!tables.contains(table))
            tables << table;
        // Names come from the database's own catalogue, never from input.
        SqlStatement q(db(), u"SELECT \""_s + column + u"\" FROM \""_s + table + u"\""_s);
        ASSERT_TRUE(q.exec().ok()) << table.toStdString() << '.' << column.toStdString();
        while (q.next()) {
            const QString value = q.text(0);
            const QString digits = digitRuns(value);
            for (const QString& pan : Pans)
                EXPECT_FALSE(digits.contains(pan)) << table.toStdString() << '.' << column.toStdString() << " holds "
                                                   << pan.toStdString() << ": " << value.toStdString();
            EXPECT_FALSE(CardMasker::containsCardData(value))
                << table.toStdString() << '.' << column.toStdString() << ": " << value.toStdString();
            masked += int(value.count(u"••••"_s));
        }
    }
    for (const QString& table : {u"agents"_s, u"customers"_s, u"calls"_s, u"call_events"_s, u"notes"_s,
             u"follow_ups"_s, u"interactions"_s, u"payment_read_backs"_s, u"call_drafts"_s, u"transfer_targets"_s})
        EXPECT_TRUE(tables.contains(table)) << table.toStdString() << " was not scanned";
    // The scan read real content: the masks written by every path above are there.
    EXPECT_GE(masked, 40);

    // What is not a card stays as typed: the phone numbers, the short numbers of the address, the keys.
    const Result<std::optional<Customer>> stored = customers.find(customer.id);
    CORDIAL_ASSERT_OK(stored);
    ASSERT_TRUE(stored.value().has_value());
    EXPECT_EQ(stored.value()->phone, u"+91 98480 22338"_s);
    EXPECT_TRUE(stored.value()->address.startsWith(u"Flat 4111, 1111 Road"_s)) << stored.value()->address.toStdString();
    EXPECT_TRUE(stored.value()->familyName.contains(u"[American Express •••• 0005]"_s))
        << stored.value()->familyName.toStdString();
    const Result<std::optional<qint64>> byUid = calls.idForUid(call.uid);
    CORDIAL_ASSERT_OK(byUid);
    EXPECT_EQ(byUid.value(), std::optional<qint64>(call.id));
}

TEST(CardDataGuardJournal, TheCallJournalHoldsNoCardNumberAndKeepsItsKeys)
{
    Note note;
    note.uid = u"4111111111111111"_s; // a key that looks like a card is still the key
    note.customerId = 3;
    note.text = u"card 4111 1111\n1111 1111, CVV 123"_s;
    note.updatedUtc = at(1);
    const CallWrite write = CallWrite::notes(u"call-uid"_s, note);
    const QByteArray line = write.toJournalLine();
    EXPECT_FALSE(line.contains("1111 1111")) << line.constData();
    EXPECT_FALSE(line.contains("CVV 123")) << line.constData();
    const std::optional<CallWrite> back = CallWrite::fromJournalLine(line);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->note.uid, note.uid);
    EXPECT_EQ(back->note.text, CardDataGuard::outbound(note.text));
    EXPECT_TRUE(back->note.text.contains(u"•••• 1111"_s)) << back->note.text.toStdString();
}
