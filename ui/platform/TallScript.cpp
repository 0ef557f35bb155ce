#include "platform/TallScript.h"

#include "platform/LanguageSwitcher.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOptionMenuItem>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// What an agent types into a field most often: ordinary words, with the usual rise of ک and گ.
const char16_t* const TypedSample = u"گاہک کی درخواست";
constexpr const char* MarginProperty = "cordialTallScriptMargins";

/// Extra height for one centred line of `text`: the larger overrun, above or below, on both sides.
int extraHeight(const QFont& font, const QString& text)
{
    const QMargins over = TallScript::overrun(font, text);
    return 2 * std::max(over.top(), over.bottom());
}

QString textOf(const QStyleOption* option)
{
    if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option))
        return button->text;
    if (const auto* tool = qstyleoption_cast<const QStyleOptionToolButton*>(option))
        return tool->text;
    if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option))
        return item->menuItemType == QStyleOptionMenuItem::Separator ? QString() : item->text.section(u'\t', 0, 0);
    if (const auto* tab = qstyleoption_cast<const QStyleOptionTab*>(option))
        return tab->text;
    if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option))
        return header->text;
    if (const auto* combo = qstyleoption_cast<const QStyleOptionComboBox*>(option))
        return combo->currentText;
    if (const auto* view = qstyleoption_cast<const QStyleOptionViewItem*>(option))
        return view->text;
    return {};
}

class TallScriptStyle final : public QProxyStyle
{
public:
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override
    {
        QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
        const QFont font = widget ? widget->font() : QApplication::font();
        switch (type) {
        case CT_PushButton:
        case CT_ToolButton:
        case CT_CheckBox:
        case CT_RadioButton:
        case CT_ComboBox:
        case CT_MenuItem:
        case CT_MenuBarItem:
        case CT_TabBarTab:
        case CT_HeaderSection:
        case CT_ItemViewItem:
            result.rheight() += extraHeight(font, textOf(option));
            break;
        case CT_LineEdit: {
            // Whatever will be typed: the field's text and hint, and ordinary words.
            QString text = QString::fromUtf16(TypedSample);
            if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
                text += u' ' + edit->text() + u' ' + edit->placeholderText();
            result.rheight() += extraHeight(font, text);
            break;
        }
        default:
            break;
        }
        return result;
    }
};

/// Gives labels their text's overrun as margins, replacing what it gave them before: when polished, when
/// their font changes, and after a paint that shows a text that needs other margins.
class LabelRoom final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (type == QEvent::Polish || type == QEvent::FontChange || type == QEvent::Paint) {
            if (auto* label = qobject_cast<QLabel*>(watched)) {
                if (type == QEvent::Paint) {
                    if (wanted(label) != given(label)) // margins change the layout: not while painting
                        QTimer::singleShot(0, label, [label] { fit(label); });
                } else {
                    fit(label);
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static QMargins given(const QLabel* label) { return label->property(MarginProperty).value<QMargins>(); }

    static QMargins wanted(const QLabel* label)
    {
        // A label of fixed size (a badge) is sized by its owner from the ink already.
        if (label->text().isEmpty() || label->textFormat() == Qt::RichText
            || label->minimumSize() == label->maximumSize())
            return {};
        const QMargins over = TallScript::overrun(label->font(), QString(label->text()).replace(u'\n', u' '));
        // The line box fills the contents when the label is as tall as its size hint, and stays centred
        // in a taller one: the room above and below may differ. Sideways, the text may sit at either
        // end (alignment, direction): the larger overrun on both sides.
        const int side = std::max(over.left(), over.right());
        return {side, over.top(), side, over.bottom()};
    }

    static void fit(QLabel* label)
    {
        const QMargins before = given(label);
        const QMargins after = wanted(label);
        if (before == after)
            return;
        const QMargins margins = label->contentsMargins() - before + after;
        label->setProperty(MarginProperty, QVariant::fromValue(after));
        label->setContentsMargins(QMargins(std::max(0, margins.left()), std::max(0, margins.top()),
                                           std::max(0, margins.right()), std::max(0, margins.bottom())));
    }
};

} // namespace

void TallScript::install()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    QApplication::setStyle(new TallScriptStyle);
    qApp->installEventFilter(new LabelRoom(qApp));
}

QMargins TallScript::overrun(const QFont& font, const QString& text)
{
    if (text.isEmpty() || !LanguageSwitcher::usesNastaliq(QLocale().name()))
        return {};
    static QHash<QString, QMargins> cache;
    const QString key = font.key() + u'\n' + text;
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    const QFontMetrics metrics(font);
    QString plain = text;
    plain.remove(u'&');
    const QRect ink = metrics.tightBoundingRect(plain);
    // A pixel more wherever the ink reaches out, for its antialiased edge.
    const auto room = [](int pixels) { return pixels > 0 ? pixels + 1 : 0; };
    const QMargins result(room(-ink.left()), room(-ink.top() - metrics.ascent()),
                          room(ink.right() + 1 - metrics.horizontalAdvance(plain)), room(ink.bottom() - metrics.descent()));
    if (cache.size() > 4096)
        cache.clear();
    cache.insert(key, result);
    return result;
}
