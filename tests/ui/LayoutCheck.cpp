#include "LayoutCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QTextEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LayoutCheck {

namespace {

/// Fewer characters than this in a one-line field and a typical entry no longer shows whole.
constexpr int MinimumFieldCharacters = 14;
/// Rounding: a pixel of a frame or of a letter's antialiased edge is not a cut.
constexpr int Slack = 1;

QString sizeText(const QSize& size)
{
    return u"%1x%2"_s.arg(size.width()).arg(size.height());
}

QString visibleText(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text();
    if (const auto* box = qobject_cast<const QGroupBox*>(widget))
        return box->title();
    return {};
}

/// Text as drawn: without the mnemonic marker, without markup.
QString plain(QString text)
{
    if (text.contains(u'<'))
        text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

bool isViewport(const QWidget* widget)
{
    const auto* area = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
    return area && area->viewport() == widget;
}

/// Parts of Qt's own compound widgets (a combo box's line edit, a tab bar's arrows, a table's
/// header and scroll bars): their owner is checked instead.
bool isInternal(const QWidget* widget)
{
    if (widget->objectName().startsWith(u"qt_"_s))
        return true;
    for (const QWidget* up = widget->parentWidget(); up && !up->isWindow(); up = up->parentWidget()) {
        if (qobject_cast<const QComboBox*>(up) || qobject_cast<const QAbstractSpinBox*>(up)
            || qobject_cast<const QTabBar*>(up) || qobject_cast<const QLineEdit*>(up)
            || qobject_cast<const QAbstractItemView*>(up) || qobject_cast<const QScrollBar*>(up))
            return true;
    }
    return false;
}

bool isChecked(const QWidget* widget)
{
    if (widget->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton*>(widget))
        return true;
    return !visibleText(widget).isEmpty();
}

/// The ink of one line of `text` in `font` drawn in a box of `height` pixels with `alignment`: its
/// top and bottom in the box's coordinates.
std::pair<int, int> inkSpan(const QFont& font, const QString& text, int top, int height, Qt::Alignment alignment)
{
    const QFontMetrics metrics(font);
    int baseline = top + metrics.ascent();
    if (alignment & Qt::AlignBottom)
        baseline = top + height - metrics.descent();
    else if (!(alignment & Qt::AlignTop))
        baseline = top + (height - metrics.height()) / 2 + metrics.ascent();
    const QRect ink = metrics.tightBoundingRect(text);
    return {baseline + ink.top(), baseline + ink.bottom()};
}

/// Where the ink of a one-line label's text begins and ends, in the label's coordinates: letters such
/// as Nastaliq's may reach past the advance the layout reserves for them.
std::pair<int, int> inkExtent(const QLabel* label)
{
    const QString text = plain(label->text());
    const QFontMetrics metrics(label->font());
    const Qt::Alignment alignment = QStyle::visualAlignment(label->layoutDirection(), label->alignment());
    const QRect laid = metrics.boundingRect(label->contentsRect(), int(alignment | Qt::TextSingleLine), text);
    const QRect ink = metrics.tightBoundingRect(text);
    return {laid.left() + std::min(0, ink.left()), laid.left() + std::max(laid.width(), ink.right() + 1)};
}

void checkGeometry(const QWidget* widget, QStringList& out)
{
    if (widget->width() <= 0 || widget->height() <= 0) {
        out << u"%1: squeezed to %2"_s.arg(describe(widget), sizeText(widget->size()));
        return;
    }
    for (const QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
        const QRect inUp(widget->mapTo(up, QPoint(0, 0)), widget->size());
        if (isViewport(up)) {
            // Scrolled content may leave the viewport at the top or bottom; never at the sides.
            if (inUp.left() < -Slack || inUp.right() > up->width() - 1 + Slack)
                out << u"%1: cut at the side of its scroll area (%2 of %3 wide)"_s.arg(
                    describe(widget), QString::number(inUp.intersected(up->rect()).width()),
                    QString::number(widget->width()));
            return;
        }
        if (!up->rect().adjusted(-Slack, -Slack, Slack, Slack).contains(inUp)) {
            out << u"%1: %2 of %3 visible inside %4"_s.arg(describe(widget),
                sizeText(inUp.intersected(up->rect()).size()), sizeText(widget->size()), describe(up));
            return;
        }
        if (up->isWindow())
            return;
    }
}

void checkLabel(const QLabel* label, QStringList& out)
{
    if (label->text().isEmpty())
        return;
    if (label->wordWrap() || label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height())
            out << u"%1: its text needs %2 px of height, has %3"_s.arg(
                describe(label), QString::number(needed), QString::number(label->height()));
        return;
    }
    const QSize hint = label->sizeHint();
    if (hint.width() > label->width())
        out << u"%1: its text needs %2 px of width, has %3"_s.arg(
            describe(label), QString::number(hint.width()), QString::number(label->width()));
    const QRect room = label->contentsRect();
    const auto [top, bottom] = inkSpan(label->font(), plain(label->text()), room.top(), room.height(), label->alignment());
    if (top < -Slack || bottom > label->height() + Slack)
        out << u"%1: its letters reach %2..%3, the label is %4 px tall"_s.arg(
            describe(label), QString::number(top), QString::number(bottom), QString::number(label->height()));
    const auto [left, right] = inkExtent(label);
    if (left < -Slack || right > label->width() + Slack)
        out << u"%1: its letters reach %2..%3, the label is %4 px wide"_s.arg(
            describe(label), QString::number(left), QString::number(right), QString::number(label->width()));
}

void checkButton(const QAbstractButton* button, QStringList& out)
{
    const QSize hint = button->sizeHint();
    if (hint.width() > button->width() || hint.height() > button->height())
        out << u"%1: needs %2, has %3"_s.arg(describe(button), sizeText(hint), sizeText(button->size()));
    const QString text = plain(button->text());
    if (text.isEmpty())
        return;
    const auto [top, bottom] = inkSpan(button->font(), text, 0, button->height(), Qt::AlignVCenter);
    if (top < -Slack || bottom > button->height() + Slack)
        out << u"%1: its letters reach %2..%3, the button is %4 px tall"_s.arg(
            describe(button), QString::number(top), QString::number(bottom), QString::number(button->height()));
}

void checkField(const QWidget* field, const QString& text, QStringList& out)
{
    const QFontMetrics metrics(field->font());
    if (const auto* combo = qobject_cast<const QComboBox*>(field)) {
        if (combo->minimumSizeHint().width() > combo->width())
            out << u"%1: %2 px wide, needs %3"_s.arg(describe(combo), QString::number(combo->width()),
                QString::number(combo->minimumSizeHint().width()));
    } else if (field->width() < metrics.averageCharWidth() * MinimumFieldCharacters)
        out << u"%1: %2 px wide, room for fewer than %3 characters"_s.arg(
            describe(field), QString::number(field->width()), QString::number(MinimumFieldCharacters));
    if (field->minimumSizeHint().height() > field->height())
        out << u"%1: %2 px tall, needs %3"_s.arg(
            describe(field), QString::number(field->height()), QString::number(field->minimumSizeHint().height()));
    if (!text.isEmpty()) {
        const auto [top, bottom] = inkSpan(field->font(), text, 0, field->height(), Qt::AlignVCenter);
        if (top < -Slack || bottom > field->height() + Slack)
            out << u"%1: its letters reach %2..%3, the field is %4 px tall"_s.arg(
                describe(field), QString::number(top), QString::number(bottom), QString::number(field->height()));
    }
}

void checkTextArea(const QAbstractScrollArea* area, QStringList& out)
{
    const int twoLines = QFontMetrics(area->font()).lineSpacing() * 2;
    if (area->viewport()->height() < twoLines)
        out << u"%1: shows less than two lines (%2 px)"_s.arg(describe(area), QString::number(area->viewport()->height()));
}

void checkTabs(const QTabBar* bar, QStringList& out)
{
    for (int i = 0; i < bar->count(); ++i) {
        const QRect tab = bar->tabRect(i);
        const QString text = plain(bar->tabText(i));
        if (!bar->rect().contains(tab))
            out << u"%1: tab “%2” out of view"_s.arg(describe(bar), text);
        else if (QFontMetrics(bar->font()).horizontalAdvance(text) > tab.width())
            out << u"%1: tab “%2” narrower than its title"_s.arg(describe(bar), text);
    }
}

void checkColumns(const QAbstractItemView* view, const QHeaderView* header, QStringList& out)
{
    if (!header->isVisible() || !view->model())
        return;
    const QFontMetrics metrics(header->font());
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        const int start = header->sectionViewportPosition(column);
        const int size = header->sectionSize(column);
        if (start < 0 || start + size > view->viewport()->width() + 1)
            out << u"%1: column “%2” out of view (%3..%4 of %5)"_s.arg(describe(view), title, QString::number(start),
                QString::number(start + size), QString::number(view->viewport()->width()));
        else if (size < metrics.horizontalAdvance(title) + 8)
            out << u"%1: column “%2” %3 px, narrower than its title"_s.arg(describe(view), title, QString::number(size));
    }
}

