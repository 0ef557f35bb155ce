#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

/// Typed user settings over QSettings, with defaults in one table. Never holds secrets.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        UiLanguage,     ///< BCP 47 code; empty = system locale
        AgentName,      ///< said in the greeting
        AgentLogin,
        CompanyName,    ///< said in the greeting and closing
        DatabaseSpec,   ///< "--db" style spec without password; empty = default SQLite file
        WindowGeometry,
        WindowState,
        HoldSound,      ///< bool: play a sound with hold warnings
        SearchDefaultRegion, ///< ISO 3166 region of phone numbers typed without a country code
    };
    Q_ENUM(Key)

    /// `fileName` empty = the platform's default location (QSettings native format).
    explicit Settings(const QString& fileName = {}, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    QString string(Key key) const { return value(key).toString(); }
    /// Stores `value` converted to the type of the key's default; emits changed() only when the
    /// effective value differs from the current one (default included).
    void setValue(Key key, const QVariant& value);
    static QVariant defaultValue(Key key);
    /// The QSettings key ("group/name") under which `key` is stored.
    static QString keyName(Key key);
    /// `spec` with any password removed ("postgresql://u:pw@h/db" -> "postgresql://u@h/db").
    /// setValue(DatabaseSpec, …) applies it, so a password never reaches the settings file;
    /// passwords belong in SecretStore.
    static QString withoutPassword(const QString& spec);
    void sync();

Q_SIGNALS:
    void changed(Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};
