#include "platform/ImportCommand.h"

#include "i18n/BidiText.h"
#include "services/CustomerImport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
void printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", qUtf8Printable(text));
}

void printJson(const QJsonObject& object)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
}

QJsonObject customerJson(const Customer& c)
{
    return QJsonObject { { u"salutation"_s, c.salutation }, { u"given_name"_s, c.givenName },
        { u"family_name"_s, c.familyName }, { u"phone"_s, c.phone },
        { u"other_phones"_s, QJsonArray::fromStringList(c.otherPhones) }, { u"email"_s, c.email },
        { u"address"_s, c.address }, { u"country"_s, c.country }, { u"preferred_language"_s, c.preferredLanguage },
        { u"tags"_s, QJsonArray::fromStringList(c.tags) } };
}

QString statusKey(ImportRowReport::Outcome outcome)
{
    switch (outcome) {
    case ImportRowReport::Outcome::Imported: return u"import"_s;
    case ImportRowReport::Outcome::Duplicate: return u"duplicate"_s;
    case ImportRowReport::Outcome::Rejected: return u"rejected"_s;
    }
    return {};
}

} // namespace

QString ImportCommand::systemRegion()
{
    const QLocale::Territory territory = QLocale::system().territory();
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
}

ImportCommandOptions ImportCommand::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports customers from a CSV file (UTF-8 or UTF-16, comma or semicolon, a header line naming the "
           "columns). The file is only read. Rows that cannot be imported are listed with their line number.")
        + u"\n\n"_s
        + tr("Exit codes: 0 every row imported (duplicates skipped); 1 wrong command line; 2 the database could "
             "not be opened or written (nothing imported); 6 the file cannot be read (missing, unknown encoding, "
             "no name or phone column); 7 some rows were refused (the others imported, or none with "
             "--all-or-nothing)."));
    parser.addHelpOption();
    //: Command-line help; keep "sqlite:" and "postgresql://" as they are
    const QCommandLineOption db(u"db"_s,
        tr("Database to open: a file path, sqlite:PATH or postgresql://user@host:port/database. Default: the last "
           "one used, else a file in your data folder."),
        tr("spec"));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Check every row, the database's customers included, but store nothing."));
    const QCommandLineOption json(u"json"_s,
        tr("Print one JSON object per row (the values as they would be stored, or why the row is refused), then a "
           "summary object."));
    //: Command-line help; keep "windows-1252" as it is
    const QCommandLineOption encoding(u"encoding"_s,
        tr("The encoding of a file that is not UTF-8, such as windows-1252. Without it such a file is refused."),
        tr("name"));
    const QCommandLineOption allOrNothing(u"all-or-nothing"_s, tr("Import nothing when any row is refused."));
    const QCommandLineOption lang(u"lang"_s, tr("Interface language (en, hi, te, ur, ca)."), tr("code"));
    parser.addOptions({ db, dryRun, json, encoding, allOrNothing, lang });
    parser.addPositionalArgument(u"file"_s, tr("The CSV file to import."), tr("FILE.csv"));
    QStringList rest = arguments;
    rest.removeAt(1); // "import"
    parser.process(rest);
    if (parser.positionalArguments().size() != 1) {
        printLine(stderr, tr("Name one CSV file to import."));
        std::exit(ExitUsage);
    }
    return ImportCommandOptions { parser.positionalArguments().constFirst(), parser.value(db), parser.value(encoding),
        parser.isSet(dryRun), parser.isSet(json), parser.isSet(allOrNothing) };
}

