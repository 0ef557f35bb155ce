#pragma once

#include <QStyledItemDelegate>

class QTableView;

/// Lays out each cell's text in the direction of its content (an Urdu name stays right-to-left in
/// an English table, a Latin e-mail address left-to-right in an Urdu one). Cells without strongly
/// directional characters (digits, dates) keep the view's direction.
class AutoDirectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoDirectionDelegate)

public:
    explicit AutoDirectionDelegate(QObject* parent = nullptr);

    /// Sets `view` up as a read-only list of records, as every table of the console is: this
    /// delegate, whole-row single selection, no editing, Tab leaves the table (arrows move in it),
    /// one line per row, no row numbers.
    static void setUpRecordTable(QTableView* view);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
