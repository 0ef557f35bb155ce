#include "windows/ImportExportFlow.h"

#include "dialogs/ImportDialog.h"
#include "i18n/BidiText.h"
#include "services/ImportExportService.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

ImportExportFlow::ImportExportFlow(ImportExportService& service, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{
}

void ImportExportFlow::importCustomers()
{
    ImportDialog dialog(m_service, m_window);
    dialog.exec();
}

void ImportExportFlow::exportCustomers()
{
    exportTo(false);
}

void ImportExportFlow::exportHistory()
{
    exportTo(true);
}

void ImportExportFlow::exportTo(bool history)
{
    const QString suggested = QDir::home().filePath(history ? u"cordial-history.csv"_s : u"cordial-customers.csv"_s);
    const QString path = QFileDialog::getSaveFileName(m_window,
        history ? tr("Export history") : tr("Export customers"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto done = [this, path, history](Result<qint64> count) {
        if (!count) {
            QMessageBox::warning(m_window, tr("Export failed"), count.error().message);
            return;
        }
        const QString file = BidiText::leftToRight(QDir::toNativeSeparators(path));
        QMessageBox::information(m_window, history ? tr("Export history") : tr("Export customers"),
            history ? tr("%n history entry(s) saved to %1.", nullptr, static_cast<int>(count.value())).arg(file)
                    : tr("%n customer(s) saved to %1.", nullptr, static_cast<int>(count.value())).arg(file));
    };
    if (history)
        m_service.exportHistory(path, this, done);
    else
        m_service.exportCustomers(path, this, done);
}
