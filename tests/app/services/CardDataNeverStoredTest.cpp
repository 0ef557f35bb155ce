// F8 / V4: "A test scans the DB file's bytes after a session with cards typed everywhere and finds no
// full number." Cards go into the notes, the request capture, the close summary, a follow-up reason and
// the payment read-back, in several formats and scripts; afterwards every file SQLite left in the folder
// (the database, its -wal and -shm) is read as bytes and searched for the numbers in any formatting.

#include "services/CallSession.h"
#include "services/CallWriteQueue.h"
#include "storage/DatabaseWorker.h"

#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Well-known test numbers (they pass Luhn but belong to nobody).
const QByteArray Visa = "4111111111111111";
const QByteArray Mastercard = "5555555555554444";
const QByteArray Amex = "378282246310005";
const QByteArray Discover = "6011111111111117";

/// Everything Qt logged while the session ran: card numbers must not reach the logs either.
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;
void collectLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log << message;
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

/// The ASCII digits of `bytes` with every space, dash and dot dropped; any other byte becomes a '|'
/// break. A number typed as "4111 1111-1111  1111" shows up as "4111111111111111". Stricter than the
/// masker (which joins single separators only), so a clean scan cannot hide an oddly spaced card.
QByteArray digitRuns(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        if (c >= '0' && c <= '9')
            out += c;
        else if (c == ' ' || c == '-' || c == '.')
            continue;
        else if (out.isEmpty() || out.back() != '|')
            out += '|';
    }
    return out;
}

/// `digits` written with the script's own digits (Devanagari U+0966, Extended Arabic-Indic U+06F0),
/// grouped by four with `separator`.
QString inScript(const QByteArray& digits, char16_t zero, QChar separator)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += separator;
        out += QChar(static_cast<char16_t>(zero + (digits.at(i) - '0')));
    }
    return out;
}

const QList<QByteArray> Cards {Visa, Mastercard, Amex, Discover};

/// Fails for each file holding a full card number or a typed security code; returns all bytes.
QByteArray expectNoCardData(const QHash<QString, QByteArray>& files, const QStringList& typedInScripts, const char* when)
{
    QByteArray all;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray& bytes = it.value();
        const QByteArray digits = digitRuns(bytes);
        const std::string name = it.key().toStdString() + " (" + when + ")";
        for (const QByteArray& pan : Cards) {
            EXPECT_FALSE(digits.contains(pan)) << name << " holds " << pan.constData() << " (in some formatting)";
            const QString wide = QString::fromLatin1(pan);
            EXPECT_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(wide.utf16()), wide.size() * 2)))
                << name << " holds " << pan.constData() << " as UTF-16";
        }
        for (const QString& typed : typedInScripts) {
            EXPECT_FALSE(bytes.contains(typed.toUtf8())) << name << " holds a card in native digits";
            EXPECT_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(typed.utf16()), typed.size() * 2)))
                << name << " holds a card in native digits (UTF-16)";
        }
        for (const QByteArray& code : {QByteArray("CVV 123"), QByteArray("code 987"), QByteArray("cvc: 4321")})
            EXPECT_FALSE(bytes.contains(code)) << name << " holds the security code \"" << code.constData() << '"';
        all += bytes;
    }
    return all;
}

class CardDataNeverStoredTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            QMutexLocker lock(&s_logMutex);
            s_log.clear();
        }
        s_previousHandler = qInstallMessageHandler(collectLog);
        if (!m_temp.db()) {
            ASSERT_TRUE(m_temp.openError().isEmpty()) << m_temp.openError().toStdString();
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        }
        if (TempDatabase::usesPostgres())
            GTEST_SKIP() << "the byte scan reads SQLite files";
        m_calls = std::make_unique<CallRepository>(*m_temp.db());
        const Result<Customer> customer
            = addTestCustomer(*m_temp.db(), u"श्रीमती"_s, u"सुनीता"_s, u"शर्मा"_s, u"+91 98480 22338"_s, u"hi"_s);
        ASSERT_TRUE(customer) << customer.error().fullText().toStdString();
        m_customer = customer.value();
        m_worker = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-writer"_s);
        ASSERT_TRUE(m_worker->open());
        // The journal lives beside the database, so the byte scan reads it too.
        m_writes = std::make_unique<CallWriteQueue>(*m_worker, m_temp.dir() + u"/journal.jsonl"_s);
        m_session = std::make_unique<CallSession>(*m_writes, m_clock);
        m_session->setAgent(Agent {0, u"Ayesha Khan"_s, u"akhan"_s, u"agent"_s, {}});
    }

    void TearDown() override
    {
        qInstallMessageHandler(s_previousHandler);
        s_previousHandler = nullptr;
    }

    /// Every file in the database folder, by name: the database and, while it is open, its -wal and -shm.
    QHash<QString, QByteArray> readFiles() const
    {
        QHash<QString, QByteArray> files;
        const QDir dir(m_temp.dir());
        for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
            QFile file(dir.filePath(name));
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
            files.insert(name, file.readAll());
        }
        return files;
    }

    /// Ends the session and closes the connection (SQLite checkpoints the WAL into the file).
    void closeDatabase()
    {
        m_session.reset();
        m_writes.reset();
        m_worker.reset();
        m_calls.reset();
        m_temp.close();
    }

    TempDatabase m_temp;
    FakeClock m_clock;
    std::unique_ptr<CallRepository> m_calls;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<CallWriteQueue> m_writes;
    std::unique_ptr<CallSession> m_session;
    Customer m_customer;
};

