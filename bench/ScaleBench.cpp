// Search per keystroke, screen pop and resident memory on a database made by cordial_generate.
//   cordial_scale_bench --db=PATH --customers=N [--seed=S] [Google Benchmark flags]
// The database is opened with the program's own settings (SQLite's default cache, WAL), as the agent
// console opens it. See docs/benchmarks.md and bench/run-all.sh.
#include "BenchQueries.h"
#include "DataGenerator.h"

#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
Database* s_db = nullptr;
qint64 s_customers = 0;
quint64 s_seed = 14;
constexpr int PageSize = 50;

/// This thread's CPU time in milliseconds: on a shared machine, wall time also counts waiting for a core.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Median, p99 and max of latencies in milliseconds, as Google Benchmark counters named `prefix`*.
void report(benchmark::State& state, std::vector<double> ms, const std::string& prefix = {})
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size() - 1) + 0.5))]; };
    state.counters[prefix + "median_ms"] = at(0.5);
    state.counters[prefix + "p99_ms"] = at(0.99);
    state.counters[prefix + "max_ms"] = ms.back();
    if (prefix.empty())
        state.counters["samples"] = double(ms.size());
}

/// Types each query of `kind` ("" = all) one character at a time; every keystroke asks for the first page.
const bool s_trace = qEnvironmentVariableIntValue("CORDIAL_BENCH_TRACE") == 1;

void replay(benchmark::State& state, const QString& kind)
{
    CustomerRepository repo(*s_db);
    QStringList typed;
    for (const BenchQuery& q : BenchQueries::make(s_seed, s_customers)) {
        if (kind.isEmpty() || q.kind == kind)
            typed << BenchQueries::keystrokes(q.text);
    }
    // One pass untimed: the agent's cache is warm after the first minutes of a shift.
    for (const QString& text : typed)
        benchmark::DoNotOptimize(repo.search(text, std::nullopt, PageSize).ok());
    std::vector<double> ms, cpu;
    qint64 found = 0;
    for (auto _ : state) {
        QElapsedTimer total;
        total.start();
        for (const QString& text : typed) {
            QElapsedTimer one;
            one.start();
            const double cpuStart = threadCpuMs();
            Result<CustomerPage> page = repo.search(text, std::nullopt, PageSize);
            cpu.push_back(threadCpuMs() - cpuStart);
            ms.push_back(double(one.nsecsElapsed()) / 1e6);
            // CORDIAL_BENCH_TRACE=1: every keystroke with its CPU time, to find the slow ones.
            if (s_trace)
                std::fprintf(stderr, "%9.3f ms  %s\n", cpu.back(), qPrintable(text));
            if (!page) {
                state.SkipWithError(qPrintable(page.error().fullText()));
                return;
            }
            found += page.value().rows.isEmpty() ? 0 : 1;
        }
        state.SetIterationTime(double(total.nsecsElapsed()) / 1e9);
    }
    report(state, ms);
    report(state, cpu, "cpu_");
    state.counters["keystrokes_with_results"] = double(found) / double(state.iterations());
}

void BM_KeystrokeReplay_All(benchmark::State& s) { replay(s, {}); }
void BM_KeystrokeReplay_Word(benchmark::State& s) { replay(s, u"word"_s); }
void BM_KeystrokeReplay_TwoWords(benchmark::State& s) { replay(s, u"two-words"_s); }
void BM_KeystrokeReplay_Hindi(benchmark::State& s) { replay(s, u"hindi"_s); }
void BM_KeystrokeReplay_Telugu(benchmark::State& s) { replay(s, u"telugu"_s); }
void BM_KeystrokeReplay_Urdu(benchmark::State& s) { replay(s, u"urdu"_s); }
void BM_KeystrokeReplay_Turkish(benchmark::State& s) { replay(s, u"turkish"_s); }
void BM_KeystrokeReplay_Apostrophe(benchmark::State& s) { replay(s, u"apostrophe"_s); }
void BM_KeystrokeReplay_MiddleDot(benchmark::State& s) { replay(s, u"middle-dot"_s); }
void BM_KeystrokeReplay_Phone(benchmark::State& s) { replay(s, u"phone"_s); }
void BM_KeystrokeReplay_Email(benchmark::State& s) { replay(s, u"email"_s); }

