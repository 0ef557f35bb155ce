#include "services/ImportExportService.h"

#include "i18n/BidiText.h"
#include "services/CustomerExport.h"
#include "storage/DatabaseWorker.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

ImportExportService::ImportExportService(
    DatabaseWorker& writer, const Clock& clock, QString defaultRegion, QObject* parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_defaultRegion(std::move(defaultRegion))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

ImportExportService::~ImportExportService()
{
    cancel();
}

CustomerImport::Callbacks ImportExportService::callbacks()
{
    m_cancel->store(false);
    CustomerImport::Callbacks callbacks;
    callbacks.cancel = m_cancel.get();
    callbacks.onProgress = [this](qint64 done, qint64 total) {
        Q_EMIT progressed(total > 0 ? static_cast<int>(done * 100 / total) : 100);
    };
    return callbacks;
}

void ImportExportService::cancel()
{
    m_cancel->store(true);
}

void ImportExportService::preview(
    const QString& path, const QString& encoding, QObject* receiver, std::function<void(Result<ImportPreview>)> done)
{
    CustomerImport::Callbacks base = callbacks();
    ImportOptions options;
    options.encoding = encoding;
    options.defaultRegion = m_defaultRegion;
    options.dryRun = true;
    m_writer.post<Result<ImportPreview>>(
        [path, options, base, cancel = m_cancel, &clock = m_clock](Database& db) -> Result<ImportPreview> {
            Result<ImportFile> file = CustomerImport::open(path, options.encoding);
            if (!file)
                return file.error();
            ImportPreview preview;
            preview.file = file.value();
            preview.file.utf8.clear();
            if (file.value().needsEncoding)
                return preview;
            CustomerImport::Callbacks callbacks = base;
            callbacks.onRow = [&preview](const ImportRowReport& report) {
                if (preview.firstRows.size() < PreviewRows)
                    preview.firstRows << report;
            };
            Result<ImportSummary> summary = CustomerImport::run(file.value(), db, options, clock, callbacks);
            if (!summary)
                return summary.error();
            preview.dryRun = summary.value();
            return preview;
        },
        receiver, std::move(done));
}

void ImportExportService::import(
    const QString& path, ImportOptions options, QObject* receiver, std::function<void(Result<ImportSummary>)> done)
{
    CustomerImport::Callbacks base = callbacks();
    options.defaultRegion = m_defaultRegion;
    options.dryRun = false;
    m_writer.post<Result<ImportSummary>>(
        [path, options, base, cancel = m_cancel, &clock = m_clock](Database& db) -> Result<ImportSummary> {
            Result<ImportFile> file = CustomerImport::open(path, options.encoding);
            if (!file)
                return file.error();
            return CustomerImport::run(file.value(), db, options, clock, base);
        },
        receiver, std::move(done));
}

namespace {
template <typename Write>
Result<qint64> writeFile(const QString& path, Database& db, Write write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { Error::Code::Unknown,
            ImportExportService::tr("The file %1 cannot be written.").arg(BidiText::leftToRight(path)),
            file.errorString() };
    }
    Result<qint64> count = write(db, file);
    if (!count) {
        file.cancelWriting();
        return count;
    }
    if (!file.commit()) {
        return Error { Error::Code::Unknown,
            ImportExportService::tr("The file %1 cannot be written.").arg(BidiText::leftToRight(path)),
            file.errorString() };
    }
    return count;
}
} // namespace

void ImportExportService::exportCustomers(const QString& path, QObject* receiver, std::function<void(Result<qint64>)> done)
{
    m_writer.post<Result<qint64>>(
        [path](Database& db) { return writeFile(path, db, &CustomerExport::writeCustomers); }, receiver, std::move(done));
}

void ImportExportService::exportHistory(const QString& path, QObject* receiver, std::function<void(Result<qint64>)> done)
{
    m_writer.post<Result<qint64>>(
        [path](Database& db) { return writeFile(path, db, &CustomerExport::writeHistory); }, receiver, std::move(done));
}
