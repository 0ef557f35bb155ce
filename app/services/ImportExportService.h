#pragma once

#include "common/Error.h"
#include "services/CustomerImport.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class Clock;
class DatabaseWorker;

/// What the import dialog shows before anything is stored: the file as read and a dry run of every row.
struct ImportPreview
{
    ImportFile file; ///< without its text
    QList<ImportRowReport> firstRows; ///< the first rows as they would be stored
    ImportSummary dryRun;
};

/// Import and export for the window, on the writer's worker (never on the GUI thread): a preview (a dry
/// run), the import itself in one transaction with progress and cancel, and the two exports.
class ImportExportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportExportService)

public:
    /// Rows the preview keeps for display.
    static constexpr int PreviewRows = 50;

    ImportExportService(DatabaseWorker& writer, const Clock& clock, QString defaultRegion, QObject* parent = nullptr);
    /// Cancels a running import: its transaction is rolled back, and no progress is reported after.
    ~ImportExportService() override;

    void preview(const QString& path, const QString& encoding, QObject* receiver,
        std::function<void(Result<ImportPreview>)> done);
    void import(const QString& path, ImportOptions options, QObject* receiver,
        std::function<void(Result<ImportSummary>)> done);
    /// Stops the running preview or import; an import then leaves the database as it was.
    void cancel();
    void exportCustomers(const QString& path, QObject* receiver, std::function<void(Result<qint64>)> done);
    void exportHistory(const QString& path, QObject* receiver, std::function<void(Result<qint64>)> done);

Q_SIGNALS:
    /// Share of the file read, 0–100 (from the worker, delivered queued).
    void progressed(int percent);

private:
    CustomerImport::Callbacks callbacks();

    DatabaseWorker& m_writer;
    const Clock& m_clock;
    QString m_defaultRegion;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
