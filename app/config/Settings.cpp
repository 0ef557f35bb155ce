#include "config/Settings.h"

#include "common/Log.h"

#include <QLocale>
#include <QMetaEnum>
#include <QMetaType>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace {
/// The region of the system locale ("IN" for hi_IN), the default for numbers without a country code.
QString systemRegion()
{
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory == QLocale::AnyTerritory || territory == QLocale::World)
        return {};
    return QLocale::territoryToCode(territory);
}


struct Entry
{
    Settings::Key key;
    QString name; ///< QSettings key, "group/name"
    QVariant defaultValue;
};

// The one table of names and defaults. Its order follows Settings::Key; entry() checks that.
const std::array<Entry, 9>& table()
{
    static const std::array<Entry, 9> entries{{
        {Settings::Key::UiLanguage, u"ui/language"_s, QVariant(QString())},
        {Settings::Key::AgentName, u"agent/name"_s, QVariant(QString())},
        {Settings::Key::AgentLogin, u"agent/login"_s, QVariant(QString())},
        {Settings::Key::CompanyName, u"agent/company"_s, QVariant(QString())},
        {Settings::Key::DatabaseSpec, u"database/spec"_s, QVariant(QString())},
        {Settings::Key::WindowGeometry, u"window/geometry"_s, QVariant(QByteArray())},
        {Settings::Key::WindowState, u"window/state"_s, QVariant(QByteArray())},
        {Settings::Key::HoldSound, u"hold/sound"_s, QVariant(true)},
        {Settings::Key::SearchDefaultRegion, u"search/defaultRegion"_s, QVariant(systemRegion())},
    }};
    return entries;
}

const Entry& entry(Settings::Key key)
{
    const auto index = static_cast<std::size_t>(key);
    Q_ASSERT(index < table().size());
    Q_ASSERT(table()[index].key == key);
    return table()[index];
}

// INI files hand back strings: give every value the type of its default so comparisons and
// callers see bool as bool and geometry as bytes.
QVariant normalised(const QVariant& value, const QVariant& defaultValue)
{
    QVariant converted = value;
    if (defaultValue.isValid() && converted.metaType() != defaultValue.metaType())
        converted.convert(defaultValue.metaType());
    return converted;
}

} // namespace

Settings::Settings(const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    Q_ASSERT(static_cast<int>(table().size()) == QMetaEnum::fromType<Key>().keyCount());
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const Entry& e = entry(key);
    if (!m_settings->contains(e.name))
        return e.defaultValue;
    return normalised(m_settings->value(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    const Entry& e = entry(key);
    QVariant stored = normalised(value, e.defaultValue);
    if (key == Key::DatabaseSpec)
        stored = withoutPassword(stored.toString());

    if (stored == this->value(key))
        return;
    m_settings->setValue(e.name, stored);
    Q_EMIT changed(key);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QString Settings::keyName(Key key)
{
    return entry(key).name;
}

QString Settings::withoutPassword(const QString& spec)
{
    if (!spec.contains(u"://"_s))
        return spec; // a file path or "sqlite:PATH": nothing secret in it
    QUrl url(spec, QUrl::TolerantMode);
    if (!url.isValid() || url.password().isEmpty())
        return spec;
    qCWarning(lcSecrets) << "dropped a password from a database spec before saving it in the settings";
    url.setPassword({});
    return url.toString();
}

void Settings::sync()
{
    m_settings->sync();
}
