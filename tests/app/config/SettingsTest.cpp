#include "config/Settings.h"

#include <QFile>
#include <QMetaEnum>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString file() const { return m_dir.filePath(QStringLiteral("cordial.ini")); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SettingsTest, UnsetKeysReturnTheirDefaults)
{
    Settings settings(file());
    EXPECT_EQ(settings.string(Settings::Key::UiLanguage), QString());
    EXPECT_EQ(settings.string(Settings::Key::DatabaseSpec), QString());
    EXPECT_TRUE(settings.value(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    EXPECT_EQ(settings.value(Settings::Key::HoldSound), Settings::defaultValue(Settings::Key::HoldSound));
    EXPECT_EQ(settings.value(Settings::Key::HoldSound).metaType(), QMetaType::fromType<bool>());
}

TEST_F(SettingsTest, EveryKeyHasItsOwnName)
{
    const QMetaEnum keys = QMetaEnum::fromType<Settings::Key>();
    QStringList names;
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = static_cast<Settings::Key>(keys.value(i));
        const QString name = Settings::keyName(key);
        EXPECT_FALSE(name.isEmpty()) << keys.key(i);
        EXPECT_FALSE(names.contains(name)) << keys.key(i);
        names.append(name);
    }
}

TEST_F(SettingsTest, ValuesSurviveARoundTripThroughTheFile)
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03", 6);
    {
        Settings settings(file());
        settings.setValue(Settings::Key::UiLanguage, QStringLiteral("ur"));
        settings.setValue(Settings::Key::AgentName, QStringLiteral("ప్రియ"));
        settings.setValue(Settings::Key::CompanyName, QStringLiteral("ओम सेवा केंद्र"));
        settings.setValue(Settings::Key::WindowGeometry, geometry);
        settings.setValue(Settings::Key::HoldSound, false);
        settings.sync();
    }
    Settings reopened(file());
    EXPECT_EQ(reopened.string(Settings::Key::UiLanguage), QStringLiteral("ur"));
    EXPECT_EQ(reopened.string(Settings::Key::AgentName), QStringLiteral("ప్రియ"));
    EXPECT_EQ(reopened.string(Settings::Key::CompanyName), QStringLiteral("ओम सेवा केंद्र"));
    EXPECT_EQ(reopened.value(Settings::Key::WindowGeometry).toByteArray(), geometry);
    EXPECT_EQ(reopened.value(Settings::Key::HoldSound), QVariant(false));
}

TEST_F(SettingsTest, ChangedIsEmittedOnlyForARealChange)
{
    Settings settings(file());
    QList<Settings::Key> emitted;
    QObject::connect(&settings, &Settings::changed, &settings,
                     [&emitted](Settings::Key key) { emitted.append(key); });

    settings.setValue(Settings::Key::AgentName, QStringLiteral("Jordi"));
    settings.setValue(Settings::Key::AgentName, QStringLiteral("Jordi"));
    ASSERT_EQ(emitted.size(), 1);
    EXPECT_EQ(emitted.first(), Settings::Key::AgentName);

    // The default counts as the current value: setting it on a fresh key changes nothing.
    settings.setValue(Settings::Key::HoldSound, Settings::defaultValue(Settings::Key::HoldSound));
    EXPECT_EQ(emitted.size(), 1);

    // A string from an INI file and a bool of the same meaning are the same value.
    settings.setValue(Settings::Key::HoldSound, QStringLiteral("true"));
    EXPECT_EQ(emitted.size(), 1);
}

TEST_F(SettingsTest, NeverStoresADatabasePassword)
{
    {
        Settings settings(file());
        settings.setValue(Settings::Key::DatabaseSpec,
                          QStringLiteral("postgresql://agent:hunter2@db.example.org:5433/cordial"));
        EXPECT_EQ(settings.string(Settings::Key::DatabaseSpec),
                  QStringLiteral("postgresql://agent@db.example.org:5433/cordial"));
        settings.sync();
    }
    QFile raw(file());
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_FALSE(raw.readAll().contains("hunter2"));
}

TEST_F(SettingsTest, WithoutPasswordLeavesOtherSpecsAlone)
{
    EXPECT_EQ(Settings::withoutPassword(QStringLiteral("/home/ayesha/کال.sqlite")),
              QStringLiteral("/home/ayesha/کال.sqlite"));
    EXPECT_EQ(Settings::withoutPassword(QStringLiteral("sqlite:/tmp/c.sqlite")),
              QStringLiteral("sqlite:/tmp/c.sqlite"));
    EXPECT_EQ(Settings::withoutPassword(QStringLiteral("postgresql://agent@db/cordial")),
              QStringLiteral("postgresql://agent@db/cordial"));
    EXPECT_EQ(Settings::withoutPassword(QStringLiteral("postgresql://agent:p%40ss@db/cordial")),
              QStringLiteral("postgresql://agent@db/cordial"));
}
