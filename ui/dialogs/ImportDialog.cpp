#include "dialogs/ImportDialog.h"

#include "i18n/BidiText.h"
#include "platform/DialogWindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString valueOf(const Customer& c, ImportField field)
{
    switch (field) {
    case ImportField::Salutation: return c.salutation;
    case ImportField::GivenName: return c.givenName;
    case ImportField::FamilyName: return c.familyName;
    case ImportField::Phone: return BidiText::leftToRight(c.phone);
    case ImportField::OtherPhones: return BidiText::leftToRight(c.otherPhones.join(u", "_s));
    case ImportField::Email: return c.email;
    case ImportField::Address: return c.address;
    case ImportField::Country: return c.country;
    case ImportField::PreferredLanguage: return c.preferredLanguage;
    case ImportField::Tags: return c.tags.join(u", "_s);
    case ImportField::Unknown: break;
    }
    return {};
}
} // namespace

ImportDialog::ImportDialog(ImportExportService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    DialogWindow::setUp(this);
    setWindowTitle(tr("Import customers"));
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_fileLineEdit = new QLineEdit(this);
    m_fileLineEdit->setObjectName(u"fileLineEdit"_s);
    m_fileLineEdit->setReadOnly(true);
    m_fileLineEdit->setAccessibleName(tr("File to import"));
    m_chooseButton = new QPushButton(tr("Choose file…"), this);
    m_chooseButton->setObjectName(u"chooseButton"_s);
    fileRow->addWidget(m_fileLineEdit, 1);
    fileRow->addWidget(m_chooseButton);
    layout->addLayout(fileRow);

    m_formatLabel = new QLabel(this);
    m_formatLabel->setObjectName(u"formatLabel"_s);
    m_formatLabel->setWordWrap(true);
    layout->addWidget(m_formatLabel);

    m_encodingRow = new QWidget(this);
    auto* encodingLayout = new QHBoxLayout(m_encodingRow);
    encodingLayout->setContentsMargins(0, 0, 0, 0);
    m_encodingLabel = new QLabel(m_encodingRow);
    m_encodingLabel->setWordWrap(true);
    m_encodingComboBox = new QComboBox(m_encodingRow);
    m_encodingComboBox->setObjectName(u"encodingComboBox"_s);
    m_encodingComboBox->setAccessibleName(tr("Encoding of the file"));
    m_readAsButton = new QPushButton(tr("Read with this encoding"), m_encodingRow);
    m_readAsButton->setObjectName(u"readAsButton"_s);
    encodingLayout->addWidget(m_encodingLabel, 1);
    encodingLayout->addWidget(m_encodingComboBox);
    encodingLayout->addWidget(m_readAsButton);
    m_encodingRow->hide();
    layout->addWidget(m_encodingRow);

    m_unknownLabel = new QLabel(this);
    m_unknownLabel->setObjectName(u"unknownLabel"_s);
    m_unknownLabel->setWordWrap(true);
    layout->addWidget(m_unknownLabel);

    m_previewTable = new QTableWidget(this);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_previewTable->setAccessibleName(tr("First rows, as they will be stored"));
    m_previewTable->verticalHeader()->setVisible(true);
    layout->addWidget(m_previewTable, 3);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setWordWrap(true);
    layout->addWidget(m_countsLabel);

    m_rejectedTable = new QTableWidget(0, 2, this);
    m_rejectedTable->setObjectName(u"rejectedTable"_s);
    m_rejectedTable->setAccessibleName(tr("Rows that cannot be imported"));
    m_rejectedTable->setHorizontalHeaderLabels({ tr("Line"), tr("Reason") });
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectedTable->verticalHeader()->setVisible(false);
    layout->addWidget(m_rejectedTable, 2);

    auto* choice = new QHBoxLayout;
    m_goodRowsRadioButton = new QRadioButton(tr("Import the good rows"), this);
    m_goodRowsRadioButton->setObjectName(u"goodRowsRadioButton"_s);
    m_goodRowsRadioButton->setChecked(true);
    m_noneRadioButton = new QRadioButton(tr("Import nothing if any row is refused"), this);
    m_noneRadioButton->setObjectName(u"noneRadioButton"_s);
    choice->addWidget(m_goodRowsRadioButton);
    choice->addWidget(m_noneRadioButton);
    choice->addStretch();
    layout->addLayout(choice);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setRange(0, 100);
    m_progressBar->setAccessibleName(tr("Progress"));
    m_progressBar->hide();
    layout->addWidget(m_progressBar);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"resultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_readAsButton, &QPushButton::clicked, this,
        [this] { openFile(m_path, m_encodingComboBox->currentText()); });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(&m_service, &ImportExportService::progressed, m_progressBar, &QProgressBar::setValue);
    setTabOrder(m_chooseButton, m_encodingComboBox);
    setTabOrder(m_encodingComboBox, m_readAsButton);
    setTabOrder(m_readAsButton, m_previewTable);
    setTabOrder(m_previewTable, m_rejectedTable);
    setTabOrder(m_rejectedTable, m_goodRowsRadioButton);
    setTabOrder(m_goodRowsRadioButton, m_noneRadioButton);
    resize(900, 600);
}

