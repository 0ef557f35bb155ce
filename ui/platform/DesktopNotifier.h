#pragma once

#include "platform/HoldNotifier.h"

#include <QObject>

class QSystemTrayIcon;

/// HoldNotifier for the desktop: the freedesktop notification service over D-Bus on Linux (urgency
/// critical, the "dialog-warning" sound when asked), else a tray balloon (Windows, macOS, or a Linux
/// session without the service).
class DesktopNotifier final : public QObject, public HoldNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject* parent = nullptr);
    ~DesktopNotifier() override;

    void showHoldWarning(const QString& title, const QString& body, bool sound) override;
    void clearHoldWarning() override;

private:
    bool notifyOverDBus(const QString& title, const QString& body, bool sound);
    void notifyInTray(const QString& title, const QString& body);

    quint32 m_notificationId = 0; ///< the D-Bus notification to replace or close, 0 when none
    QSystemTrayIcon* m_tray = nullptr;
};
