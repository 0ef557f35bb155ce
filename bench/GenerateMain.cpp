// Fills an empty SQLite database with benchmark data through the product's repositories.
//   cordial_generate --customers N --interactions M --db PATH [--seed S] [--cache-mib C] [--heavy-history H]
// Deterministic: the same options give the same rows. See docs/benchmarks.md.
#include "DataGenerator.h"

#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Generates Cordial benchmark data."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Number of customers."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption interactionsOption(u"interactions"_s, u"Number of history entries."_s, u"M"_s, u"10000"_s);
    const QCommandLineOption dbOption(u"db"_s, u"SQLite file to create (must be empty or absent)."_s, u"PATH"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"S"_s, u"14"_s);
    const QCommandLineOption cacheOption(u"cache-mib"_s, u"SQLite page cache while generating."_s, u"C"_s, u"1024"_s);
    const QCommandLineOption heavyOption(
        u"heavy-history"_s, u"History entries of the first customer."_s, u"H"_s, u"10000"_s);
    parser.addOptions({ customersOption, interactionsOption, dbOption, seedOption, cacheOption, heavyOption });
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "--db PATH is required\n");
        return 2;
    }

    DataGenerator::Options options;
    options.customers = parser.value(customersOption).toLongLong();
    options.interactions = parser.value(interactionsOption).toLongLong();
    options.seed = parser.value(seedOption).toULongLong();
    options.heavyHistory = parser.value(heavyOption).toLongLong();

    DatabaseConfig config;
    config.sqlitePath = parser.value(dbOption);
    config.checkIntegrityOnOpen = false;
    // A large page cache during generation only: the program opens the file with its own settings.
    config.sqliteCacheKiB = parser.value(cacheOption).toInt() * 1024;
    Result<std::unique_ptr<Database>> opened = Database::open(config);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().fullText()));
        return 1;
    }
    Result<qint64> existing = CustomerRepository(*opened.value()).count();
    if (!existing || existing.value() != 0) {
        std::fprintf(stderr, "%s is not empty: delete it first.\n", qPrintable(config.sqlitePath));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const QString error = DataGenerator::generate(*opened.value(), options, [&timer](qint64 customers, qint64 rows) {
        const double s = double(timer.elapsed()) / 1000.0;
        std::fprintf(stderr, "  %lld customers, %lld interactions, %.1f s\n", static_cast<long long>(customers),
            static_cast<long long>(rows), s);
    });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    opened.value().reset(); // checkpoint and close
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::printf("generated %lld customers and %lld interactions in %.1f s (%.0f rows/s)\n",
        static_cast<long long>(options.customers), static_cast<long long>(options.interactions), seconds,
        double(options.customers + options.interactions) / qMax(seconds, 0.001));
    return 0;
}
