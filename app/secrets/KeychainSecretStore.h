#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>

/// SecretStore over QtKeychain (Secret Service, macOS Keychain, Windows Credential Store).
/// Calls block on a local event loop until the keychain answers.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    /// `service` groups Cordial's entries in the keychain.
    explicit KeychainSecretStore(QString service = QStringLiteral("org.cordial.Cordial"));

    Result<std::optional<QString>> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;

private:
    /// The SecretStoreUnavailable error for a failed job; `detail` is the job's errorString().
    static Error unavailable(const QString& detail);

    QString m_service;
};
