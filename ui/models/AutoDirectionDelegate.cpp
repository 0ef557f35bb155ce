#include "models/AutoDirectionDelegate.h"

#include "i18n/BidiText.h"

#include <QHeaderView>
#include <QTableView>

AutoDirectionDelegate::AutoDirectionDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void AutoDirectionDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->features.testFlag(QStyleOptionViewItem::HasDisplay))
        option->direction = BidiText::directionOf(option->text, option->direction);
}

void AutoDirectionDelegate::setUpRecordTable(QTableView* view)
{
    view->setItemDelegate(new AutoDirectionDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
}
