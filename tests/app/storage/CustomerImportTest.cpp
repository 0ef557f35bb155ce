// The import of each hostile file in tests/data/import/, on SQLite and PostgreSQL: what is stored, what
// is refused (by physical line), duplicates, and that the user's file is never changed.
#include "StorageTest.h"

#include <algorithm>

#include "services/CustomerExport.h"
#include "services/CustomerImport.h"
#include "storage/CustomerRepository.h"
#include "support/FakeClock.h"

#include <QBuffer>
#include <QCryptographicHash>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
QString dataFile(const QString& name)
{
    return QStringLiteral(CORDIAL_IMPORT_DATA_DIR) + u'/' + name;
}

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

QList<int> lines(const QList<ImportIssue>& issues)
{
    QList<int> out;
    for (const ImportIssue& issue : issues)
        out << issue.line;
    return out;
}
} // namespace

class CustomerImportTest : public StorageTest
{
protected:
    /// Imports `name` and checks the file is byte-identical afterwards.
    ImportSummary import(const QString& name, ImportOptions options = {}, const QString& encoding = {})
    {
        const QString path = dataFile(name);
        const QByteArray before = digest(path);
        EXPECT_FALSE(before.isEmpty()) << name.toStdString();
        Result<ImportFile> file = CustomerImport::open(path, encoding);
        EXPECT_TRUE(file.ok()) << (file ? std::string() : file.error().fullText().toStdString().c_str());
        if (!file)
            return {};
        if (options.defaultRegion.isEmpty())
            options.defaultRegion = u"GB"_s;
        CustomerImport::Callbacks callbacks;
        callbacks.onRow = [this](const ImportRowReport& report) { m_reports << report; };
        Result<ImportSummary> summary = CustomerImport::run(file.value(), db(), options, m_clock, callbacks);
        EXPECT_TRUE(summary.ok()) << (summary ? std::string() : summary.error().fullText().toStdString());
        EXPECT_EQ(digest(path), before) << "the import changed " << name.toStdString();
        return summary ? summary.value() : ImportSummary {};
    }

    QList<Customer> stored()
    {
        CustomerRepository repo(db());
        Result<CustomerPage> page = repo.search(QString(), std::nullopt, 1000);
        EXPECT_TRUE(page.ok());
        return page ? page.value().rows : QList<Customer>();
    }

    QStringList storedGivenNames()
    {
        QStringList out;
        for (const Customer& c : stored())
            out << c.givenName;
        out.sort();
        return out;
    }

    qint64 count()
    {
        Result<qint64> n = CustomerRepository(db()).count();
        return n ? n.value() : -1;
    }

    FakeClock m_clock;
    QList<ImportRowReport> m_reports;
};

TEST_F(CustomerImportTest, ReadsUtf8AndUtf16WithOrWithoutByteOrderMarkAndCrlfAlike)
{
    const QStringList expected { u"Núria"_s, u"राजेश"_s, u"రవి"_s, u"سیف\u200Cاللہ"_s };
    const QList<std::pair<QString, QString>> files { { u"utf8-bom.csv"_s, u"UTF-8 (BOM)"_s },
        { u"utf8-no-bom.csv"_s, u"UTF-8"_s }, { u"utf16le-bom.csv"_s, u"UTF-16LE"_s },
        { u"utf16be-bom.csv"_s, u"UTF-16BE"_s }, { u"crlf.csv"_s, u"UTF-8"_s } };
    for (const auto& [name, encoding] : files) {
        SCOPED_TRACE(name.toStdString());
        Result<ImportFile> file = CustomerImport::open(dataFile(name));
        CORDIAL_ASSERT_OK(file);
        EXPECT_EQ(file.value().encoding, encoding);
        EXPECT_EQ(file.value().columns.field(0), ImportField::Salutation);
        const qint64 before = count();
        const ImportSummary summary = import(name);
        EXPECT_EQ(summary.rejected, 0) << (summary.rejections.isEmpty() ? std::string()
                                                                          : summary.rejections.first().reason.toStdString());
        // The first file stores four; the others are the same people, so duplicates.
        EXPECT_EQ(summary.imported + summary.duplicates, 4);
        EXPECT_EQ(count(), before + summary.imported);
    }
    QStringList sorted = expected;
    sorted.sort();
    EXPECT_EQ(storedGivenNames(), sorted);
    for (const Customer& c : stored())
        EXPECT_FALSE(c.tags.contains(u"VIP\r"_s));
}