void checkNestedScrolling(const QAbstractScrollArea* area, QStringList& out)
{
    if (!area->verticalScrollBar()->isVisible())
        return;
    for (const QWidget* up = area->parentWidget(); up; up = up->parentWidget()) {
        const auto* outer = qobject_cast<const QAbstractScrollArea*>(up);
        if (outer && outer->verticalScrollBar()->isVisible()) {
            out << u"%1: scrolls inside %2, which scrolls too"_s.arg(describe(area), describe(outer));
            return;
        }
    }
}

void checkMenuBar(const QMenuBar* bar, QStringList& out)
{
    for (QAction* action : bar->actions()) {
        if (action->isVisible() && !bar->rect().contains(bar->actionGeometry(action)))
            out << u"%1: menu “%2” out of view"_s.arg(describe(bar), plain(action->text()));
    }
    const auto* more = bar->findChild<QWidget*>(u"qt_menubar_ext_button"_s);
    if (more && more->isVisible())
        out << u"%1: some menus are behind the » button"_s.arg(describe(bar));
}

} // namespace

QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* up = widget->parentWidget(); up && !up->isWindow(); up = up->parentWidget()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(u"qt_"_s))
            path.prepend(up->objectName());
    }
    QString own = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                 : widget->objectName();
    const QString text = plain(visibleText(widget)).simplified();
    if (!text.isEmpty())
        own += u" “%1”"_s.arg(text.left(40));
    path << own;
    return path.join(u" > "_s);
}

