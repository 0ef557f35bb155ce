#include "platform/DialogWindow.h"

#include <QDialog>

Qt::WindowFlags DialogWindow::flags()
{
    // CustomizeWindowHint: only the hints listed, so the window manager offers no maximise either.
    return Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint | Qt::WindowSystemMenuHint
           | Qt::WindowCloseButtonHint;
}

void DialogWindow::setUp(QDialog* dialog)
{
    dialog->setWindowFlags(flags());
}
