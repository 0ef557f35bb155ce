#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

/// Where passwords and tokens live: the OS keychain, never settings or logs.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// The secret stored under `key`, std::nullopt when there is none, an Error when the store fails.
    virtual Result<std::optional<QString>> read(const QString& key) = 0;
    virtual Status write(const QString& key, const QString& secret) = 0;
    /// Removing a key that does not exist is not an error.
    virtual Status remove(const QString& key) = 0;
};