QStringList problems(const QWidget* window)
{
    QStringList out;
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        if (const auto* bar = qobject_cast<const QMenuBar*>(widget))
            checkMenuBar(bar, out);
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(widget))
            checkNestedScrolling(area, out);
        if (const auto* table = qobject_cast<const QTableView*>(widget))
            checkColumns(table, table->horizontalHeader(), out);
        if (const auto* tree = qobject_cast<const QTreeView*>(widget))
            checkColumns(tree, tree->header(), out);
        if (const auto* tabs = qobject_cast<const QTabBar*>(widget))
            checkTabs(tabs, out);
        if (isInternal(widget) || !isChecked(widget))
            continue;
        checkGeometry(widget, out);
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            checkLabel(label, out);
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            checkButton(button, out);
        else if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            checkField(edit, edit->text().isEmpty() ? edit->placeholderText() : edit->text(), out);
        else if (const auto* combo = qobject_cast<const QComboBox*>(widget))
            checkField(combo, combo->currentText(), out);
        else if (qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget))
            checkTextArea(static_cast<const QAbstractScrollArea*>(widget), out);
    }
    out.removeDuplicates();
    return out;
}

QStringList marginProblems(const QWidget* window, int minimum)
{
    QStringList out;
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow() || isInternal(widget) || !isChecked(widget))
            continue;
        const QPoint origin = widget->mapTo(window, QPoint(0, 0));
        int left = origin.x();
        int right = origin.x() + widget->width();
        if (const auto* label = qobject_cast<const QLabel*>(widget); label && !label->wordWrap()
            && !label->text().isEmpty() && label->textFormat() != Qt::RichText) {
            const auto [inkLeft, inkRight] = inkExtent(label);
            left = origin.x() + inkLeft;
            right = origin.x() + inkRight;
        }
        if (left < minimum || right > window->width() - minimum)
            out << u"%1: %2 px from the edge of the window"_s.arg(
                describe(widget), QString::number(std::min(left, window->width() - right)));
    }
    return out;
}

QStringList notInView(const QList<const QWidget*>& widgets)
{
    QStringList out;
    for (const QWidget* widget : widgets) {
        if (!widget || !widget->isVisible()) {
            out << (widget ? describe(widget) : u"(none)"_s) + u": not shown"_s;
            continue;
        }
        QRect visible = widget->rect();
        for (const QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
            const QPoint offset = widget->mapTo(up, QPoint(0, 0));
            visible = visible.translated(offset).intersected(up->rect()).translated(-offset);
            if (up->isWindow())
                break;
        }
        if (visible != widget->rect())
            out << u"%1: %2 of %3 in view"_s.arg(describe(widget), sizeText(visible.size()), sizeText(widget->size()));
    }
    return out;
}

QStringList menuProblems(const QMenu* menu)
{
    QStringList out;
    const QFontMetrics metrics(menu->font());
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QRect entry = menu->actionGeometry(action);
        const QString text = plain(action->text());
        const QString name = u"%1 > “%2”"_s.arg(describe(menu), text);
        // Rounding of fractional (Nastaliq) text widths can make an entry one pixel wider than the menu;
        // whether its text fits is checked below. More than that is a clipped entry.
        if (!menu->rect().adjusted(-1, 0, 1, 0).contains(entry)) {
            out << name + u": out of the menu"_s;
            continue;
        }
        if (metrics.horizontalAdvance(text) > entry.width())
            out << name + u": wider than its entry"_s;
        const auto [top, bottom] = inkSpan(menu->font(), text, entry.top(), entry.height(), Qt::AlignVCenter);
        if (top < entry.top() - Slack || bottom > entry.bottom() + Slack)
            out << u"%1: its letters reach %2..%3 of its entry's %4..%5"_s.arg(name, QString::number(top),
                QString::number(bottom), QString::number(entry.top()), QString::number(entry.bottom()));
    }
    return out;
}

} // namespace LayoutCheck
