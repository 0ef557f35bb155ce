#include "platform/DatabaseOpener.h"

#include "config/Settings.h"
#include "secrets/SecretStore.h"
#include "storage/DatabaseConfig.h"

DatabaseOpener::DatabaseOpener(Settings& settings, SecretStore& secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{
}

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString& spec)
{
    const QString chosen = spec.isEmpty() ? m_settings.string(Settings::Key::DatabaseSpec) : spec;
    DatabaseConfig config;
    if (chosen.isEmpty()) {
        config = DatabaseConfig::defaultSqlite();
    } else {
        Result<DatabaseConfig> parsed = DatabaseConfig::parse(chosen);
        if (!parsed)
            return parsed.error();
        config = parsed.take();
    }

    const bool passwordGiven = !config.password.isEmpty();
    if (config.backend == DatabaseConfig::Backend::Postgres && !passwordGiven) {
        Result<std::optional<QString>> stored = m_secrets.read(config.secretKey());
        if (!stored)
            return stored.error();
        if (stored.value())
            config.password = *stored.value();
    }

    Result<std::unique_ptr<Database>> opened = Database::open(config);
    if (!opened)
        return opened;

    if (config.backend == DatabaseConfig::Backend::Postgres && passwordGiven) {
        // A password typed on the command line goes to the keychain; the settings remember the
        // server without it, so the next start needs neither.
        const Status saved = m_secrets.write(config.secretKey(), config.password);
        if (saved) {
            m_settings.setValue(Settings::Key::DatabaseSpec, config.displayName());
            m_settings.sync();
        } else {
            m_warnings.append(tr("The password was not saved in the keychain: %1").arg(saved.error().fullText()));
        }
    }
    return opened;
}
