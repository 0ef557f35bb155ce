#pragma once

#include <QString>

/// Tells the agent outside the window that a customer has waited too long on hold (F5, D3): a desktop
/// notification that shows while the window is minimised, hidden or on another desktop. Injected into
/// the main window so tests use a fake.
class HoldNotifier
{
public:
    virtual ~HoldNotifier() = default;

    /// Shows (or replaces) the hold warning; `sound` asks for the desktop's warning sound.
    virtual void showHoldWarning(const QString& title, const QString& body, bool sound) = 0;
    /// Withdraws the warning once the customer is back (no-op when none is shown).
    virtual void clearHoldWarning() = 0;
};
