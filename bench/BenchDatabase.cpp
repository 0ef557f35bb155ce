#include "BenchDatabase.h"

#include "storage/CustomerKeys.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
const char16_t* const GivenNames[] = { u"Jordi", u"Núria", u"Àlex", u"Mercè", u"Pere", u"Montserrat", u"Oriol", u"Laia",
    u"Jane", u"David", u"Emily", u"Michael", u"Sarah", u"अनीता", u"राजेश", u"सुनीता", u"अमित", u"नेहा", u"विकास", u"कविता",
    u"संजय", u"పద్మావతి", u"సురేష్", u"శ్రీదేవి", u"రవి", u"సరస్వతి", u"నాగార్జున", u"అనూష", u"عمران", u"فاطمہ", u"محمد", u"زینب",
    u"بلال", u"نادیہ", u"سلمان", u"رخسانہ" };
const char16_t* const FamilyNames[]
    = { u"Puig", u"Vilalta", u"Martí", u"Ribas", u"Sánchez", u"Castells", u"Ferrer", u"Guàrdia", u"Smith", u"Brown",
          u"Clarke", u"O'Connor", u"Johnson", u"शर्मा", u"वर्मा", u"गुप्ता", u"सिंह", u"मेहता", u"यादव", u"जोशी", u"రెడ్డి",
          u"నాయుడు", u"రావు", u"చౌదరి", u"వర్మ", u"గౌడ్", u"خان", u"صدیقی", u"قریشی", u"حسین", u"چوہدری", u"ملک", u"رضا" };

template <typename T, std::size_t N> constexpr std::size_t countOf(const T (&)[N])
{
    return N;
}

void fail(const Error& error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.fullText()));
    std::exit(1);
}

