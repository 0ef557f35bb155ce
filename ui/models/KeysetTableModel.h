#pragma once

#include "common/Error.h"
#include "common/Log.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <type_traits>
#include <utility>

/// The non-template part of the paged models: the signal and language refresh.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    using QAbstractTableModel::QAbstractTableModel;
    ~PagedTableModel() override;

    /// Headers and formatted cells changed with the interface language or locale.
    void retranslate();

Q_SIGNALS:
    /// A page could not be read; `message` is translated and complete.
    void loadFailed(const QString& message);
};

/// A table over rows that storage hands out one keyset page at a time (STYLE §4): the view's
/// fetchMore() asks for the page after the last row's cursor; a new query resets everything.
/// `Page` is a storage page type with `QList<Row> rows` and `std::optional<Cursor> next`.
template <typename Page>
class KeysetTableModel : public PagedTableModel
{
public:
    using Row = typename decltype(Page::rows)::value_type;
    using Cursor = typename std::remove_reference_t<decltype(*std::declval<Page>().next)>;
    static constexpr int PageSize = 200;

    KeysetTableModel(int columnCount, QObject* parent)
        : PagedTableModel(parent)
        , m_columnCount(columnCount)
    {
    }

    /// The row at `row`, or nullptr when out of range.
    const Row* rowAt(int row) const { return row < 0 || row >= m_rows.size() ? nullptr : &m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }
    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && !m_atEnd; }

    void fetchMore(const QModelIndex& parent) override
    {
        // m_changing: a fetchMore() from a slot connected to our own signals waits for the change to end.
        if (parent.isValid() || m_atEnd || m_changing)
            return;
        Result<Page> page = loadPage(m_cursor, PageSize);
        if (!page) {
            m_atEnd = true;
            qCWarning(lcUi) << metaObject()->className() << "page failed:" << page.error().detail;
            Q_EMIT loadFailed(page.error().message);
            return;
        }
        Page& result = page.value();
        m_cursor = result.next;
        m_atEnd = !result.next.has_value();
        if (result.rows.isEmpty())
            return;
        const int first = rowCount();
        m_changing = true;
        beginInsertRows({}, first, first + static_cast<int>(result.rows.size()) - 1);
        m_rows.append(result.rows);
        endInsertRows();
        m_changing = false;
    }

protected:
    /// Reads the page after `after` (from the start when empty); at most `limit` rows.
    virtual Result<Page> loadPage(const std::optional<Cursor>& after, int limit) = 0;

    /// A new query: drops every row, runs `changeQuery` inside the reset, then loads the first page
    /// unless `empty` says there is nothing to show.
    template <typename Change>
    void restart(Change&& changeQuery, bool empty = false)
    {
        beginResetModel();
        changeQuery();
        m_rows.clear();
        m_cursor.reset();
        m_atEnd = empty;
        m_changing = true;
        endResetModel();
        m_changing = false;
        fetchMore({});
    }

    const QList<Row>& rows() const { return m_rows; }

private:
    const int m_columnCount;
    QList<Row> m_rows;
    std::optional<Cursor> m_cursor;
    bool m_changing = false;
    bool m_atEnd = true;
};
