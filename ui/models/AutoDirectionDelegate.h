#pragma once

#include <QStyledItemDelegate>

/// Lays out each cell's text in the direction of its content (an Urdu name stays right-to-left in
/// an English table, a Latin e-mail address left-to-right in an Urdu one). Cells without strongly
/// directional characters (digits, dates) keep the view's direction.
class AutoDirectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoDirectionDelegate)

public:
    explicit AutoDirectionDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
