#pragma once

#include "services/ImportExportService.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QWidget;

/// File ▸ Import customers…: choose a CSV file, see how it is read (encoding, delimiter, which column
/// fills which field, columns not imported, the first rows, every refused row with its line and
/// reason), choose to import the good rows or none, follow the progress (Cancel leaves the database as
/// it was) and read what happened. All reading and writing runs on the service's worker.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(ImportExportService& service, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Reads `path` for the preview (what "Choose file…" does after the file dialog).
    void openFile(const QString& path, const QString& encoding = {});

Q_SIGNALS:
    /// The preview or the import finished (tests wait on it).
    void settled();

protected:
    void reject() override;

private:
    void chooseFile();
    void showPreview(const ImportPreview& preview);
    void showFailure(const Error& error);
    void startImport();
    void showResult(const ImportSummary& summary);
    void setBusy(bool busy);

    ImportExportService& m_service;
    QString m_path;
    QString m_encoding;
    bool m_busy = false;
    bool m_importing = false;
    QLineEdit* m_fileLineEdit;
    QPushButton* m_chooseButton;
    QLabel* m_formatLabel;
    QWidget* m_encodingRow;
    QLabel* m_encodingLabel;
    QComboBox* m_encodingComboBox;
    QPushButton* m_readAsButton;
    QLabel* m_unknownLabel;
    QTableWidget* m_previewTable;
    QTableWidget* m_rejectedTable;
    QLabel* m_countsLabel;
    QRadioButton* m_goodRowsRadioButton;
    QRadioButton* m_noneRadioButton;
    QProgressBar* m_progressBar;
    QLabel* m_resultLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
};