ImportDialog::~ImportDialog()
{
    if (m_busy)
        m_service.cancel();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import customers"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString& path, const QString& encoding)
{
    m_path = path;
    m_encoding = encoding;
    m_fileLineEdit->setText(QDir::toNativeSeparators(path));
    m_resultLabel->clear();
    m_formatLabel->setText(tr("Reading the file…"));
    setBusy(true);
    m_service.preview(path, encoding, this, [this](Result<ImportPreview> preview) {
        setBusy(false);
        if (preview)
            showPreview(preview.value());
        else
            showFailure(preview.error());
        Q_EMIT settled();
    });
}

void ImportDialog::showPreview(const ImportPreview& preview)
{
    const ImportFile& file = preview.file;
    m_encodingRow->setVisible(file.needsEncoding);
    if (file.needsEncoding) {
        m_formatLabel->clear();
        m_encodingLabel->setText(file.detected.isEmpty()
                ? tr("Line %1 is not UTF-8 text. Choose the encoding the file was saved in.").arg(file.firstInvalidLine)
                : tr("Line %1 is not UTF-8 text. It looks like %2: check the names in the preview after reading it.")
                      .arg(QString::number(file.firstInvalidLine), BidiText::leftToRight(file.detected)));
        m_encodingComboBox->clear();
        QStringList choices { u"windows-1252"_s, u"ISO-8859-1"_s, u"ISO-8859-15"_s };
        if (!file.detected.isEmpty()) {
            choices.removeAll(file.detected);
            choices.prepend(file.detected);
        }
        m_encodingComboBox->addItems(choices);
        m_previewTable->clear();
        m_previewTable->setRowCount(0);
        m_previewTable->setColumnCount(0);
        m_importButton->setEnabled(false);
        return;
    }
    const QString delimiter = file.delimiter == ';' ? tr("semicolon") : tr("comma");
    //: %1 is an encoding such as UTF-8, %2 the delimiter (comma or semicolon)
    m_formatLabel->setText(tr("Encoding: %1. Delimiter: %2.").arg(BidiText::leftToRight(file.encoding), delimiter));
    const QStringList unknown = file.columns.unknownColumns();
    m_unknownLabel->setText(unknown.isEmpty()
            ? tr("Every column is imported.")
            : tr("Columns not imported: %1").arg(BidiText::isolated(unknown.join(u", "_s))));

    const int columns = file.columns.columnCount();
    m_previewTable->clear();
    m_previewTable->setColumnCount(columns);
    m_previewTable->setRowCount(static_cast<int>(preview.firstRows.size()));
    QStringList headers;
    for (int i = 0; i < columns; ++i) {
        //: Preview column header: the file's column name, then the customer field it fills
        headers << tr("%1\n→ %2").arg(BidiText::isolated(file.columns.header(i)),
            ImportColumns::displayName(file.columns.field(i)));
    }
    m_previewTable->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (int row = 0; row < preview.firstRows.size(); ++row) {
        const ImportRowReport& report = preview.firstRows.at(row);
        lines << QString::number(report.line);
        for (int i = 0; i < columns; ++i) {
            const QString text = report.outcome == ImportRowReport::Outcome::Rejected
                ? (i == 0 ? report.issue.reason : QString())
                : valueOf(report.customer, file.columns.field(i));
            m_previewTable->setItem(row, i, cell(text));
        }
    }
    m_previewTable->setVerticalHeaderLabels(lines);
    m_previewTable->resizeColumnsToContents();

    const ImportSummary& s = preview.dryRun;
    m_rejectedTable->setRowCount(static_cast<int>(s.rejections.size()));
    for (int row = 0; row < s.rejections.size(); ++row) {
        m_rejectedTable->setItem(row, 0, cell(QString::number(s.rejections.at(row).problemLine)));
        m_rejectedTable->setItem(row, 1, cell(s.rejections.at(row).reason));
    }
    m_rejectedTable->setVisible(!s.rejections.isEmpty());
    //: %1, %2 and %3 are sentences with counts ("12 customers ready to import")
    m_countsLabel->setText(tr("%1 %2 %3").arg(tr("%n customer(s) ready to import.", nullptr, s.imported),
        tr("%n duplicate(s) will be skipped.", nullptr, s.duplicates),
        tr("%n row(s) cannot be imported.", nullptr, s.rejected)));
    m_importButton->setEnabled(s.imported > 0);
}

void ImportDialog::showFailure(const Error& error)
{
    m_formatLabel->setText(error.message);
    m_importButton->setEnabled(false);
}

void ImportDialog::startImport()
{
    ImportOptions options;
    options.encoding = m_encoding;
    options.allOrNothing = m_noneRadioButton->isChecked();
    m_importing = true;
    m_progressBar->setValue(0);
    m_progressBar->show();
    setBusy(true);
    m_service.import(m_path, options, this, [this](Result<ImportSummary> summary) {
        m_importing = false;
        setBusy(false);
        m_progressBar->hide();
        if (summary)
            showResult(summary.value());
        else
            m_resultLabel->setText(tr("Nothing was imported: %1").arg(summary.error().message));
        Q_EMIT settled();
    });
}

void ImportDialog::showResult(const ImportSummary& s)
{
    m_importButton->setEnabled(false);
    if (s.cancelled) {
        m_resultLabel->setText(tr("The import was cancelled; the customers are as they were before."));
        return;
    }
    if (!s.written) {
        m_resultLabel->setText(
            tr("Nothing was imported: %n row(s) cannot be imported, and you chose to import nothing then.", nullptr,
                s.rejected));
        return;
    }
    m_resultLabel->setText(tr("%1 %2 %3").arg(tr("%n customer(s) imported.", nullptr, s.imported),
        tr("%n duplicate(s) skipped.", nullptr, s.duplicates), tr("%n row(s) not imported.", nullptr, s.rejected)));
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_chooseButton->setEnabled(!busy);
    m_readAsButton->setEnabled(!busy);
    m_goodRowsRadioButton->setEnabled(!busy);
    m_noneRadioButton->setEnabled(!busy);
    if (busy)
        m_importButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(busy ? tr("Cancel") : tr("Close"));
}

void ImportDialog::reject()
{
    if (m_busy) {
        m_service.cancel(); // the worker rolls back; the answer arrives as "cancelled"
        return;
    }
    QDialog::reject();
}