void generate(Database& db, int customers)
{
    std::fprintf(stderr, "Generating %d customers...\n", customers);
    QElapsedTimer timer;
    timer.start();
    CustomerRepository repo(db);
    quint32 state = 12345u;
    auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    // Customers are written in bulk and their keys (terms, phone keys, sort keys) computed by the
    // same step that fills them when migrating an older database (CustomerKeys::rebuildAll).
    constexpr int Batch = 50'000;
    constexpr int RowsPerInsert = 100;
    const QString one = u"(?, ?, ?, ?, ?, ?)"_s;
    for (int done = 0; done < customers;) {
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            fail(s.error());
        for (int i = 0; i < Batch && done < customers;) {
            const int rows = qMin(RowsPerInsert, customers - done);
            QStringList values;
            for (int r = 0; r < rows; ++r)
                values << one;
            SqlStatement insert(db,
                u"INSERT INTO customers (given_name, family_name, phone, email, country, created_ms) VALUES "_s
                    + values.join(u", "_s));
            for (int r = 0; r < rows; ++r, ++i, ++done) {
                Customer c;
                c.givenName = QString::fromUtf16(GivenNames[next(countOf(GivenNames))]);
                c.familyName = QString::fromUtf16(FamilyNames[next(countOf(FamilyNames))]) + u' '
                    + QString::fromUtf16(FamilyNames[next(countOf(FamilyNames))]);
                // Phones in the forms agents type: E.164, national with a trunk 0, 00 prefix, (0).
                const quint32 local = next(10000);
                switch (next(6)) {
                case 0:
                    c.phone = u"+91 9%1 %2"_s.arg(local, 4, 10, QChar(u'0')).arg(done, 5, 10, QChar(u'0'));
                    break;
                case 1:
                    c.phone = u"09%1 %2"_s.arg(local, 4, 10, QChar(u'0')).arg(done, 5, 10, QChar(u'0'));
                    c.country = u"IN"_s;
                    break;
                case 2:
                    c.phone = u"0300-%1%2"_s.arg(local % 100, 2, 10, QChar(u'0')).arg(done, 5, 10, QChar(u'0'));
                    c.country = u"PK"_s;
                    break;
                case 3:
                    c.phone = u"+44 (0)20 7%1 %2"_s.arg(local % 1000, 3, 10, QChar(u'0'))
                                  .arg(done % 10000, 4, 10, QChar(u'0'));
                    break;
                case 4:
                    c.phone = u"0034 6%1 %2"_s.arg(local % 100, 2, 10, QChar(u'0')).arg(done, 6, 10, QChar(u'0'));
                    break;
                default:
                    c.phone = u"(555) 01%1-%2"_s.arg(local % 10).arg(done % 10000, 4, 10, QChar(u'0'));
                    c.country = u"US"_s;
                    break;
                }
                c.email = u"customer%1@example.org"_s.arg(done);
                c.createdUtc = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + done, QTimeZone::utc());
                insert.bindText(c.givenName)
                    .bindText(c.familyName)
                    .bindKey(c.phone)
                    .bindText(c.email)
                    .bindKey(c.country)
                    .bindTime(c.createdUtc);
            }
            if (Status s = insert.exec(); !s)
                fail(s.error());
        }
        if (Status s = tx.commit(); !s)
            fail(s.error());
        std::fprintf(stderr, "  %d customers, %.1f s\r", done, double(timer.elapsed()) / 1000.0);
    }
    {
        QElapsedTimer keysTimer;
        keysTimer.start();
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            fail(s.error());
        if (Status s = CustomerKeys::rebuildAll(db); !s)
            fail(s.error());
        if (Status s = tx.commit(); !s)
            fail(s.error());
        std::fprintf(stderr, "\nSearch and phone keys of %d customers (the schema 6 step): %.1f s\n", customers,
            double(keysTimer.elapsed()) / 1000.0);
    }

    // Recency: a last contact spread over a year, as the history would leave it.
    {
        Transaction recency(db);
        if (Status st = recency.begin(); !st)
            fail(st.error());
        SqlStatement spread(db,
            u"UPDATE customers SET last_contact_ms = 1700000000000 + ((id * 2654435761) % 31536000000)"_s);
        if (Status st = spread.exec(); !st)
            fail(st.error());
        if (Status st = recency.commit(); !st)
            fail(st.error());
    }

    Customer heavy;
    heavy.givenName = u"Heavy"_s;
    heavy.familyName = u"History"_s;
    heavy.phone = u"+34 600 000 000"_s;
    Result<qint64> heavyId = repo.insert(heavy);
    if (!heavyId)
        fail(heavyId.error());
    InteractionRepository interactions(db);
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        fail(s.error());
    for (int i = 0; i < BenchDatabase::HeavyHistoryRows; ++i) {
        Interaction row;
        row.customerId = heavyId.value();
        row.channel = ChannelInfo::all().at(std::size_t(i % 6));
        // Ten rows share each timestamp, as batch imports do.
        row.occurredUtc = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + (i / 10) * 60'000, QTimeZone::utc());
        row.subject = u"Order %1"_s.arg(i);
        row.summary = u"ऑर्डर अभी तक नहीं पहुँचा / آرڈر ابھی تک نہیں پہنچا"_s;
        if (Result<qint64> id = interactions.insert(row); !id)
            fail(id.error());
    }
    if (Status s = tx.commit(); !s)
        fail(s.error());
    std::fprintf(stderr, "\nGenerated in %.1f s\n", double(timer.elapsed()) / 1000.0);
}
} // namespace

std::unique_ptr<Database> BenchDatabase::openOrGenerate(const QString& path, int customers)
{
    DatabaseConfig config;
    config.sqlitePath = path;
    config.checkIntegrityOnOpen = false;
    config.sqliteCacheKiB = 512 * 1024;
    Result<std::unique_ptr<Database>> opened = Database::open(config);
    if (!opened)
        fail(opened.error());
    std::unique_ptr<Database> db = opened.take();
    Result<qint64> count = CustomerRepository(*db).count();
    if (!count)
        fail(count.error());
    if (count.value() == customers + 1) {
        db.reset();
        config.sqliteCacheKiB = 0;
        opened = Database::open(config);
        if (!opened)
            fail(opened.error());
        return opened.take();
    }
    if (count.value() != 0) {
        std::fprintf(stderr, "%s holds %lld customers, not %d: delete it first.\n", qPrintable(path),
            static_cast<long long>(count.value()), customers + 1);
        std::exit(1);
    }
    generate(*db, customers);
    // Measure with the cache the program itself uses.
    db.reset();
    config.sqliteCacheKiB = 0;
    opened = Database::open(config);
    if (!opened)
        fail(opened.error());
    return opened.take();
}

qint64 BenchDatabase::heavyCustomerId(Database& db)
{
    Result<CustomerPage> page = CustomerRepository(db).search(u"heavy history"_s, std::nullopt, 1);
    if (!page || page.value().rows.isEmpty())
        fail(Error { Error::Code::NotFound, u"no heavy customer"_s, {} });
    return page.value().rows.first().id;
}
