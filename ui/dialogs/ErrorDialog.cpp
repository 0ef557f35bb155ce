#include "dialogs/ErrorDialog.h"

std::unique_ptr<QMessageBox> ErrorDialog::create(
    QWidget* parent, const QString& title, const Error& error, QMessageBox::Icon icon)
{
    auto box = std::make_unique<QMessageBox>(icon, title, error.message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setTextFormat(Qt::PlainText);
    // A driver's text is for whoever fixes the database: kept whole (tabs and line breaks of libpq
    // included) but out of the sentence the agent reads.
    if (!error.detail.trimmed().isEmpty())
        box->setDetailedText(error.detail.trimmed());
    return box;
}

void ErrorDialog::exec(QWidget* parent, const QString& title, const Error& error, QMessageBox::Icon icon)
{
    create(parent, title, error, icon)->exec();
}