TEST_F(CustomerImportTest, AskForTheEncodingOfALegacyFileAndDecodeItOnlyWhenGiven)
{
    Result<ImportFile> file = CustomerImport::open(dataFile(u"windows-1252.csv"_s));
    CORDIAL_ASSERT_OK(file);
    EXPECT_TRUE(file.value().needsEncoding);
    EXPECT_EQ(file.value().firstInvalidLine, 2);
    EXPECT_FALSE(file.value().detected.isEmpty());
    EXPECT_TRUE(file.value().utf8.isEmpty()); // nothing to read as mojibake

    const ImportSummary summary = import(u"windows-1252.csv"_s, {}, u"windows-1252"_s);
    EXPECT_EQ(summary.imported, 2);
    EXPECT_EQ(storedGivenNames(), (QStringList { u"Jürgen"_s, u"Núria"_s }));
    for (const Customer& c : stored()) {
        if (c.givenName == u"Jürgen"_s) {
            EXPECT_EQ(c.familyName, u"Straße"_s);
            EXPECT_EQ(c.address, u"Preis 5 € – bezahlt"_s);
        } else {
            EXPECT_EQ(c.address, u"Plaça d’Espanya 3"_s);
        }
    }
}

TEST_F(CustomerImportTest, DetectsTheSemicolonAndKeepsCommasInFields)
{
    Result<ImportFile> file = CustomerImport::open(dataFile(u"semicolon.csv"_s));
    CORDIAL_ASSERT_OK(file);
    EXPECT_EQ(file.value().delimiter, ';');
    EXPECT_EQ(import(u"semicolon.csv"_s).imported, 2);
    bool found = false;
    for (const Customer& c : stored())
        found = found || c.address == u"Carrer Major, 5, Barcelona"_s;
    EXPECT_TRUE(found);
}

TEST_F(CustomerImportTest, QuotedFieldsKeepQuotesAndLineBreaksAndRowsKeepTheirPhysicalLines)
{
    const ImportSummary summary = import(u"quotes-linebreaks.csv"_s);
    EXPECT_EQ(summary.imported, 3);
    ASSERT_EQ(m_reports.size(), 3);
    EXPECT_EQ(m_reports.at(0).line, 2);
    EXPECT_EQ(m_reports.at(1).line, 5);
    EXPECT_EQ(m_reports.at(2).line, 6);
    EXPECT_EQ(m_reports.at(0).customer.familyName, u"O\"Brien"_s);
    EXPECT_EQ(m_reports.at(0).customer.address, u"12 Main Street\nDublin 2\nIreland"_s);
    EXPECT_EQ(m_reports.at(1).customer.givenName, u"Pere, Jr."_s);
    EXPECT_EQ(m_reports.at(1).customer.address, u"Carrer \"Nou\", 3"_s);
}

TEST_F(CustomerImportTest, RefusesRowsWithTheWrongFieldCountByLine)
{
    const ImportSummary summary = import(u"wrong-field-count.csv"_s);
    EXPECT_EQ(summary.imported, 2);
    EXPECT_EQ(lines(summary.rejections), (QList<int> { 3, 4 }));
    EXPECT_TRUE(summary.rejections.at(0).reason.contains(u'2'));
}

TEST_F(CustomerImportTest, AnUnterminatedQuoteIsReportedAndTheRowsAfterItStillRead)
{
    const ImportSummary summary = import(u"unterminated-quote.csv"_s);
    EXPECT_EQ(lines(summary.rejections), (QList<int> { 3 }));
    EXPECT_EQ(summary.rejections.at(0).problemLine, 3);
    EXPECT_EQ(storedGivenNames(), (QStringList { u"Anna"_s, u"Carla"_s, u"Dev"_s }));
}

