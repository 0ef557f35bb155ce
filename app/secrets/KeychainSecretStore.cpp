#include "secrets/KeychainSecretStore.h"

#include "common/Log.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include <utility>

namespace {

// Runs a job that was set up but not started, and blocks on a local event loop until it finishes.
// The job is owned by the caller (autoDelete is off), so its error and data can be read afterwards.
void runAndWait(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    job.start();
    // Some backends may finish inside start(); exec() would then wait for a signal already sent.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runAndWait(job);

    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>{};
    if (job.error() != QKeychain::NoError)
        return unavailable(job.errorString());
    return std::optional<QString>{job.textData()};
}

Status KeychainSecretStore::write(const QString& key, const QString& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    runAndWait(job);

    if (job.error() != QKeychain::NoError)
        return unavailable(job.errorString());
    return {};
}

Status KeychainSecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runAndWait(job);

    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {};
    return unavailable(job.errorString());
}

Error KeychainSecretStore::unavailable(const QString& detail)
{
    // The detail may name the D-Bus service or the keychain path, never the secret itself.
    qCWarning(lcSecrets) << "keychain error:" << detail;
    return Error{Error::Code::SecretStoreUnavailable,
                 tr("The system keychain is not available: check that it is running and unlocked, then try again."),
                 detail};
}