int ImportCommand::run(const ImportCommandOptions& options, Database& db, const Clock& clock)
{
    Result<ImportFile> file = CustomerImport::open(options.file, options.encoding);
    if (!file) {
        printLine(stderr, file.error().fullText());
        return ExitFile;
    }
    if (file.value().needsEncoding) {
        const ImportFile& f = file.value();
        printLine(stderr,
            f.detected.isEmpty()
                //: Keep "--encoding" and "windows-1252" as they are
                ? tr("Line %1 is not UTF-8 text, so nothing was imported. Name the file's encoding with --encoding, "
                     "for example --encoding windows-1252.")
                      .arg(f.firstInvalidLine)
                //: %2 is an encoding name such as windows-1252; keep "--encoding" as it is
                : tr("Line %1 is not UTF-8 text, so nothing was imported. The file looks like %2: if that is right, "
                     "run the import again with --encoding %2.")
                      .arg(QString::number(f.firstInvalidLine), BidiText::leftToRight(f.detected)));
        return ExitFile;
    }
    const bool terminal = ::isatty(::fileno(stderr)) != 0;
    ImportOptions importOptions;
    importOptions.encoding = options.encoding;
    importOptions.defaultRegion = systemRegion();
    importOptions.allOrNothing = options.allOrNothing;
    importOptions.dryRun = options.dryRun;
    CustomerImport::Callbacks callbacks;
    if (options.json) {
        callbacks.onRow = [](const ImportRowReport& report) {
            QJsonObject row { { u"line"_s, report.line }, { u"status"_s, statusKey(report.outcome) } };
            if (report.outcome == ImportRowReport::Outcome::Rejected) {
                row.insert(u"problem_line"_s, report.issue.problemLine);
                row.insert(u"reason"_s, report.issue.reason);
            } else {
                row.insert(u"customer"_s, customerJson(report.customer));
                if (report.outcome == ImportRowReport::Outcome::Duplicate)
                    row.insert(u"reason"_s, report.issue.reason);
            }
            printJson(row);
        };
    }
    if (terminal) {
        callbacks.onProgress = [](qint64 done, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
            std::fprintf(stderr, "\r%s", qUtf8Printable(tr("Reading the file: %1%").arg(percent)));
            std::fflush(stderr);
        };
    }
    const Result<ImportSummary> result = CustomerImport::run(file.value(), db, importOptions, clock, callbacks);
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!result) {
        printLine(stderr, tr("Nothing was imported: %1").arg(result.error().fullText()));
        return ExitDatabase;
    }
    const ImportSummary& s = result.value();
    if (options.json) {
        QJsonArray unknown = QJsonArray::fromStringList(file.value().columns.unknownColumns());
        printJson(QJsonObject { { u"summary"_s,
            QJsonObject { { u"rows"_s, s.rows }, { u"imported"_s, s.imported }, { u"duplicates"_s, s.duplicates },
                { u"rejected"_s, s.rejected }, { u"written"_s, s.written }, { u"dry_run"_s, options.dryRun },
                { u"encoding"_s, file.value().encoding }, { u"delimiter"_s, QString(QLatin1Char(file.value().delimiter)) },
                { u"unknown_columns"_s, unknown } } } });
    } else {
        for (const ImportIssue& issue : s.rejections)
            printLine(stdout, tr("Line %1: %2").arg(QString::number(issue.problemLine), issue.reason));
        for (const ImportIssue& issue : s.duplicateRows)
            printLine(stdout, tr("Line %1: %2").arg(QString::number(issue.line), issue.reason));
        if (const QStringList unknown = file.value().columns.unknownColumns(); !unknown.isEmpty()) {
            printLine(stdout, tr("Columns not imported: %1").arg(BidiText::isolated(unknown.join(u", "_s))));
        }
        if (s.written) {
            printLine(stdout, tr("%n customer(s) imported.", nullptr, s.imported));
        } else {
            printLine(stdout,
                options.dryRun ? tr("Dry run: %n customer(s) would be imported; nothing was stored.", nullptr, s.imported)
                               : tr("Nothing was imported: %n row(s) were refused and --all-or-nothing was given.",
                                   nullptr, s.rejected));
        }
        printLine(stdout, tr("%n duplicate(s) skipped.", nullptr, s.duplicates));
        printLine(stdout, tr("%n row(s) refused.", nullptr, s.rejected));
    }
    return s.rejected > 0 ? ExitRowsRefused : ExitOk;
}