TEST_F(CustomerImportTest, AQuoteInsideAnUnquotedFieldRefusesThatRowOnly)
{
    const ImportSummary summary = import(u"malformed-quote.csv"_s);
    EXPECT_EQ(lines(summary.rejections), (QList<int> { 2 }));
    EXPECT_EQ(storedGivenNames(), (QStringList { u"Bob"_s }));
}

TEST_F(CustomerImportTest, RefusesNulBytes)
{
    const ImportSummary summary = import(u"nul.csv"_s);
    EXPECT_EQ(lines(summary.rejections), (QList<int> { 2 }));
    EXPECT_EQ(storedGivenNames(), (QStringList { u"Bob"_s }));
}

TEST_F(CustomerImportTest, RefusesValuesOverTheStatedLimits)
{
    const ImportSummary summary = import(u"too-long.csv"_s);
    EXPECT_EQ(lines(summary.rejections), (QList<int> { 2, 3 }));
    EXPECT_TRUE(summary.rejections.at(0).reason.contains(u"200"_s));
    EXPECT_TRUE(summary.rejections.at(1).reason.contains(u"2000"_s));
    EXPECT_EQ(storedGivenNames(), (QStringList { u"Carla"_s })); // exactly 2000 characters is allowed
}

TEST_F(CustomerImportTest, BidiOverridesNeverReachStorage)
{
    const ImportSummary summary = import(u"bidi-override.csv"_s);
    EXPECT_EQ(lines(summary.rejections), (QList<int> { 2, 3 }));
    EXPECT_TRUE(summary.rejections.at(0).reason.contains(u"Family name"_s));
    EXPECT_TRUE(summary.rejections.at(1).reason.contains(u"Phone"_s));
    EXPECT_EQ(storedGivenNames(), (QStringList { u"Carla"_s }));
}

TEST_F(CustomerImportTest, JoinersAndEmojiAreStoredByteExact)
{
    EXPECT_EQ(import(u"zwnj-emoji.csv"_s).imported, 3);
    QSet<QByteArray> names;
    for (const Customer& c : stored())
        names << (c.givenName + u'|' + c.familyName + u'|' + c.tags.join(u',')).toUtf8();
    EXPECT_TRUE(names.contains(QByteArray("\xd8\xb3\xdb\x8c\xd9\x81\xe2\x80\x8c\xd8\xa7\xd9\x84\xd9\x84\xdb\x81|"
                                          "\xd8\xb5\xd8\xaf\xdb\x8c\xd9\x82\xdb\x8c|")));
    EXPECT_TRUE(names.contains(u"क्\u200Dषमा|वर्मा|"_s.toUtf8()));
    EXPECT_TRUE(names.contains(u"Maya 👩\u200D👩\u200D👧\u200D👦|Rao 🇮🇳|👍🏽"_s.toUtf8()));
}

TEST_F(CustomerImportTest, FormulaAndSqlLookingTextIsStoredLiterally)
{
    EXPECT_EQ(import(u"formula-sql.csv"_s).imported, 2);
    QStringList seen;
    for (const Customer& c : stored())
        seen << c.givenName << c.address << c.tags;
    EXPECT_TRUE(seen.contains(u"=HYPERLINK(\"http://x.example\",\"click\")"_s));
    EXPECT_TRUE(seen.contains(u"Robert'); DROP TABLE customers;--"_s));
    EXPECT_TRUE(seen.contains(u"+1+1"_s));
    EXPECT_TRUE(seen.contains(u"-2+3"_s));
    EXPECT_TRUE(seen.contains(u"@SUM(A1)"_s));
    EXPECT_TRUE(seen.contains(u"' OR '1'='1"_s));
    EXPECT_EQ(count(), 2);
}

TEST_F(CustomerImportTest, SamePhoneAndNameIsOneCustomerButASharedLineOrAnotherCountryIsNot)
{
    const ImportSummary first = import(u"duplicates.csv"_s);
    EXPECT_EQ(first.imported, 4);
    EXPECT_EQ(lines(first.duplicateRows), (QList<int> { 3 }));
    EXPECT_EQ(storedGivenNames(), (QStringList { u"Priya"_s, u"Rajesh"_s, u"Tom"_s, u"Tom"_s }));

    m_reports.clear();
    const ImportSummary again = import(u"duplicates.csv"_s); // against the database now
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(lines(again.duplicateRows), (QList<int> { 2, 3, 4, 5, 6 }));
    EXPECT_EQ(count(), 4);
}

