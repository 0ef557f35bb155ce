#include "secrets/KeychainSecretStore.h"

#include <QUuid>

#include <gtest/gtest.h>

// These tests talk to a real Secret Service. Run them through tests/support/run-with-keyring.sh,
// which gives them a private bus and a throwaway keyring; ctest does that for the "keychain" label.

namespace {

// A service name of its own per run, so entries never mix with a real Cordial installation.
QString testService()
{
    return u"org.cordial.Cordial.tests." + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

class KeychainSecretStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsSet("CORDIAL_TEST_NO_KEYCHAIN"))
            GTEST_SKIP() << "running without a Secret Service";
    }

    KeychainSecretStore m_store{testService()};
};

} // namespace

TEST_F(KeychainSecretStoreTest, WritesThenReadsASecret)
{
    const QString key = QStringLiteral("postgresql://agent@db.example.org:5432/cordial");
    ASSERT_TRUE(m_store.write(key, QStringLiteral("s3cret")).ok());

    const auto read = m_store.read(key);
    ASSERT_TRUE(read.ok()) << read.error().fullText().toStdString();
    ASSERT_TRUE(read.value().has_value());
    EXPECT_EQ(*read.value(), QStringLiteral("s3cret"));

    EXPECT_TRUE(m_store.remove(key).ok());
}

TEST_F(KeychainSecretStoreTest, OverwriteReplacesTheSecret)
{
    const QString key = QStringLiteral("token");
    ASSERT_TRUE(m_store.write(key, QStringLiteral("first")).ok());
    ASSERT_TRUE(m_store.write(key, QStringLiteral("second")).ok());

    const auto read = m_store.read(key);
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read.value().has_value());
    EXPECT_EQ(*read.value(), QStringLiteral("second"));

    EXPECT_TRUE(m_store.remove(key).ok());
}

TEST_F(KeychainSecretStoreTest, RemoveDeletesTheSecret)
{
    const QString key = QStringLiteral("to-remove");
    ASSERT_TRUE(m_store.write(key, QStringLiteral("x")).ok());
    ASSERT_TRUE(m_store.remove(key).ok());

    const auto read = m_store.read(key);
    ASSERT_TRUE(read.ok());
    EXPECT_FALSE(read.value().has_value());
}

TEST_F(KeychainSecretStoreTest, KeepsUnicodeSecretsIntact)
{
    // Urdu, Telugu and Hindi text with combining marks must survive the round trip byte for byte.
    const QString key = QStringLiteral("پاس ورڈ");
    const QString secret = QStringLiteral("خفیہ لفظ ۱۲۳ — రహస్యం — गुप्त");
    ASSERT_TRUE(m_store.write(key, secret).ok());

    const auto read = m_store.read(key);
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read.value().has_value());
    EXPECT_EQ(*read.value(), secret);

    EXPECT_TRUE(m_store.remove(key).ok());
}

TEST_F(KeychainSecretStoreTest, MissingKeyReadsAsNothing)
{
    const auto read = m_store.read(QStringLiteral("never-written"));
    ASSERT_TRUE(read.ok()) << read.error().fullText().toStdString();
    EXPECT_FALSE(read.value().has_value());
}

TEST_F(KeychainSecretStoreTest, RemovingAMissingKeyIsNotAnError)
{
    const Status status = m_store.remove(QStringLiteral("never-written"));
    EXPECT_TRUE(status.ok()) << status.error().fullText().toStdString();
}

TEST_F(KeychainSecretStoreTest, ServicesDoNotShareEntries)
{
    KeychainSecretStore other{testService()};
    const QString key = QStringLiteral("shared-name");
    ASSERT_TRUE(m_store.write(key, QStringLiteral("mine")).ok());

    const auto read = other.read(key);
    ASSERT_TRUE(read.ok());
    EXPECT_FALSE(read.value().has_value());

    EXPECT_TRUE(m_store.remove(key).ok());
}

// Registered a second time by CMake with DBUS_SESSION_BUS_ADDRESS pointing nowhere and
// CORDIAL_TEST_NO_KEYCHAIN=1; filtered out of the run with a keyring. Hanging fails by CTest's timeout.
TEST(KeychainWithoutService, ReportsUnavailableWithoutHanging)
{
    ASSERT_TRUE(qEnvironmentVariableIsSet("CORDIAL_TEST_NO_KEYCHAIN")) << "run it without a session bus (CTest does)";

    KeychainSecretStore store{testService()};

    const Status written = store.write(QStringLiteral("key"), QStringLiteral("hunter2-xyzzy"));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, Error::Code::SecretStoreUnavailable);
    EXPECT_FALSE(written.error().message.isEmpty());
    EXPECT_FALSE(written.error().detail.isEmpty());
    EXPECT_FALSE(written.error().fullText().contains(QStringLiteral("hunter2-xyzzy")));

    const auto read = store.read(QStringLiteral("key"));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, Error::Code::SecretStoreUnavailable);

    const Status removed = store.remove(QStringLiteral("key"));
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, Error::Code::SecretStoreUnavailable);
}
