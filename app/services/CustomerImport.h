#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "integration/ImportColumns.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class Clock;
class Database;

/// What the user chose for an import.
struct ImportOptions
{
    QString encoding;      ///< an encoding the user confirmed for a file that is not UTF-8; empty = none
    QString defaultRegion; ///< ISO 3166 region for national numbers of rows without a country
    bool allOrNothing = false; ///< import nothing when any row is refused
    bool dryRun = false;       ///< check everything (the database's customers too), store nothing
};

/// An imported file, read and decoded, before any row is looked at: what the preview shows.
struct ImportFile
{
    QByteArray utf8;   ///< the text; empty when `needsEncoding`
    QString encoding;  ///< as read: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or the confirmed name
    bool needsEncoding = false; ///< not UTF-8, no byte order mark, no encoding confirmed
    QString detected;           ///< ICU's guess when `needsEncoding`
    int firstInvalidLine = 0;   ///< first line that is not UTF-8 when `needsEncoding`
    char delimiter = ',';
    ImportColumns columns;
};

/// A row the import refused or skipped, by its physical line.
struct ImportIssue
{
    int line = 0;        ///< where the row starts
    int problemLine = 0; ///< where the problem is (differs inside a quoted field spanning lines)
    QString reason;      ///< translated
};

/// What happened to one row, for `--dry-run --json` and the preview.
struct ImportRowReport
{
    enum class Outcome { Imported, Duplicate, Rejected };
    Outcome outcome = Outcome::Imported;
    int line = 0;
    Customer customer; ///< as it is (or would be) stored: card numbers masked; empty when rejected
    ImportIssue issue; ///< for duplicates and rejections
};

/// What an import did, exactly.
struct ImportSummary
{
    int rows = 0;       ///< rows read after the header
    int imported = 0;   ///< stored (or, in a dry run or when nothing was written, that would have been)
    int duplicates = 0; ///< skipped: same phone (E.164) and name as a row before it or a stored customer
    int rejected = 0;
    QList<ImportIssue> rejections;
    QList<ImportIssue> duplicateRows;
    bool cancelled = false;
    bool written = false; ///< the rows were committed; false: the database is as before
};

/// Imports customers from a CSV file (docs/import.md): the file is only read, never written; rows are
/// checked (ImportRow), duplicates skipped, the good rows stored in one transaction
/// (CustomerImportWriter), so a cancel or failure leaves the database as it was.
class CustomerImport final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    struct Callbacks
    {
        std::function<void(const ImportRowReport&)> onRow;              ///< every row, in order
        std::function<void(qint64 done, qint64 total)> onProgress;      ///< bytes read of the text
        const std::atomic_bool* cancel = nullptr;                       ///< set from another thread
    };

    /// Reads `path` (read-only) and decodes it; its header makes the column mapping.
    static Result<ImportFile> open(const QString& path, const QString& encoding = {});
    static Result<ImportFile> fromBytes(const QByteArray& bytes, const QString& encoding = {});

    /// Reads every row of `file` and stores the good ones in `db` (none with `dryRun`, none with
    /// `allOrNothing` when a row is refused, none when cancelled).
    static Result<ImportSummary> run(const ImportFile& file, Database& db, const ImportOptions& options,
        const Clock& clock, const Callbacks& callbacks);
    static Result<ImportSummary> run(const ImportFile& file, Database& db, const ImportOptions& options,
        const Clock& clock)
    {
        return run(file, db, options, clock, Callbacks());
    }
};
