// Screen pop in the window: the caller's number goes through the services (read worker) to the customer
// card and the history pane, and we wait for the history view to paint its rows.
//   cordial_ui_bench --db=PATH --customers=N [--seed=S] [Google Benchmark flags]   (QT_QPA_PLATFORM=offscreen)
// Counters: total_ms (number -> rows painted), paint_after_data_ms / frames_after_data (history rows
// delivered to the model -> painted; one frame is 16.7 ms at 60 Hz).
#include "BenchQueries.h"
#include "DataGenerator.h"

#include "models/HistoryModel.h"
#include "panels/CustomerCard.h"
#include "panels/HistoryPane.h"
#include "services/CustomerService.h"
#include "services/HistoryService.h"
#include "services/ReadGeneration.h"
#include "storage/DatabaseWorker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTreeView>
#include <QTimer>
#include <QVBoxLayout>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QString s_path;
qint64 s_customers = 0;
quint64 s_seed = 14;
constexpr double FrameMs = 1000.0 / 60.0;

/// Quits `loop` at the first paint of `view` with rows.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QAbstractItemView* view, QEventLoop& loop, QElapsedTimer& clock)
        : m_view(view), m_loop(loop), m_clock(clock)
    {
        view->viewport()->installEventFilter(this);
    }
    bool armed = false;
    qint64 paintedNs = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (armed && event->type() == QEvent::Paint && m_view->model()->rowCount() > 0) {
            const bool handled = QObject::eventFilter(watched, event);
            armed = false;
            // Measured when the paint event is delivered; the view draws right after, in the same frame.
            paintedNs = m_clock.nsecsElapsed();
            QTimer::singleShot(0, &m_loop, [this] { m_loop.quit(); });
            return handled;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView* m_view;
    QEventLoop& m_loop;
    QElapsedTimer& m_clock;
};

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
}

void BM_ScreenPopRendered(benchmark::State& state)
{
    DatabaseConfig config;
    config.sqlitePath = s_path;
    DatabaseWorker reads(config, u"bench-reads"_s);
    DatabaseWorker writes(config, u"bench-writes"_s);
    if (!reads.open() || !writes.open()) {
        state.SkipWithError("cannot open the database");
        return;
    }
    CustomerService customers(reads, writes);
    HistoryService historyService(reads);

    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* card = new CustomerCard(&window);
    auto* history = new HistoryPane(historyService, &window);
    layout->addWidget(card);
    layout->addWidget(history, 1);
    window.resize(1366, 768);
    window.show();

    const DataGenerator gen(s_seed);
    QStringList numbers;
    for (const qint64 i : BenchQueries::spread(s_customers, 100))
        numbers << gen.phoneForms(i).first(); // as stored: the UI bench is about rendering, not matching
    ReadGeneration generation;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    PaintWatch watch(history->view(), loop, clock);
    qint64 dataNs = 0;
    QObject::connect(history->model(), &QAbstractItemModel::rowsInserted, &window,
        [&dataNs, &clock] { dataNs = clock.nsecsElapsed(); });
    QObject::connect(history->model(), &QAbstractItemModel::modelReset, &window, [&dataNs, &clock, history] {
        if (history->model()->rowCount() > 0)
            dataNs = clock.nsecsElapsed();
    });

    std::vector<double> total, afterData;
    qsizetype next = 0;
    int missed = 0;
    for (auto _ : state) {
        history->setCustomer(0);
        card->setCustomer(std::nullopt);
        QApplication::processEvents();
        const QString number = numbers.at(next++ % numbers.size());
        const qint64 startNs = clock.nsecsElapsed();
        watch.armed = true;
        bool found = false;
        customers.findByPhone(number, generation.advance(), &window,
            [&](Result<std::optional<Customer>> customer) {
                if (!customer || !customer.value()) {
                    loop.quit();
                    return;
                }
                found = true;
                card->setCustomer(customer.value());
                history->setCustomer(customer.value()->id);
            });
        QTimer::singleShot(5000, &loop, [&loop] { loop.quit(); });
        loop.exec();
        if (!found || watch.armed) {
            watch.armed = false;
            ++missed;
            continue;
        }
        total.push_back(double(watch.paintedNs - startNs) / 1e6);
        afterData.push_back(double(watch.paintedNs - dataNs) / 1e6);
    }
    state.counters["total_median_ms"] = percentile(total, 0.5);
    state.counters["total_p99_ms"] = percentile(total, 0.99);
    state.counters["paint_after_data_median_ms"] = percentile(afterData, 0.5);
    state.counters["paint_after_data_p99_ms"] = percentile(afterData, 0.99);
    state.counters["frames_after_data_median"] = percentile(afterData, 0.5) / FrameMs;
    state.counters["missed"] = missed;
}

BENCHMARK(BM_ScreenPopRendered)->Iterations(100)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char** argv)
{
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--customers=", 12) == 0)
            s_customers = std::atoll(argv[i] + 12);
        else if (std::strncmp(argv[i], "--seed=", 7) == 0)
            s_seed = std::strtoull(argv[i] + 7, nullptr, 10);
        else if (std::strncmp(argv[i], "--db=", 5) == 0)
            s_path = QString::fromLocal8Bit(argv[i] + 5);
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (s_path.isEmpty() || s_customers <= 0) {
        std::fprintf(stderr, "usage: cordial_ui_bench --db=PATH --customers=N [--seed=S] [benchmark flags]\n");
        return 2;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
