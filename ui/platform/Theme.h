#pragma once

#include "domain/Call.h"

#include <QColor>
#include <QFont>
#include <QString>

#include <optional>

class QEvent;
class QPalette;
class QWidget;

/// Cordial's one theme: the semantic colours of the interface, derived from the current QPalette so
/// they read on a light desktop, a dark one and a high-contrast one. Text colours keep at least 4.5:1
/// against the window and the view backgrounds (WCAG AA): a seed colour is darkened on light palettes
/// and its lightness flipped, then raised, on dark ones; a high-contrast palette is used as it is.
/// Widgets never write colours: they ask for a look with apply(), which follows palette changes.
/// The visual hierarchy of the call console is here too: a few text types, each a size relative to the
/// font the widget inherits (never pixels, so Nastaliq and Telugu keep their room), set with setType().
class Theme final
{
public:
    /// Colours for text on the window (or a view's base) background.
    enum class Role {
        Danger,   ///< errors, the hold over a minute, overdue follow-ups
        Warning,  ///< cautions; the border of a callout
        Success,  ///< "all is well" status lines
        Hint,     ///< secondary text, still readable
        Emphasis, ///< the strongest text: the palette's own
    };

    /// What a widget looks like. Every look says something in words too: colour only adds.
    enum class Look {
        Plain,        ///< the style's own look (no style sheet)
        DangerText,   ///< text in the danger colour: a status line saying what is wrong
        ErrorMessage, ///< a form's error: danger colour, bold
        SuccessText,  ///< a status line saying the input is right
        HintText,     ///< an instruction or other secondary line, before there is anything to judge
        AlertBanner,  ///< the hold warning: a danger band with text written on it
        Callout,      ///< a line to say or a caution to heed: a tinted box with a warning border
        CurrentStep,  ///< a frame holding other widgets, marked like a callout (no padding)
        Step,         ///< a frame as wide as CurrentStep, but unmarked
        ChipRinging,  ///< call state badges, one colour per state
        ChipTalking,
        ChipWaiting, ///< on hold or transferring
        ChipOverdue, ///< on hold (or transferring) for a minute or more: the danger colour (D3)
        ChipWrapUp,
        ChipIdle, ///< no call, or closed
    };

    /// How prominent a text is. What the agent must take in at a glance comes first: who is on the line
    /// and the state of the call, then the line to say now; everything else reads at the body size.
    enum class Type {
        Body,     ///< the font the widget inherits
        Headline, ///< who the customer is (the card's name line): larger and bold
        Status,   ///< the call's state, who is on the line and for how long (the call bar): larger and bold
        Lead,     ///< the script's step to say now: larger than the other steps, not bold
    };

    /// A filled look's colours: its background, the text written on it and its border (invalid when
    /// the look has none).
    struct Fill
    {
        QColor background;
        QColor text;
        QColor border;
    };

    static QColor color(Role role, const QPalette& palette);
    /// The colours of a filled look (AlertBanner, Callout, CurrentStep, the chips); empty otherwise.
    static Fill fill(Look look, const QPalette& palette);
    /// The style sheet of `look` for the widget matched by `selector` ("QLabel", "QFrame#stepFrame2").
    static QString styleSheet(Look look, const QPalette& palette, const QString& selector);
    /// The badge of a call state; ChipIdle for no call.
    static Look chipFor(std::optional<CallState> state);

    /// Gives `widget` the look, from its parent's palette, and again whenever that palette changes
    /// (QEvent::PaletteChange of the parent, QEvent::ApplicationPaletteChange) or the widget moves to
    /// another parent. The style sheet only ever holds the look's rule for this widget (its class, and
    /// its object name when it has one).
    static void apply(QWidget* widget, Look look);
    /// The look `apply()` last gave `widget`; Plain when none.
    static Look lookOf(const QWidget* widget);
    /// Whether `event` tells a widget that the colours it derived from the palette are stale.
    static bool isPaletteChange(const QEvent* event);

    /// `base` (the font the widget inherits) as text of `type`: its size scaled, in points or in pixels,
    /// whichever `base` is given in.
    static QFont font(Type type, const QFont& base);
    /// How much larger than the body text `type` is (1 for Body).
    static double scale(Type type);
    /// Gives `widget` the font of `type`, derived from its parent's font, and again whenever that font
    /// changes (a language with its own script) or the widget moves to another parent.
    static void setType(QWidget* widget, Type type);
    /// The type setType() last gave `widget`; Body when none.
    static Type typeOf(const QWidget* widget);

    /// WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor& a, const QColor& b);
    /// Light text on a dark window.
    static bool isDark(const QPalette& palette);
    /// A palette whose window text stands out at 19:1 or more (black on white, white or yellow on black):
    /// its own colours are used, no tints.
    static bool isHighContrast(const QPalette& palette);
};
