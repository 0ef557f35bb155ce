#include "platform/DatabaseOpener.h"

#include "config/Settings.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// A keychain in memory that can be told to fail like a locked or missing Secret Service.
class FakeSecretStore final : public SecretStore
{
public:
    Result<std::optional<QString>> read(const QString& key) override
    {
        ++reads;
        if (unavailable)
            return Error{Error::Code::SecretStoreUnavailable, u"The system keychain is not available."_s, {}};
        if (!secrets.contains(key))
            return std::optional<QString>{};
        return std::optional<QString>{secrets.value(key)};
    }
    Status write(const QString& key, const QString& secret) override
    {
        if (unavailable)
            return Error{Error::Code::SecretStoreUnavailable, u"The system keychain is not available."_s, {}};
        secrets.insert(key, secret);
        return {};
    }
    Status remove(const QString& key) override
    {
        secrets.remove(key);
        return {};
    }

    QHash<QString, QString> secrets;
    bool unavailable = false;
    int reads = 0;
};

class DatabaseOpenerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FakeSecretStore m_secrets;
};

TEST_F(DatabaseOpenerTest, OpensASqliteFileWithoutTouchingTheKeychainOrSettings)
{
    DatabaseOpener opener(*m_settings, m_secrets);
    Result<std::unique_ptr<Database>> opened = opener.open(m_dir.filePath(u"cordial.sqlite"_s));
    ASSERT_TRUE(opened.ok()) << opened.error().fullText().toStdString();
    EXPECT_EQ(m_secrets.reads, 0);
    EXPECT_TRUE(m_secrets.secrets.isEmpty());
    EXPECT_TRUE(m_settings->string(Settings::Key::DatabaseSpec).isEmpty());
}

TEST_F(DatabaseOpenerTest, UsesTheSettingsSpecWhenNoneIsGiven)
{
    const QString path = m_dir.filePath(u"from-settings.sqlite"_s);
    m_settings->setValue(Settings::Key::DatabaseSpec, QString(u"sqlite:"_s + path));
    DatabaseOpener opener(*m_settings, m_secrets);
    Result<std::unique_ptr<Database>> opened = opener.open({});
    ASSERT_TRUE(opened.ok()) << opened.error().fullText().toStdString();
    EXPECT_EQ(opened.value()->config().sqlitePath, path);
}

TEST_F(DatabaseOpenerTest, AnUnavailableKeychainStopsAServerConnectionBeforeItStarts)
{
    m_secrets.unavailable = true;
    DatabaseOpener opener(*m_settings, m_secrets);
    Result<std::unique_ptr<Database>> opened = opener.open(u"postgresql://agent@127.0.0.1:1/cordial"_s);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::SecretStoreUnavailable);
    EXPECT_EQ(m_secrets.reads, 1);
}

TEST_F(DatabaseOpenerTest, APasswordIsNeitherSavedNorRememberedWhenTheServerFails)
{
    DatabaseOpener opener(*m_settings, m_secrets);
    Result<std::unique_ptr<Database>> opened = opener.open(u"postgresql://agent:secret@127.0.0.1:1/cordial"_s);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(m_secrets.reads, 0) << "a password in the URL needs no keychain lookup";
    EXPECT_TRUE(m_secrets.secrets.isEmpty());
    EXPECT_TRUE(m_settings->string(Settings::Key::DatabaseSpec).isEmpty());
    EXPECT_FALSE(opened.error().fullText().contains(u"secret"_s)) << "never show the password";
}

TEST_F(DatabaseOpenerTest, AMalformedSpecIsAnError)
{
    DatabaseOpener opener(*m_settings, m_secrets);
    EXPECT_FALSE(opener.open(u"postgresql://"_s).ok());
}

} // namespace
