#pragma once

#include "common/Error.h"
#include "common/Log.h"
#include "services/ReadGeneration.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
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
    /// A page was asked for and has not arrived yet.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    /// A page could not be read; `message` is translated and complete.
    void loadFailed(const QString& message);
    /// A page was asked for (true) or has arrived or failed (false).
    void loadingChanged(bool loading);
    /// A page of the current query arrived (possibly empty) and its rows, if any, are in.
    void pageLoaded();

protected:
    void setLoading(bool loading);

private:
    bool m_loading = false;
};

/// A table over rows that storage hands out one keyset page at a time (STYLE §4): the view's
/// fetchMore() asks a service for the page after the last row's cursor, read on a worker; the page
/// comes back through the event loop tagged with the query's generation, and a page of an older
/// query is dropped. A new query resets everything and advances the generation.
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
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_atEnd && !isLoading();
    }

    void fetchMore(const QModelIndex& parent) override
    {
        // m_changing: a fetchMore() from a slot connected to our own signals waits for the change to end.
        if (parent.isValid() || m_atEnd || m_changing || isLoading())
            return;
        const ReadGeneration::Tag tag = m_generation.current();
        setLoading(true);
        requestPage(m_cursor, PageSize, tag,
            [this, generation = tag.generation](Result<Page> page) { receivePage(generation, std::move(page)); });
    }

    /// A page read for `generation`; ignored unless that is still the current query.
    void receivePage(quint64 generation, Result<Page> page)
    {
        if (!m_generation.isCurrent(generation))
            return;
        setLoading(false);
        if (!page) {
            m_atEnd = true;
            qCWarning(lcUi) << metaObject()->className() << "page failed:" << page.error().detail;
            Q_EMIT loadFailed(page.error().message);
            return;
        }
        Page& result = page.value();
        m_cursor = result.next;
        m_atEnd = !result.next.has_value();
        if (!result.rows.isEmpty()) {
            const int first = rowCount();
            m_changing = true;
            beginInsertRows({}, first, first + static_cast<int>(result.rows.size()) - 1);
            m_rows.append(result.rows);
            endInsertRows();
            m_changing = false;
        }
        Q_EMIT pageLoaded();
    }

protected:
    /// Asks for the page after `after` (from the start when empty), at most `limit` rows, tagged with
    /// `tag`; `done` must be called later, through the event loop, never from within this call.
    virtual void requestPage(const std::optional<Cursor>& after, int limit, const ReadGeneration::Tag& tag,
        std::function<void(Result<Page>)> done) = 0;

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
        // Whatever is still on its way belongs to the old query.
        m_generation.advance();
        setLoading(false);
        m_changing = true;
        endResetModel();
        m_changing = false;
        fetchMore({});
    }

    const QList<Row>& rows() const { return m_rows; }

private:
    const int m_columnCount;
    ReadGeneration m_generation;
    QList<Row> m_rows;
    std::optional<Cursor> m_cursor;
    bool m_changing = false;
    bool m_atEnd = true;
};
