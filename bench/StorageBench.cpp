// Customer search and history paging on a 1,000,000-customer SQLite database.
//   cordial_bench [--customers=N] [--db=PATH] [Google Benchmark flags]
// The database is generated on the first run (a few minutes) and reused afterwards.
#include "BenchDatabase.h"

#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {
Database* s_db = nullptr;
DatabaseConfig s_config;
qint64 s_heavyCustomer = 0;
constexpr int PageSize = 50;

void search(benchmark::State& state, const QString& text, int skipPages)
{
    CustomerRepository repo(*s_db);
    std::optional<CustomerCursor> start;
    for (int i = 0; i < skipPages; ++i) {
        Result<CustomerPage> page = repo.search(text, start, 200);
        if (!page || !page.value().next) {
            state.SkipWithError("not enough results for the requested depth");
            return;
        }
        start = page.value().next;
    }
    qsizetype rows = 0;
    for (auto _ : state) {
        Result<CustomerPage> page = repo.search(text, start, PageSize);
        if (!page) {
            state.SkipWithError(qPrintable(page.error().fullText()));
            return;
        }
        rows = page.value().rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}

void history(benchmark::State& state, int skipRows)
{
    InteractionRepository repo(*s_db);
    std::optional<HistoryCursor> start;
    // Pages are capped at 10,000 rows: reach the cursor in steps.
    for (int skipped = 0; skipped < skipRows;) {
        const int step = qMin(skipRows - skipped, 10'000);
        Result<HistoryPage> skip = repo.fetchPage(s_heavyCustomer, start, step);
        if (!skip || !skip.value().next) {
            state.SkipWithError("history too short");
            return;
        }
        start = skip.value().next;
        skipped += step;
    }
    for (auto _ : state) {
        Result<HistoryPage> page = repo.fetchPage(s_heavyCustomer, start, PageSize);
        if (!page || page.value().rows.size() != PageSize) {
            state.SkipWithError("page fetch failed");
            return;
        }
        benchmark::DoNotOptimize(page.value().rows.constData());
    }
}

void BM_SearchEveryone_FirstPage(benchmark::State& s)
{
    search(s, QString(), 0);
}
void BM_SearchEveryone_Page50(benchmark::State& s)
{
    search(s, QString(), 50);
}
void BM_SearchCommonPrefix_jor(benchmark::State& s)
{
    search(s, u"jor"_s, 0);
}
void BM_SearchCommonPrefix_jor_Page20(benchmark::State& s)
{
    search(s, u"jor"_s, 20);
}
void BM_SearchTwoWords_jordi_puig(benchmark::State& s)
{
    search(s, u"jordi puig"_s, 0);
}
void BM_SearchDevanagari(benchmark::State& s)
{
    search(s, u"अनी"_s, 0);
}
void BM_SearchTelugu(benchmark::State& s)
{
    search(s, u"సురే"_s, 0);
}
void BM_SearchUrdu(benchmark::State& s)
{
    search(s, u"عمر"_s, 0);
}
void BM_SearchSingleLetter_a(benchmark::State& s)
{
    search(s, u"a"_s, 0);
}
void BM_SearchPhoneDigits(benchmark::State& s)
{
    search(s, u"+91 90"_s, 0);
}
void BM_SearchEmailExact(benchmark::State& s)
{
    search(s, u"customer123456@example.org"_s, 0);
}
void BM_SearchNoMatch(benchmark::State& s)
{
    search(s, u"zzzz"_s, 0);
}

/// Typed queries replayed character by character ("j", "jo", ...), each prefix searched for a first
/// page as the search-as-you-type list does; reports median, p99 and worst per keystroke.
void BM_SearchKeystrokeReplay(benchmark::State& state)
{
    const QStringList typed { u"jordi puig"_s, u"puig jordi"_s, u"montserrat vilalta"_s, u"núria sánchez"_s,
        u"o'connor"_s, u"oconnor jane"_s, u"राजेश शर्मा"_s, u"सुनीता गुप्ता"_s, u"సురేష్ రెడ్డి"_s, u"పద్మావతి నాయుడు"_s,
        u"عمران خان"_s, u"فاطمہ صدیقی"_s, u"محمد قریشی"_s, u"+91 90012 00042"_s, u"0300-1200077"_s,
        u"+44 (0)20 7123 0456"_s, u"0034 612 004321"_s, u"१२००४२"_s, u"customer4242@example.org"_s,
        u"jane smith"_s, u"a"_s, u"zzzz"_s };
    CustomerRepository repo(*s_db);
    QList<double> micros;
    QList<QPair<double, QString>> worst;
    QElapsedTimer timer;
    for (auto _ : state) {
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString& query : typed) {
                for (qsizetype length = 1; length <= query.size(); ++length) {
                    const QString prefix = query.left(length);
                    timer.start();
                    Result<CustomerPage> page = repo.search(prefix, std::nullopt, PageSize);
                    const double us = double(timer.nsecsElapsed()) / 1000.0;
                    if (!page) {
                        state.SkipWithError(qPrintable(page.error().fullText()));
                        return;
                    }
                    if (pass == 0)
                        continue; // the first pass warms the cache
                    micros << us;
                    worst << qMakePair(us, prefix);
                }
            }
        }
    }
    std::sort(micros.begin(), micros.end());
    std::sort(worst.begin(), worst.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const auto at = [&micros](double q) { return micros.at(qMin(micros.size() - 1, qsizetype(q * double(micros.size())))); };
    state.counters["keystrokes"] = double(micros.size());
    state.counters["median_us"] = at(0.5);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = micros.constLast();
    for (qsizetype i = 0; i < qMin<qsizetype>(8, worst.size()); ++i)
        std::fprintf(stderr, "  slow keystroke %8.0f us  \"%s\"\n", worst.at(i).first, qPrintable(worst.at(i).second));
}

void BM_FindByPhone(benchmark::State& state)
{
    CustomerRepository repo(*s_db);
    for (auto _ : state) {
        Result<std::optional<Customer>> found = repo.findByPhone(u"+34 600 000 000"_s);
        if (!found || !found.value()) {
            state.SkipWithError("not found");
            return;
        }
    }
}

void BM_OpenDatabase(benchmark::State& state)
{
    DatabaseConfig config = s_config;
    config.checkIntegrityOnOpen = state.range(0) != 0;
    for (auto _ : state) {
        Result<std::unique_ptr<Database>> opened = Database::open(config);
        if (!opened) {
            state.SkipWithError(qPrintable(opened.error().fullText()));
            return;
        }
    }
}

void BM_HistoryFirstPage(benchmark::State& s)
{
    history(s, 0);
}
void BM_HistoryPageAfter50000Rows(benchmark::State& s)
{
    history(s, 50'000);
}
void BM_HistoryPageAfter99000Rows(benchmark::State& s)
{
    history(s, 99'000);
}

BENCHMARK(BM_SearchEveryone_FirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchEveryone_Page50)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchCommonPrefix_jor)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchCommonPrefix_jor_Page20)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchTwoWords_jordi_puig)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchDevanagari)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchTelugu)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchUrdu)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchSingleLetter_a)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchPhoneDigits)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchEmailExact)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchNoMatch)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchKeystrokeReplay)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindByPhone)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OpenDatabase)->ArgName("quick_check")->Arg(0)->Arg(1)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HistoryFirstPage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_HistoryPageAfter50000Rows)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_HistoryPageAfter99000Rows)->Unit(benchmark::kMicrosecond);
} // namespace

int main(int argc, char** argv)
{
    int customers = 1'000'000;
    QString path = QDir::temp().filePath(u"cordial-bench.sqlite"_s);
    // Take our own flags out before Google Benchmark sees the rest.
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--customers=", 12) == 0)
            customers = std::atoi(argv[i] + 12);
        else if (std::strncmp(argv[i], "--db=", 5) == 0)
            path = QString::fromLocal8Bit(argv[i] + 5);
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    std::unique_ptr<Database> db = BenchDatabase::openOrGenerate(path, customers);
    s_db = db.get();
    s_config = db->config();
    s_heavyCustomer = BenchDatabase::heavyCustomerId(*db);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
