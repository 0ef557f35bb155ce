#pragma once

#include <QIcon>
#include <QList>

#include <utility>

class QAction;
class QColor;
class QPalette;
class QWidget;

/// Icons of the main actions: the desktop theme's own (QIcon::fromTheme), else Cordial's line drawings
/// (resources/icons/actions/*.svg) in a colour of the palette (Theme), so they read on light, dark and
/// high-contrast desktops alike. Direction-bound drawings (skip ahead) are mirrored in right-to-left.
class ActionIcons final
{
public:
    enum class Id {
        NewCall,
        Answer,
        Hold,
        Resume,
        Transfer,
        Abusive,
        WrapUp, ///< ends the conversation: a hang-up handset
        Close,  ///< records the call's outcome
        NextStep,
        SkipStep,
        Find,
    };

    /// The freedesktop icon name asked of the desktop theme.
    static QString themeName(Id id);
    /// The bundled drawing, drawn in `palette`'s colour for the action; null without Qt's SVG plugin.
    static QIcon bundled(Id id, const QPalette& palette, Qt::LayoutDirection direction);
    /// The theme's icon when the desktop has one, the bundled drawing otherwise.
    static QIcon icon(Id id, const QPalette& palette, Qt::LayoutDirection direction);
    /// Gives each action its icon now and again whenever `owner`'s palette or direction changes.
    static void attach(QWidget* owner, const QList<std::pair<QAction*, Id>>& actions);
};
