// The yardstick for cold start: a bare Qt Widgets window with a 50-row table, no database, no translations.
// With CORDIAL_STARTUP_PROBE=1 it prints "startup-painted" when the rows are painted, as cordial does.
#include "platform/StartupProbe.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(50, 4);
    for (int row = 0; row < 50; ++row) {
        for (int column = 0; column < 4; ++column)
            model.setItem(row, column, new QStandardItem(u"Row %1, column %2"_s.arg(row).arg(column)));
    }
    auto* view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1366, 768);
    StartupProbe::installIfRequested(view);
    window.show();
    return QApplication::exec();
}
