#pragma once

#include <Qt>

class QDialog;

/// The window of every Cordial dialog, set in one place: a title and a close button, and neither a
/// maximise nor a minimise button. A form stretched over the screen reads worse, and a maximised or
/// minimised modal dialog hides the call it belongs to or leaves the window blocked by nothing in view.
class DialogWindow final
{
public:
    static Qt::WindowFlags flags();
    /// Gives `dialog` these flags; call in its constructor, before it is shown.
    static void setUp(QDialog* dialog);
};