TEST_F(CustomerImportTest, RefusesInvalidPhoneNumbers)
{
    const ImportSummary summary = import(u"invalid-phone.csv"_s);
    EXPECT_EQ(lines(summary.rejections), (QList<int> { 2, 3 }));
    EXPECT_TRUE(summary.rejections.at(1).reason.contains(u"Other phones"_s));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().otherPhones.size(), 0); // the repository reads the main number only
}

TEST_F(CustomerImportTest, CardNumbersAreMaskedOnTheWayIn)
{
    EXPECT_EQ(import(u"card-number.csv"_s).imported, 1);
    ASSERT_EQ(stored().size(), 1);
    const QString address = stored().first().address;
    EXPECT_FALSE(address.contains(u"4111 1111 1111 1111"_s)) << address.toStdString();
    EXPECT_TRUE(address.contains(u"1111"_s));
    ASSERT_EQ(m_reports.size(), 1); // the dry-run report shows what is stored
    EXPECT_EQ(m_reports.first().customer.address, address);
}

TEST_F(CustomerImportTest, NamesInEveryScriptAreFoundBySearchAfterTheImport)
{
    EXPECT_EQ(import(u"names-multiscript.csv"_s).imported, 5);
    CustomerRepository repo(db());
    for (const QString& word : { u"عائشہ"_s, u"प्रिया"_s, u"లక్ష్మి"_s, u"Puigdomènech"_s, u"Seán"_s }) {
        Result<CustomerPage> page = repo.search(word, std::nullopt, 10);
        CORDIAL_ASSERT_OK(page);
        EXPECT_EQ(page.value().rows.size(), 1) << word.toStdString();
    }
    QStringList languages;
    for (const Customer& c : stored())
        languages << c.preferredLanguage;
    languages.sort();
    EXPECT_EQ(languages, (QStringList { u"ca"_s, u"en"_s, u"hi"_s, u"te"_s, u"ur"_s }));
}

TEST_F(CustomerImportTest, MapsSynonymsAndListsUnknownColumns)
{
    Result<ImportFile> file = CustomerImport::open(dataFile(u"unknown-columns.csv"_s));
    CORDIAL_ASSERT_OK(file);
    const ImportColumns& columns = file.value().columns;
    EXPECT_EQ(columns.field(0), ImportField::GivenName);
    EXPECT_EQ(columns.field(1), ImportField::FamilyName);
    EXPECT_EQ(columns.field(2), ImportField::Phone);
    EXPECT_EQ(columns.field(3), ImportField::Email);
    EXPECT_EQ(columns.unknownColumns(), (QStringList { u"Loyalty points"_s, u"Notes"_s }));
    EXPECT_EQ(import(u"unknown-columns.csv"_s).imported, 1);
}

TEST_F(CustomerImportTest, AllOrNothingImportsNothingWhenARowIsRefused)
{
    ImportOptions options;
    options.allOrNothing = true;
    const ImportSummary summary = import(u"wrong-field-count.csv"_s, options);
    EXPECT_FALSE(summary.written);
    EXPECT_EQ(summary.rejected, 2);
    EXPECT_EQ(count(), 0);
}

TEST_F(CustomerImportTest, ADryRunStoresNothing)
{
    ImportOptions options;
    options.dryRun = true;
    const ImportSummary summary = import(u"names-multiscript.csv"_s, options);
    EXPECT_EQ(summary.imported, 5);
    EXPECT_FALSE(summary.written);
    EXPECT_EQ(count(), 0);
}

