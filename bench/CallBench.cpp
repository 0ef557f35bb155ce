// The costs behind "nothing typed is lost" during one call, on a fresh SQLite file (WAL) with the
// program's own settings: what each debounced save of the notes and the request costs, and what
// one event-log append costs.
//   cordial_call_bench [Google Benchmark flags]
#include "domain/CardMasker.h"
#include "storage/CallRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {
Database* s_db = nullptr;
qint64 s_callId = 0;
qint64 s_customerId = 0;

/// About `bytes` of call notes: sentences, phone numbers, an order number and, every 2 KB, a card
/// number the agent should not have typed.
QString notes(qsizetype bytes)
{
    const QString line = u"Customer asks about order 4471-2209 and the delivery to the depot; "
                         "call back on +91 98480 22338. "_s;
    const QString card = u"Card 4111 1111 1111 1111 exp 12/29. "_s;
    QString text;
    while (text.size() < bytes)
        text += (text.size() % 2048 < line.size()) ? card + line : line;
    return text;
}

/// The same in Hindi, Telugu, Urdu and Catalan, cards in their own digits and spaced with NO-BREAK
/// SPACEs as pasted from a bank page: most characters are outside ASCII.
QString multilingualNotes(qsizetype bytes)
{
    const QString lines[] = {u"ग्राहक ने ऑर्डर ४४७१-२२०९ के बारे में पूछा, फ़ोन +९१ ९८४८० २२३३८ पर वापस कॉल करें। "_s,
        u"కస్టమర్ ఆర్డర్ 4471-2209 గురించి అడిగారు, రేపు మళ్లీ కాల్ చేయండి. "_s,
        u"گاہک نے آرڈر ۴۴۷۱-۲۲۰۹ کے بارے میں پوچھا، کل دوبارہ فون کریں۔ "_s,
        u"La clienta pregunta per la comanda 4471-2209; truqueu-la demà al +34 622 987 654. "_s};
    const QString card = u"कार्ड ४१११\u00A0११११\u00A0११११\u00A0११११, کارڈ ۵۵۵۵ ۵۵۵۵ ۵۵۵۵ ۴۴۴۴۔ "_s;
    QString text;
    int i = 0;
    while (text.size() < bytes)
        text += (text.size() % 2048 < lines[0].size()) ? card + lines[i++ % 4] : lines[i++ % 4];
    return text;
}

/// The worst case for the scanner: nothing but digits and single separators, one endless run.
QString digitGroups(qsizetype bytes)
{
    QString text;
    while (text.size() < bytes)
        text += u"4111 1111 1111 1111 "_s;
    return text;
}

void maskBench(benchmark::State& state, const QString& text)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(CardMasker::maskCardNumbers(text));
    // Bytes of UTF-16, as the text sits in memory.
    state.SetBytesProcessed(state.iterations() * text.size() * qsizetype(sizeof(QChar)));
}

void BM_MaskNotes(benchmark::State& state)
{
    maskBench(state, notes(state.range(0)));
}

void BM_MaskMultilingualNotes(benchmark::State& state)
{
    maskBench(state, multilingualNotes(state.range(0)));
}

void BM_MaskDigitGroups(benchmark::State& state)
{
    maskBench(state, digitGroups(state.range(0)));
}

/// One debounced save of the notes as CallSession does it: mask, then replace the note's text.
void BM_SaveNotes(benchmark::State& state)
{
    CallRepository calls(*s_db);
    const QString text = notes(state.range(0));
    Note note;
    note.customerId = s_customerId;
    note.callId = s_callId;
    for (auto _ : state) {
        note.text = CardMasker::maskCardNumbers(text);
        note.updatedUtc = QDateTime::currentDateTimeUtc();
        const Result<qint64> id = calls.saveNote(note);
        if (!id) {
            state.SkipWithError(qPrintable(id.error().fullText()));
            return;
        }
        note.id = id.value();
    }
}

/// One debounced save of the request capture (three short fields).
void BM_SaveDraft(benchmark::State& state)
{
    CallRepository calls(*s_db);
    CallDraft draft;
    draft.callId = s_callId;
    draft.request = u"two more CDs"_s;
    draft.details = u"in blue cases"_s;
    draft.address = u"123 Main St, Anytown, USA 12345"_s;
    draft.scriptLanguage = u"en"_s;
    for (auto _ : state) {
        draft.updatedUtc = QDateTime::currentDateTimeUtc();
        const Status saved = calls.saveDraft(draft);
        if (!saved) {
            state.SkipWithError(qPrintable(saved.error().fullText()));
            return;
        }
    }
}

/// One transition written to the append-only event log (hold, resume, step ticked...).
void BM_AppendEvent(benchmark::State& state)
{
    CallRepository calls(*s_db);
    CallEvent event;
    event.callId = s_callId;
    event.payload = CallEvents::HoldStarted {HoldReason::Hold};
    qint64 monotonic = 0;
    for (auto _ : state) {
        event.atUtc = QDateTime::currentDateTimeUtc();
        event.monotonicMs = ++monotonic;
        const Result<qint64> id = calls.appendEvent(event);
        if (!id) {
            state.SkipWithError(qPrintable(id.error().fullText()));
            return;
        }
    }
}

} // namespace

BENCHMARK(BM_MaskNotes)->Arg(1 << 10)->Arg(64 << 10)->Arg(1 << 20)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_MaskMultilingualNotes)->Arg(64 << 10)->Arg(1 << 20)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_MaskDigitGroups)->Arg(1 << 20)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SaveNotes)->Arg(1 << 10)->Arg(64 << 10)->Arg(1 << 20)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SaveDraft)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AppendEvent)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    DatabaseConfig config;
    config.backend = DatabaseConfig::Backend::Sqlite;
    config.sqlitePath = dir.filePath(u"calls.sqlite"_s);
    Result<std::unique_ptr<Database>> db = Database::open(config);
    if (!db) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(db.error().fullText()));
        return 1;
    }
    s_db = db.value().get();

    Customer customer;
    customer.salutation = u"Mr."_s;
    customer.givenName = u"David"_s;
    customer.familyName = u"Brown"_s;
    const Result<qint64> customerId = CustomerRepository(*s_db).insert(customer);
    Call call;
    call.customerId = customerId ? customerId.value() : 0;
    call.scriptLanguage = u"en"_s;
    call.startedUtc = QDateTime::currentDateTimeUtc();
    const Result<qint64> callId = CallRepository(*s_db).createCall(call);
    if (!customerId || !callId) {
        std::fprintf(stderr, "could not create the call\n");
        return 1;
    }
    s_customerId = customerId.value();
    s_callId = callId.value();

    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
