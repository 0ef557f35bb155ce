#include "models/AutoDirectionDelegate.h"

#include "models/BidiText.h"

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
