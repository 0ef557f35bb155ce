#pragma once

#include "TestConsole.h"
#include "UiTestSupport.h"
#include "config/Settings.h"
#include "i18n/Languages.h"
#include "platform/AlertSound.h"
#include "platform/HoldNotifier.h"
#include "platform/LanguageSwitcher.h"
#include "services/ScriptLibrary.h"
#include "services/CallSession.h"
#include "storage/CallRepository.h"
#include "demo/DemoData.h"
#include "support/FakeClock.h"
#include "support/TempDatabase.h"
#include "support/TestCallWrites.h"
#include "windows/CallIntake.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

/// Records what the window asked the desktop to show.
class FakeHoldNotifier final : public HoldNotifier
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

/// Counts the hold warning's sounds.
class FakeAlertSound final : public AlertSound
{
public:
    void play() override { ++played; }
    int played = 0;
};

/// A main window over a demo database, a fake clock and a fake notifier, with helpers to read the
/// call's event log and to answer the modal dialogs the actions open.
class CallWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_temp.db()) {
            ASSERT_TRUE(m_temp.openError().isEmpty()) << m_temp.openError().toStdString();
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        }
        ASSERT_TRUE(m_dir.isValid());
        const Result<bool> filled = DemoData::populateIfEmpty(*m_temp.db(), m_clock);
        ASSERT_TRUE(filled.ok()) << filled.error().fullText().toStdString();
        m_settings = std::make_unique<Settings>(m_dir.path() + QStringLiteral("/settings.ini"));
        m_scripts = std::make_unique<ScriptLibrary>(m_dir.path() + QStringLiteral("/scripts"));
        m_calls = std::make_unique<CallRepository>(*m_temp.db());
        m_writes = std::make_unique<TestCallWrites>(m_temp.config(), m_dir.path());
        ASSERT_TRUE(m_writes->isOpen());
        LanguageSwitcher::apply(m_languages, QStringLiteral("en"));
        createWindow();
    }

    void TearDown() override
    {
        m_window.reset();
        m_console.reset();
        m_writes.reset();
        LanguageSwitcher::apply(m_languages, QStringLiteral("en"));
    }

    /// A window as the program starts it: its own session and services (a window dropped before is a
    /// program that stopped).
    void createWindow()
    {
        m_window.reset();
        m_console.reset();
        m_console = std::make_unique<TestConsole>(*m_temp.db(), m_temp.config(), *m_writes, m_clock);
        ASSERT_TRUE(m_console->isOpen());
        AppContext context = appContext();
        context.notifier = &m_notifier;
        context.holdSound = &m_sound;
        m_window = std::make_unique<MainWindow>(context);
        m_window->resize(1366, 768);
        settle();
    }

    AppContext appContext()
    {
        return m_console->context(
            m_clock, *m_settings, m_languages, *m_scripts, QStringLiteral("Jonathan"), QStringLiteral("ABC Company"));
    }

    /// Lets the window's reads (customer list, history, follow-ups, count) arrive.
    void settle() const { m_console->settle(); }

    QList<CallEvent> events(qint64 callId) const
    {
        m_writes->flush();
        Result<QList<CallEvent>> r = m_calls->events(callId);
        EXPECT_TRUE(r.ok());
        return r ? r.value() : QList<CallEvent> {};
    }

    /// The stored log of the window's current (or last) call, once every write is stored.
    QList<CallEvent> sessionEvents() const
    {
        m_writes->flush();
        return events(m_window->session()->call().id);
    }

    static QJsonObject details(const CallEvent& event)
    {
        return QJsonDocument::fromJson(CallEventCodec::toJson(event.payload).toUtf8()).object();
    }

    /// Asks the intake to look for interrupted calls and waits for its answer: true when one was resumed.
    bool recover()
    {
        QSignalSpy finished(m_window->intake(), &CallIntake::recoveryFinished);
        m_window->intake()->offerRecovery();
        if (finished.isEmpty()) {
            EXPECT_TRUE(finished.wait(10'000)) << "the open calls were never delivered";
        }
        settle();
        return !finished.isEmpty() && finished.first().first().toBool();
    }

    /// Runs `answer` on the next modal dialog of type D (polling, as exec() blocks the caller).
    template <typename D>
    void onNextDialog(std::function<void(D*)> answer)
    {
        auto* poll = new QTimer;
        auto tries = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, tries, answer] {
            if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
                poll->stop();
                poll->deleteLater();
                answer(dialog);
            } else if (++*tries > 500) {
                poll->stop();
                poll->deleteLater();
                ADD_FAILURE() << "no dialog of the expected type opened";
            }
        });
        poll->start(10);
    }

    FakeClock m_clock;
    TempDatabase m_temp;
    QTemporaryDir m_dir;
    Languages m_languages;
    FakeHoldNotifier m_notifier;
    FakeAlertSound m_sound;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ScriptLibrary> m_scripts;
    std::unique_ptr<CallRepository> m_calls;
    std::unique_ptr<TestCallWrites> m_writes;
    std::unique_ptr<TestConsole> m_console;
    std::unique_ptr<MainWindow> m_window;
};
