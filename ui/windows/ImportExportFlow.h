#pragma once

#include <QCoreApplication>
#include <QObject>

class ImportExportService;
class QWidget;

/// File ▸ Import customers… and File ▸ Export customers… / history…: opens the import dialog, asks where
/// to save an export and says how it went. The work runs on the service's worker.
class ImportExportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportExportFlow)

public:
    ImportExportFlow(ImportExportService& service, QWidget* window);

    void importCustomers();
    void exportCustomers();
    void exportHistory();

private:
    void exportTo(bool history);

    ImportExportService& m_service;
    QWidget* m_window;
};
