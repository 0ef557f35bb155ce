#include "platform/ActionIcons.h"

#include "platform/Theme.h"

#include <QAction>
#include <QBuffer>
#include <QEvent>
#include <QFile>
#include <QPalette>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    ActionIcons::Id id;
    const char* themeName;
    const char* file;
    bool directional;
};

constexpr Entry Entries[] = {
    {ActionIcons::Id::NewCall, "list-add", "call-new", false},
    {ActionIcons::Id::Answer, "call-start", "call-start", false},
    {ActionIcons::Id::Hold, "media-playback-pause", "call-hold", false},
    {ActionIcons::Id::Resume, "media-playback-start", "call-resume", false}, // media controls never mirror
    {ActionIcons::Id::Transfer, "go-jump", "call-transfer", false},
    {ActionIcons::Id::Abusive, "dialog-warning", "call-abusive", false},
    {ActionIcons::Id::WrapUp, "call-stop", "call-end", false},
    {ActionIcons::Id::Close, "document-save", "call-close", false},
    {ActionIcons::Id::NextStep, "object-select", "step-next", false},
    {ActionIcons::Id::SkipStep, "media-skip-forward", "step-skip", true},
    {ActionIcons::Id::Find, "edit-find", "edit-find", false},
};

const Entry& entryOf(ActionIcons::Id id)
{
    for (const Entry& entry : Entries) {
        if (entry.id == id)
            return entry;
    }
    return Entries[0];
}

/// Answering is the go-ahead, ending the conversation the stop, the abusive caller a caution: the
/// colours agents know from softphones. Everything else is drawn in the text colour.
QColor colourOf(ActionIcons::Id id, const QPalette& palette)
{
    switch (id) {
    case ActionIcons::Id::Answer:
        return Theme::color(Theme::Role::Success, palette);
    case ActionIcons::Id::WrapUp:
        return Theme::color(Theme::Role::Danger, palette);
    case ActionIcons::Id::Abusive:
        return Theme::color(Theme::Role::Warning, palette);
    case ActionIcons::Id::NewCall:
    case ActionIcons::Id::Hold:
    case ActionIcons::Id::Resume:
    case ActionIcons::Id::Transfer:
    case ActionIcons::Id::Close:
    case ActionIcons::Id::NextStep:
    case ActionIcons::Id::SkipStep:
    case ActionIcons::Id::Find:
        break;
    }
    return Theme::color(Theme::Role::Emphasis, palette);
}

/// Keeps a widget's actions' icons in step with its palette and layout direction.
class IconBinding final : public QObject
{
public:
    IconBinding(QWidget* owner, const QList<std::pair<QAction*, ActionIcons::Id>>& actions)
        : QObject(owner)
        , m_owner(owner)
    {
        for (const auto& [action, id] : actions)
            m_actions.append({QPointer<QAction>(action), id});
        owner->installEventFilter(this);
        refresh();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_owner
            && (Theme::isPaletteChange(event) || event->type() == QEvent::LayoutDirectionChange
                || event->type() == QEvent::ThemeChange))
            refresh();
        return QObject::eventFilter(watched, event);
    }

private:
    void refresh()
    {
        for (const auto& [action, id] : m_actions) {
            if (action)
                action->setIcon(ActionIcons::icon(id, m_owner->palette(), m_owner->layoutDirection()));
        }
    }

    QWidget* m_owner;
    QList<std::pair<QPointer<QAction>, ActionIcons::Id>> m_actions;
};

} // namespace

QString ActionIcons::themeName(Id id)
{
    return QString::fromLatin1(entryOf(id).themeName);
}

QIcon ActionIcons::bundled(Id id, const QPalette& palette, Qt::LayoutDirection direction)
{
    const Entry& entry = entryOf(id);
    QFile file(u":/actions/%1.svg"_s.arg(QString::fromLatin1(entry.file)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", colourOf(id, palette).name().toLatin1());
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size)); // drawn at each size, not scaled from one
        QImage image = reader.read();
        if (image.isNull())
            return {};
        if (entry.directional && direction == Qt::RightToLeft)
            image = image.mirrored(true, false);
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

QIcon ActionIcons::icon(Id id, const QPalette& palette, Qt::LayoutDirection direction)
{
    const QIcon themed = QIcon::fromTheme(themeName(id));
    return themed.isNull() ? bundled(id, palette, direction) : themed;
}

void ActionIcons::attach(QWidget* owner, const QList<std::pair<QAction*, Id>>& actions)
{
    new IconBinding(owner, actions);
}
