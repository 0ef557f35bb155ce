#pragma once

#include "common/Error.h"

#include <QMessageBox>

#include <memory>

/// How an Error reaches the agent in a dialog: its translated sentence as the text, and the technical
/// detail (a driver's message, libpq's multi-line text, a file error) only behind "Show Details...",
/// never in the sentence itself.
class ErrorDialog final
{
public:
    /// The message box for `error`, not shown yet; `title` is its window title.
    static std::unique_ptr<QMessageBox> create(QWidget* parent, const QString& title, const Error& error,
        QMessageBox::Icon icon = QMessageBox::Critical);
    /// Shows create()'s box and waits until the agent closes it.
    static void exec(QWidget* parent, const QString& title, const Error& error,
        QMessageBox::Icon icon = QMessageBox::Critical);
};