/// Screen pop in the core: the caller's number (as caller ID gives it, E.164) to the card and the first
/// page of history. `found` is the share of numbers that found their customer.
void BM_ScreenPop(benchmark::State& state)
{
    const DataGenerator gen(s_seed);
    QStringList numbers;
    for (const qint64 i : BenchQueries::spread(s_customers, 200)) {
        const QStringList forms = gen.phoneForms(i);
        // The compact E.164 form ("+919848022338") is what a softphone passes.
        const auto e164 = std::find_if(forms.begin(), forms.end(),
            [](const QString& f) { return f.startsWith(u'+') && !f.contains(u' ') && !f.contains(u'('); });
        numbers << (e164 != forms.end() ? *e164 : forms.first());
    }
    CustomerRepository customers(*s_db);
    InteractionRepository history(*s_db);
    std::vector<double> ms, cpu;
    qint64 found = 0, asked = 0;
    qsizetype next = 0;
    for (auto _ : state) {
        const QString& number = numbers.at(next++ % numbers.size());
        QElapsedTimer one;
        one.start();
        const double cpuStart = threadCpuMs();
        Result<std::optional<Customer>> customer = customers.findByPhone(number);
        if (customer && customer.value()) {
            Result<HistoryPage> page = history.fetchPage(customer.value()->id, std::nullopt, PageSize);
            benchmark::DoNotOptimize(page.ok());
            ++found;
        }
        cpu.push_back(threadCpuMs() - cpuStart);
        ms.push_back(double(one.nsecsElapsed()) / 1e6);
        ++asked;
    }
    report(state, ms);
    report(state, cpu, "cpu_");
    state.counters["found"] = double(found) / double(qMax<qint64>(asked, 1));
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Resident memory after what an agent does in a shift: type every replay query, then scroll the longest
/// history to its end page by page. Run it alone in its process (bench/run-all.sh does).
void BM_ResidentMemory(benchmark::State& state)
{
    CustomerRepository customers(*s_db);
    InteractionRepository history(*s_db);
    const qint64 opened = residentKiB();
    for (auto _ : state) {
        for (const BenchQuery& q : BenchQueries::make(s_seed, s_customers)) {
            for (const QString& text : BenchQueries::keystrokes(q.text))
                benchmark::DoNotOptimize(customers.search(text, std::nullopt, PageSize).ok());
        }
        // Customer 1 has the long history (cordial_generate --heavy-history).
        std::optional<HistoryCursor> cursor;
        qint64 rows = 0;
        do {
            Result<HistoryPage> page = history.fetchPage(1, cursor, 200);
            if (!page)
                break;
            rows += page.value().rows.size();
            cursor = page.value().next;
        } while (cursor);
        state.counters["history_rows"] = double(rows);
    }
    state.counters["rss_after_open_mib"] = double(opened) / 1024.0;
    state.counters["rss_mib"] = double(residentKiB()) / 1024.0;
}

BENCHMARK(BM_KeystrokeReplay_All)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_Word)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_TwoWords)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_Hindi)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_Telugu)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_Urdu)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_Turkish)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_Apostrophe)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_MiddleDot)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_Phone)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KeystrokeReplay_Email)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScreenPop)->Iterations(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ResidentMemory)->Iterations(1)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char** argv)
{
    QString path;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--customers=", 12) == 0)
            s_customers = std::atoll(argv[i] + 12);
        else if (std::strncmp(argv[i], "--seed=", 7) == 0)
            s_seed = std::strtoull(argv[i] + 7, nullptr, 10);
        else if (std::strncmp(argv[i], "--db=", 5) == 0)
            path = QString::fromLocal8Bit(argv[i] + 5);
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (path.isEmpty() || s_customers <= 0) {
        std::fprintf(stderr, "usage: cordial_scale_bench --db=PATH --customers=N [--seed=S] [benchmark flags]\n");
        return 2;
    }
    DatabaseConfig config;
    config.sqlitePath = path;
    Result<std::unique_ptr<Database>> opened = Database::open(config);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().fullText()));
        return 1;
    }
    s_db = opened.value().get();
    benchmark::AddCustomContext("database", path.toStdString());
    benchmark::AddCustomContext("customers", std::to_string(s_customers));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
