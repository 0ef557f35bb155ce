#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class AlertSound;
class HoldNotifier;
class HoldTimer;
class QAction;
class QEvent;
class QWidget;
class Settings;

/// A customer on hold for a minute is not missed wherever the agent looks (F5, D3). From the hold
/// timer to: the window's title, which shows the time on hold each second while the customer waits and
/// its usual title after; the taskbar, asked to flag the window; a sound, unless the setting turns it
/// off; and the desktop notification, withdrawn when the customer is back. All at 60 s, and again at
/// each nudge after (90 s, 120 s...). Each output is one a test replaces, so all of it runs on a fake
/// clock. The panels (the call bar's chip, the hold clock) turn red on their own.
class HoldAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldAlerts)

public:
    struct Outputs
    {
        /// Titled with the time on hold, and the window the taskbar flags. Required.
        QWidget* window = nullptr;
        /// The desktop notification; null = none.
        HoldNotifier* notifier = nullptr;
        /// The warning sound; null = none (the desktop notification then asks for the desktop's own).
        AlertSound* sound = nullptr;
        /// Asks the taskbar to flag the window; empty = QApplication::alert().
        std::function<void(QWidget*)> requestAttention;
    };

    /// `timer`, `settings` and the outputs must outlive the object.
    HoldAlerts(const HoldTimer& timer, Settings& settings, Outputs outputs, QObject* parent = nullptr);
    ~HoldAlerts() override;

    /// Who waits, named as the interface language names the customer (CustomerNaming): `title` where the
    /// name stands alone, in the window's title ("Sra. Vilalta"), `inSentence` in the warning that speaks
    /// about them ("la Sra. Vilalta"); empty = not known.
    void setCustomerName(const QString& title, const QString& inSentence);
    /// Checkable, for a menu: the sound on (the default) or off, kept in Settings::Key::HoldSound.
    QAction* soundAction() const { return m_soundAction; }
    /// The window's title for `elapsed` on hold, `warning` past the minute, over its usual `title`.
    QString holdTitle(std::chrono::milliseconds elapsed, bool warning, const QString& title) const;

Q_SIGNALS:
    /// At each warning: the sentence the notification says, for the status bar too.
    void warned(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onStarted();
    void onTicked(std::chrono::milliseconds elapsed);
    void onWarning(std::chrono::milliseconds elapsed);
    void onStopped();
    bool soundOn() const;
    void retranslate();

    const HoldTimer& m_timer;
    Settings& m_settings;
    Outputs m_outputs;
    QAction* m_soundAction;
    QString m_customerTitle;    ///< the customer's name in the window's title
    QString m_customerInSentence; ///< the customer's name inside the warning
    QString m_restTitle; ///< the window's title before the hold, given back after it
    bool m_titled = false;
    bool m_notified = false; ///< a notification of this hold is showing
};
