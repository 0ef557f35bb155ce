#include "platform/DesktopNotifier.h"

#include "common/Log.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#define CORDIAL_HAVE_FDO_NOTIFICATIONS 1
#endif

using namespace Qt::StringLiterals;

namespace {
#ifdef CORDIAL_HAVE_FDO_NOTIFICATIONS
const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
constexpr int TimeoutMs = 0; // critical: stays until the agent acts or we withdraw it
constexpr int DBusTimeoutMs = 1500;
#endif
} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
}

DesktopNotifier::~DesktopNotifier()
{
    clearHoldWarning();
}

void DesktopNotifier::showHoldWarning(const QString& title, const QString& body, bool sound)
{
    if (notifyOverDBus(title, body, sound))
        return;
    notifyInTray(title, body);
    if (sound)
        QApplication::beep();
}

void DesktopNotifier::clearHoldWarning()
{
#ifdef CORDIAL_HAVE_FDO_NOTIFICATIONS
    if (m_notificationId == 0)
        return;
    QDBusMessage close = QDBusMessage::createMethodCall(Service, Path, Service, u"CloseNotification"_s);
    close << m_notificationId;
    QDBusConnection::sessionBus().asyncCall(close, DBusTimeoutMs);
    m_notificationId = 0;
#endif
    if (m_tray)
        m_tray->hide();
}

bool DesktopNotifier::notifyOverDBus(const QString& title, const QString& body, bool sound)
{
#ifdef CORDIAL_HAVE_FDO_NOTIFICATIONS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(Service).value())
        return false;
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(2))); // critical
    hints.insert(u"desktop-entry"_s, QApplication::desktopFileName());
    hints.insert(u"category"_s, u"im"_s);
    if (sound)
        hints.insert(u"sound-name"_s, u"dialog-warning"_s);
    else
        hints.insert(u"suppress-sound"_s, true);
    QDBusMessage notify = QDBusMessage::createMethodCall(Service, Path, Service, u"Notify"_s);
    notify << QApplication::applicationDisplayName() << m_notificationId << u"dialog-warning"_s << title << body
           << QStringList() << hints << TimeoutMs;
    const QDBusReply<quint32> reply = bus.call(notify, QDBus::Block, DBusTimeoutMs);
    if (!reply.isValid()) {
        qCWarning(lcUi) << "desktop notification failed:" << reply.error().message();
        return false;
    }
    m_notificationId = reply.value();
    return true;
#else
    Q_UNUSED(title)
    Q_UNUSED(body)
    Q_UNUSED(sound)
    return false;
#endif
}

void DesktopNotifier::notifyInTray(const QString& title, const QString& body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcUi) << "no notification service and no system tray: the hold warning shows in the window only";
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 15'000);
}