TEST_F(CustomerImportTest, CancelLeavesTheDatabaseAsBefore)
{
    ASSERT_EQ(import(u"semicolon.csv"_s).imported, 2);
    Result<ImportFile> file = CustomerImport::open(dataFile(u"names-multiscript.csv"_s));
    CORDIAL_ASSERT_OK(file);
    std::atomic_bool cancel { false };
    CustomerImport::Callbacks callbacks;
    callbacks.cancel = &cancel;
    int rows = 0;
    callbacks.onRow = [&](const ImportRowReport&) {
        if (++rows == 3)
            cancel = true; // after three rows were written in the transaction
    };
    Result<ImportSummary> summary = CustomerImport::run(file.value(), db(), ImportOptions {}, m_clock, callbacks);
    CORDIAL_ASSERT_OK(summary);
    EXPECT_TRUE(summary.value().cancelled);
    EXPECT_FALSE(summary.value().written);
    EXPECT_EQ(count(), 2);
    EXPECT_EQ(storedGivenNames(), (QStringList { u"Aisha"_s, u"Jordi"_s }));
}

TEST_F(CustomerImportTest, AFileWithoutANameOrPhoneColumnIsRefused)
{
    Result<ImportFile> file = CustomerImport::fromBytes("Colour,Size\nred,XL\n");
    ASSERT_FALSE(file.ok());
    EXPECT_TRUE(file.error().message.contains(u"Colour"_s));
}

TEST_F(CustomerImportTest, TheExportNeutralisesFormulasAndImportsBackAsItWas)
{
    ASSERT_EQ(import(u"formula-sql.csv"_s).imported, 2);
    ASSERT_EQ(import(u"names-multiscript.csv"_s).imported, 5);
    ASSERT_EQ(import(u"quotes-linebreaks.csv"_s).imported, 3);
    const QList<Customer> before = stored();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<qint64> written = CustomerExport::writeCustomers(db(), buffer);
    CORDIAL_ASSERT_OK(written);
    EXPECT_EQ(written.value(), 10);
    const QByteArray csv = buffer.data();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""));
    EXPECT_TRUE(csv.contains(",'+1+1,"));
    EXPECT_TRUE(csv.contains(",'@SUM(A1)\r\n"));
    EXPECT_TRUE(csv.contains(",'+92 321 1234567,"));
    for (const QByteArray& line : csv.split('\n')) {
        const QByteArray cell = line.startsWith("\xEF\xBB\xBF") ? line.mid(3) : line;
        EXPECT_FALSE(cell.startsWith('=') || cell.startsWith('+') || cell.startsWith('@') || cell.startsWith('-'));
    }

    // Into an empty database: the same customers, field by field.
    TempDatabase other;
    ASSERT_NE(other.db(), nullptr);
    Result<ImportFile> file = CustomerImport::fromBytes(csv);
    CORDIAL_ASSERT_OK(file);
    EXPECT_TRUE(file.value().columns.unknownColumns().isEmpty());
    Result<ImportSummary> summary = CustomerImport::run(file.value(), *other.db(), ImportOptions {}, m_clock);
    CORDIAL_ASSERT_OK(summary);
    EXPECT_EQ(summary.value().imported, 10);
    EXPECT_EQ(summary.value().rejected, 0);
    Result<CustomerPage> after = CustomerRepository(*other.db()).search(QString(), std::nullopt, 100);
    CORDIAL_ASSERT_OK(after);
    ASSERT_EQ(after.value().rows.size(), before.size());
    // Compared in one order: the list's own order ranks by recency, which a new database does not share.
    const auto byPhone = [](const Customer& x, const Customer& y) { return x.phone < y.phone; };
    QList<Customer> expected = before;
    QList<Customer> imported = after.value().rows;
    std::sort(expected.begin(), expected.end(), byPhone);
    std::sort(imported.begin(), imported.end(), byPhone);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Customer& a = expected.at(i);
        const Customer& b = imported.at(i);
        EXPECT_EQ(QStringList({ a.salutation, a.givenName, a.familyName, a.phone, a.email, a.address, a.country,
                      a.preferredLanguage, a.tags.join(u'|') }),
            QStringList({ b.salutation, b.givenName, b.familyName, b.phone, b.email, b.address, b.country,
                b.preferredLanguage, b.tags.join(u'|') }));
    }
}