TEST_F(CardDataNeverStoredTest, NoFullCardNumberOrSecurityCodeReachesTheDatabaseFiles)
{
    const QString devanagariVisa = inScript(Visa, 0x0966, u' ');       // ४१११ ११११ ११११ ११११
    const QString urduMastercard = inScript(Mastercard, 0x06F0, u'-'); // ۵۵۵۵-۵۵۵۵-۵۵۵۵-۴۴۴۴
    const QString phone = u"+92 300 1234567"_s;
    const QString iban = u"GB82 WEST 1234 5698 7654 32"_s;
    const QString compactIban = u"PK36SCBL0000001123456702"_s;

    ASSERT_TRUE(m_session->start(m_customer, Channel::Phone, u"+91 98480 22338"_s, false, u"hi"_s));
    m_clock.advance(2s);
    ASSERT_TRUE(m_session->answer());

    // Notes, typed in several passes (each saved), in Hindi, Urdu and English.
    m_session->setNotes(u"ग्राहक ने कार्ड नंबर 4111 1111 1111 1111 बताया, CVV 123."_s);
    m_session->flushNotes();
    ASSERT_TRUE(m_session->waitForWrites());
    m_clock.advance(1s);
    m_session->setNotes(u"ग्राहक ने कार्ड नंबर 4111 1111 1111 1111 बताया, CVV 123.\n"
                        u"کسٹمر کا کارڈ نمبر 5555-5555-5555-4444 ہے، security code 987۔\n"
                        u"Second card 3782-822463-10005 (Amex), cvc: 4321; backup 6011111111111117.\n"
                        u"देवनागरी अंकों में: "_s
        + devanagariVisa + u"\nاردو ہندسوں میں: "_s + urduMastercard + u"\nCall back on "_s + phone
        + u", refund to IBAN "_s + iban + u" or "_s + compactIban + u"."_s);
    m_clock.advance(1s);
    m_session->flushNotes();
    ASSERT_TRUE(m_session->waitForWrites());

    // The request capture (saved like the notes).
    m_session->setRequestCapture(u"pay the invoice with card 5555 5555 5555 4444"_s,
        u"card 4111-1111-1111-1111 expires 12/29, CVV 123"_s, u"Flat 4111, 1111 Road"_s);
    m_session->flushNotes();
    ASSERT_TRUE(m_session->waitForWrites());

    // The payment read-back keeps only what CardSummary holds.
    const Result<CardSummary> card = CardMasker::summarize(
        u"4111 1111 1111 1111"_s, u"12/29"_s, u"Sunita Sharma"_s, m_clock.nowUtc().date());
    ASSERT_TRUE(card) << card.error().message.toStdString();
    ASSERT_TRUE(m_session->recordPayment(card.value()));

    // A follow-up whose reason quotes the card.
    FollowUp followUp;
    followUp.dueUtc = m_clock.nowUtc().addDays(2);
    followUp.reason = u"confirm the charge on 4111 1111 1111 1111 (CVV 123) went through"_s;
    ASSERT_TRUE(m_session->scheduleFollowUp(followUp));

    ASSERT_TRUE(m_session->wrapUp());
    m_clock.advance(20s);
    ASSERT_TRUE(m_session->close(Disposition::Resolved, u"Paid with 5555-5555-5555-4444, CVV 123. Amex 378282246310005 declined."_s));

    ASSERT_TRUE(m_session->waitForWrites());
    // The stored texts still say what was typed, minus the cards (and the other numbers untouched).
    const Result<QList<Note>> notes = m_calls->notesForCall(m_session->call().id);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes.value().size(), 1);
    const QString storedNotes = notes.value().first().text;
    EXPECT_TRUE(storedNotes.contains(phone)) << "a phone number is not a card: " << storedNotes.toStdString();
    EXPECT_TRUE(storedNotes.contains(iban)) << "an IBAN is not a card: " << storedNotes.toStdString();
    EXPECT_TRUE(storedNotes.contains(compactIban)) << storedNotes.toStdString();
    EXPECT_TRUE(storedNotes.contains(u"•••• 4444"_s)) << storedNotes.toStdString();

    // While the connection is open the newest pages live in the -wal file; after closing, in the database.
    const QHash<QString, QByteArray> openFiles = readFiles();
    EXPECT_TRUE(openFiles.contains(u"cordial.sqlite-wal"_s)) << QStringList(openFiles.keys()).join(u", "_s).toStdString();
    expectNoCardData(openFiles, {devanagariVisa, urduMastercard}, "open");
    closeDatabase();
    const QHash<QString, QByteArray> files = readFiles();
    ASSERT_TRUE(files.contains(u"cordial.sqlite"_s)) << QStringList(files.keys()).join(u", "_s).toStdString();
    const QByteArray all = expectNoCardData(files, {devanagariVisa, urduMastercard}, "closed");

    // Sanity: the scan looks at real content. What may be stored is there.
    EXPECT_TRUE(all.contains("\"brand\":\"visa\"")) << "payment read-back missing";
    EXPECT_TRUE(all.contains("\"last4\":\"1111\""));
    EXPECT_TRUE(all.contains("\"expiry\":\"12/29\""));
    EXPECT_TRUE(all.contains(u"•••• 4444"_s.toUtf8()));
    EXPECT_TRUE(all.contains(u"•••• 0005"_s.toUtf8()));
    EXPECT_TRUE(all.contains(u"कार्ड नंबर"_s.toUtf8())) << "the Hindi note text is stored";
    EXPECT_TRUE(all.contains(u"کارڈ نمبر"_s.toUtf8())) << "the Urdu note text is stored";
    EXPECT_TRUE(all.contains(phone.toUtf8()));
    EXPECT_TRUE(all.contains(iban.toUtf8()));
    EXPECT_TRUE(all.contains(compactIban.toUtf8()));
    EXPECT_TRUE(all.contains("confirm the charge on")) << "the follow-up reason is stored";
    EXPECT_TRUE(all.contains("Flat 4111, 1111 Road")) << "an address with short numbers is left alone";

    QMutexLocker lock(&s_logMutex);
    for (const QString& line : std::as_const(s_log)) {
        const QByteArray digits = digitRuns(line.toUtf8());
        for (const QByteArray& pan : Cards)
            EXPECT_FALSE(digits.contains(pan)) << "logged: " << line.toStdString();
    }
}

TEST(CardDataNeverStoredScan, FindsNumbersInAnyAsciiFormatting)
{
    // The scanner itself: a formatted number is found, so a clean scan means something.
    EXPECT_TRUE(digitRuns("x 4111 1111-1111 1111 y").contains(Visa));
    EXPECT_TRUE(digitRuns(QByteArray("\x01\x02" "4111-1111-1111-1111\x00", 22)).contains(Visa));
    EXPECT_TRUE(digitRuns("4111  1111 - 1111.1111").contains(Visa));
    EXPECT_FALSE(digitRuns("4111 1111 1111 111x1").contains(Visa));
}

} // namespace
