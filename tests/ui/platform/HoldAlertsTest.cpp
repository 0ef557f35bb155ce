// The hold past a minute outside the panels (issue 13, D3): window title, taskbar, sound and desktop
// notification, each checked on a fake clock.

#include "platform/HoldAlerts.h"

#include "config/Settings.h"
#include "platform/AlertSound.h"
#include "platform/HoldNotifier.h"
#include "services/HoldTimer.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"

#include <QAction>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

class CountingSound final : public AlertSound
{
public:
    void play() override { ++played; }
    int played = 0;
};

class CountingNotifier final : public HoldNotifier
{
public:
    void showHoldWarning(const QString& title, const QString& body, bool sound) override
    {
        ++shown;
        lastTitle = title;
        lastBody = body;
        lastSound = sound;
    }
    void clearHoldWarning() override { ++cleared; }

    int shown = 0;
    int cleared = 0;
    QString lastTitle;
    QString lastBody;
    bool lastSound = false;
};

/// U+2068 … U+2069 around a name: how the title isolates it.
QString isolated(const QString& name)
{
    return QChar(0x2068) + name + QChar(0x2069);
}

class HoldAlertsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.path() + u"/settings.ini"_s);
        m_window.setWindowTitle(u"Cordial"_s);
        createAlerts(&m_sound);
    }

    void createAlerts(AlertSound* sound)
    {
        HoldAlerts::Outputs outputs {&m_window, &m_notifier, sound, [this](QWidget* window) {
                                         EXPECT_EQ(window, &m_window);
                                         ++m_attention;
                                     }};
        m_alerts = std::make_unique<HoldAlerts>(m_timer, *m_settings, std::move(outputs));
        m_alerts->setCustomerName(u"Ms. Smith"_s, u"Ms. Smith"_s);
    }

    /// Moves the fake clock on and lets the timer read it, as its 250 ms ticker does in the program.
    void wait(std::chrono::milliseconds by)
    {
        m_clock.advance(by);
        m_timer.refresh();
    }

    FakeClock m_clock;
    HoldTimer m_timer {m_clock};
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QWidget m_window;
    CountingSound m_sound;
    CountingNotifier m_notifier;
    int m_attention = 0;
    std::unique_ptr<HoldAlerts> m_alerts;
};

