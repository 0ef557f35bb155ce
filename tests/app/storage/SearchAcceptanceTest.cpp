#include "StorageTest.h"

#include "storage/CustomerRepository.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The search contract of the customer list, checked on both backends from two data files written
// independently of the implementation: tests/data/search/people.tsv and queries.tsv.
namespace {
QList<QStringList> readTable(const QString& name)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(readFile(QStringLiteral(CORDIAL_TEST_DATA_DIR "/search/") + name));
    for (const QString& line : text.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(u'\t');
        while (fields.size() < 6)
            fields << QString();
        rows << fields;
    }
    return rows;
}

QStringList labels(const QString& field)
{
    return field.split(u',', Qt::SkipEmptyParts);
}
} // namespace

class SearchAcceptanceTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        CustomerRepository repo(db());
        qint64 day = 0;
        for (const QStringList& row : readTable(u"people.tsv"_s)) {
            Customer c;
            c.givenName = row.at(1);
            c.familyName = row.at(2);
            c.phone = row.at(3);
            c.country = row.at(4);
            c.email = row.at(5);
            c.createdUtc = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc()).addDays(++day);
            Result<qint64> id = repo.insert(c);
            ASSERT_TRUE(id.ok()) << row.at(0).toStdString() << ": " << id.error().fullText().toStdString();
            m_labelOf.insert(id.value(), row.at(0));
        }
        ASSERT_GT(m_labelOf.size(), 10);
    }

    /// Labels of every customer the query finds, in result order, over all pages.
    QStringList found(const QString& query)
    {
        CustomerRepository repo(db());
        QStringList out;
        Result<CustomerPage> page = repo.search(query, std::nullopt, 5);
        for (int pages = 0; pages < 20; ++pages) {
            EXPECT_TRUE(page.ok()) << query.toStdString();
            if (!page.ok())
                break;
            for (const Customer& c : page.value().rows)
                out << m_labelOf.value(c.id, u"?"_s);
            if (!page.value().next)
                break;
            const auto next = page.value().next;
            page = repo.search(query, next, 5);
        }
        return out;
    }

    QHash<qint64, QString> m_labelOf;
};

TEST_F(SearchAcceptanceTest, EveryQueryFindsWhomTheContractSaysAndNoOneItExcludes)
{
    const QList<QStringList> queries = readTable(u"queries.tsv"_s);
    ASSERT_GT(queries.size(), 40);
    for (const QStringList& q : queries) {
        const QString query = q.at(0);
        const QStringList result = found(query);
        for (const QString& wanted : labels(q.at(1)))
            EXPECT_TRUE(result.contains(wanted)) << "\"" << query.toStdString() << "\" should find " << wanted.toStdString()
                                                 << "; found: " << result.join(u',').toStdString();
        for (const QString& unwanted : labels(q.at(2)))
            EXPECT_FALSE(result.contains(unwanted)) << "\"" << query.toStdString() << "\" must not find "
                                                    << unwanted.toStdString();
        if (!q.at(3).isEmpty()) {
            EXPECT_EQ(result.value(0), q.at(3)) << "\"" << query.toStdString() << "\" should list " << q.at(3).toStdString()
                                                << " first; found: " << result.join(u',').toStdString();
        }
        EXPECT_EQ(result.size(), QSet<QString>(result.begin(), result.end()).size())
            << "\"" << query.toStdString() << "\" lists a customer twice across pages: " << result.join(u',').toStdString();
    }
}
