#include "platform/DatabaseOpener.h"

#include "config/Settings.h"
#include "i18n/BidiText.h"
#include "secrets/SecretStore.h"
#include "storage/DatabaseConfig.h"

DatabaseOpener::DatabaseOpener(Settings& settings, SecretStore& secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{
}

Result<DatabaseConfig> DatabaseOpener::configFor(const QString& spec)
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
    return config;
}

Status DatabaseOpener::fillPassword(DatabaseConfig& config)
{
    if (config.backend != DatabaseConfig::Backend::Postgres || !config.password.isEmpty())
        return {};
    Result<std::optional<QString>> stored = m_secrets.read(config.secretKey());
    if (!stored)
        return stored.error();
    if (stored.value())
        config.password = *stored.value();
    return {};
}

Result<DatabaseConfig> DatabaseOpener::resolve(const QString& spec)
{
    Result<DatabaseConfig> config = configFor(spec);
    if (!config)
        return config;
    if (const Status filled = fillPassword(config.value()); !filled)
        return filled.error();
    return config;
}

Result<DatabaseOpener::Migrated> DatabaseOpener::migrate(const QString& spec)
{
    Result<DatabaseConfig> config = configFor(spec);
    if (!config)
        return config.error();
    if (const Status filled = fillPassword(config.value()); !filled)
        return filled.error();
    Result<std::unique_ptr<Database>> opened = Database::open(config.value(), Database::Schema::AsIs);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    Migrated done { config.value().displayName(), db.schemaVersion(), 0 };
    Result<int> version = db.migrate();
    if (!version)
        return version.error();
    done.to = version.value();
    return done;
}

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString& spec)
{
    Result<DatabaseConfig> resolved = configFor(spec);
    if (!resolved)
        return resolved.error();
    DatabaseConfig config = resolved.take();
    const bool passwordGiven = !config.password.isEmpty();
    if (const Status filled = fillPassword(config); !filled)
        return filled.error();

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
            m_warnings.append(
                tr("The password was not saved in the keychain: %1").arg(BidiText::isolated(saved.error().fullText())));
        }
    }
    return opened;
}
