#pragma once

#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

/// Finds what a user would see cut off in a window: controls and labels outside the visible part of
/// their parents, text wider or taller than the widget that shows it (measured with the widget's own
/// font, so Nastaliq's tall lines count), columns pushed out of their table, tabs squeezed, a scroll
/// area scrolling inside another one. Each problem is one line naming the widget ("scriptPanel >
/// nextStepPushButton “Next step”: 60x14 of 120x28 visible").
namespace LayoutCheck {

/// Every problem found among the visible widgets of `window`.
QStringList problems(const QWidget* window);
/// Widgets of a dialog (or any `window`) closer than `minimum` pixels to its left or right edge, the ink
/// of one-line labels included ("چینل:" touching the frame).
QStringList marginProblems(const QWidget* window, int minimum = 6);
/// `widgets` (all visible) each entirely in view: not cut by any ancestor, scroll area viewports
/// included, and not scrolled away.
QStringList notInView(const QList<const QWidget*>& widgets);
/// The entries of an open `menu`: each inside the menu, its text as wide and tall as its room.
QStringList menuProblems(const QMenu* menu);
/// A readable path to `widget`: its named ancestors and its own name or class, and its text if any.
QString describe(const QWidget* widget);

} // namespace LayoutCheck
