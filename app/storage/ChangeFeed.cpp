#include "storage/ChangeFeed.h"

#include "common/Log.h"
#include "i18n/BidiText.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"

#include <QSqlDriver>
#include <QVariant>

using namespace Qt::StringLiterals;

ChangeFeed::ChangeFeed(QObject* parent)
    : QObject(parent)
{
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

Status ChangeFeed::listen(Database& db)
{
    stop();
    if (!db.isPostgres())
        return {};
    QSqlDriver* driver = db.handle().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        return Error { Error::Code::DatabaseQueryFailed,
            SqlErrors::tr("The database %1 cannot report other users' changes.")
                .arg(BidiText::leftToRight(db.config().displayName())),
            {} };
    }
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel)))
        return SqlErrors::fromQuery(driver->lastError(), db.config());
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
            received(name, payload);
        });
    m_db = &db;
    return {};
}

void ChangeFeed::stop()
{
    if (!m_db)
        return;
    QSqlDriver* driver = m_db->handle().driver();
    if (driver) {
        disconnect(driver, nullptr, this, nullptr);
        if (m_db->handle().isOpen())
            driver->unsubscribeFromNotification(QString::fromLatin1(Channel));
    }
    m_db = nullptr;
}

void ChangeFeed::received(const QString& name, const QVariant& payload)
{
    if (name != QLatin1StringView(Channel))
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        qCWarning(lcStorage) << "Ignoring a change notification without a table:" << text;
        return;
    }
    Q_EMIT changed(text.left(colon), text.mid(colon + 1).toLongLong());
}