TEST_F(HoldAlertsTest, NothingFiresBeforeAMinuteAndEachOutputOnceAtSixtySeconds)
{
    m_timer.start();
    wait(59'900ms);
    EXPECT_EQ(m_sound.played, 0);
    EXPECT_EQ(m_notifier.shown, 0);
    EXPECT_EQ(m_attention, 0);
    EXPECT_EQ(m_window.windowTitle(), u"On hold 0:59 — "_s + isolated(u"Ms. Smith"_s) + u" — Cordial"_s);

    wait(100ms);
    EXPECT_EQ(m_sound.played, 1) << "the sound is on by default";
    EXPECT_EQ(m_notifier.shown, 1);
    EXPECT_EQ(m_attention, 1);
    EXPECT_EQ(m_notifier.lastTitle, u"Customer on hold"_s);
    EXPECT_TRUE(m_notifier.lastBody.contains(u"01:00"_s)) << m_notifier.lastBody.toStdString();
    EXPECT_TRUE(m_notifier.lastBody.contains(u"apologise"_s)) << m_notifier.lastBody.toStdString();
    EXPECT_FALSE(m_notifier.lastSound) << "one sound, ours, not the desktop's as well";
    // Words as well as a sign: the title says what is wrong in a taskbar without colour.
    EXPECT_EQ(m_window.windowTitle(), u"⚠ On hold 1:00 — "_s + isolated(u"Ms. Smith"_s) + u" — Cordial"_s);

    wait(10s);
    EXPECT_EQ(m_sound.played, 1) << "once, not at every tick";
    EXPECT_EQ(m_notifier.shown, 1);
    EXPECT_EQ(m_attention, 1);
}

TEST_F(HoldAlertsTest, TheNudgeEveryThirtySecondsAfterRingsEachOutputAgain)
{
    m_timer.start();
    wait(60s);
    wait(30s);
    EXPECT_EQ(m_sound.played, 2);
    EXPECT_EQ(m_notifier.shown, 2);
    EXPECT_EQ(m_attention, 2);
    EXPECT_TRUE(m_notifier.lastBody.contains(u"01:30"_s)) << m_notifier.lastBody.toStdString();
}

TEST_F(HoldAlertsTest, TheTitleCountsEachSecondAndIsGivenBackAfterTheHold)
{
    m_timer.start();
    EXPECT_EQ(m_window.windowTitle(), u"On hold 0:00 — "_s + isolated(u"Ms. Smith"_s) + u" — Cordial"_s);
    wait(1'250ms);
    EXPECT_TRUE(m_window.windowTitle().startsWith(u"On hold 0:01 — "_s)) << m_window.windowTitle().toStdString();
    wait(64s);
    EXPECT_TRUE(m_window.windowTitle().startsWith(u"⚠ On hold 1:05 — "_s)) << m_window.windowTitle().toStdString();

    m_timer.stop();
    EXPECT_EQ(m_window.windowTitle(), u"Cordial"_s);
    EXPECT_EQ(m_notifier.cleared, 1) << "the notification goes when the customer is back";

    // The next hold starts over, with the title the window has then.
    m_window.setWindowTitle(u"Cordial (test)"_s);
    m_timer.start();
    EXPECT_EQ(m_window.windowTitle(), u"On hold 0:00 — "_s + isolated(u"Ms. Smith"_s) + u" — Cordial (test)"_s);
    m_timer.stop();
    EXPECT_EQ(m_window.windowTitle(), u"Cordial (test)"_s);
    EXPECT_EQ(m_notifier.cleared, 1) << "nothing to withdraw after a short hold";
}

TEST_F(HoldAlertsTest, WithoutAKnownCustomerTheTitleSaysOnlyTheTime)
{
    m_alerts->setCustomerName({}, {});
    m_timer.start();
    wait(5s);
    EXPECT_EQ(m_window.windowTitle(), u"On hold 0:05 — Cordial"_s);
    wait(60s);
    EXPECT_EQ(m_window.windowTitle(), u"⚠ On hold 1:05 — Cordial"_s);
    EXPECT_TRUE(m_notifier.lastBody.startsWith(u"The customer has been on hold"_s)) << m_notifier.lastBody.toStdString();
}

TEST_F(HoldAlertsTest, WithTheSettingOffThereIsNoSoundButEverythingElse)
{
    QAction* toggle = m_alerts->soundAction();
    ASSERT_TRUE(toggle->isCheckable());
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_FALSE(toggle->text().isEmpty());
    toggle->trigger(); // the menu item turns it off
    EXPECT_FALSE(m_settings->value(Settings::Key::HoldSound).toBool());

    m_timer.start();
    wait(60s);
    EXPECT_EQ(m_sound.played, 0);
    EXPECT_EQ(m_notifier.shown, 1);
    EXPECT_FALSE(m_notifier.lastSound);
    EXPECT_EQ(m_attention, 1);

    // Set elsewhere (another window, the settings file): the menu item follows.
    m_settings->setValue(Settings::Key::HoldSound, true);
    EXPECT_TRUE(toggle->isChecked());
    wait(30s);
    EXPECT_EQ(m_sound.played, 1);
}

TEST_F(HoldAlertsTest, WithoutASoundOfItsOwnTheNotificationAsksForTheDesktopsSound)
{
    createAlerts(nullptr);
    m_timer.start();
    wait(60s);
    EXPECT_EQ(m_notifier.shown, 1);
    EXPECT_TRUE(m_notifier.lastSound);
}

} // namespace
