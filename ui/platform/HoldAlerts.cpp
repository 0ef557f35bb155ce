#include "platform/HoldAlerts.h"

#include "config/Settings.h"
#include "i18n/BidiText.h"
#include "i18n/DurationFormat.h"
#include "platform/AlertSound.h"
#include "platform/HoldNotifier.h"
#include "services/HoldTimer.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QWidget>

HoldAlerts::HoldAlerts(const HoldTimer& timer, Settings& settings, Outputs outputs, QObject* parent)
    : QObject(parent)
    , m_timer(timer)
    , m_settings(settings)
    , m_outputs(std::move(outputs))
    , m_soundAction(new QAction(this))
{
    Q_ASSERT(m_outputs.window);
    if (!m_outputs.requestAttention)
        m_outputs.requestAttention = [](QWidget* window) { QApplication::alert(window); };

    m_soundAction->setObjectName(QStringLiteral("holdSoundAction"));
    m_soundAction->setCheckable(true);
    m_soundAction->setChecked(soundOn());
    connect(m_soundAction, &QAction::toggled, this,
            [this](bool on) { m_settings.setValue(Settings::Key::HoldSound, on); });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::HoldSound)
            m_soundAction->setChecked(soundOn());
    });

    connect(&m_timer, &HoldTimer::started, this, &HoldAlerts::onStarted);
    connect(&m_timer, &HoldTimer::ticked, this, &HoldAlerts::onTicked);
    connect(&m_timer, &HoldTimer::warningReached, this,
            [this](int, std::chrono::milliseconds elapsed) { onWarning(elapsed); });
    connect(&m_timer, &HoldTimer::stopped, this, &HoldAlerts::onStopped);

    m_outputs.window->installEventFilter(this);
    retranslate();
}

HoldAlerts::~HoldAlerts() = default;

void HoldAlerts::setCustomerName(const QString& title, const QString& inSentence)
{
    m_customerTitle = title;
    m_customerInSentence = inSentence;
    if (m_timer.isOnHold())
        onTicked(m_timer.elapsed());
}

QString HoldAlerts::holdTitle(std::chrono::milliseconds elapsed, bool warning, const QString& title) const
{
    // Compact ("1:05"): the taskbar has little room; the clock's digits keep their order in any direction.
    const QString time = formatDuration(elapsed, m_outputs.window->locale(), DurationStyle::Compact);
    if (m_customerTitle.isEmpty()) {
        return warning ? tr("⚠ On hold %1 — %2", "window title past a minute on hold: time on hold, usual title")
                             .arg(time, title)
                       : tr("On hold %1 — %2", "window title: time on hold, usual title").arg(time, title);
    }
    const QString who = BidiText::isolated(m_customerTitle);
    return warning ? tr("⚠ On hold %1 — %2 — %3",
                        "window title past a minute on hold: time on hold, customer, usual title")
                         .arg(time, who, title)
                   : tr("On hold %1 — %2 — %3", "window title: time on hold, customer, usual title")
                         .arg(time, who, title);
}

void HoldAlerts::onStarted()
{
    if (!m_titled)
        m_restTitle = m_outputs.window->windowTitle();
    m_titled = true;
    m_notified = false;
    onTicked(m_timer.elapsed());
}

void HoldAlerts::onTicked(std::chrono::milliseconds elapsed)
{
    if (!m_titled)
        return;
    // Ticks come four times a second: the title changes once a second, when its text does.
    const QString title = holdTitle(elapsed, m_timer.isWarning() || elapsed >= HoldTimer::WarnAfter, m_restTitle);
    if (m_outputs.window->windowTitle() != title)
        m_outputs.window->setWindowTitle(title);
}

void HoldAlerts::onWarning(std::chrono::milliseconds elapsed)
{
    onTicked(elapsed);
    const QString duration = formatDuration(elapsed, m_outputs.window->locale(), DurationStyle::Clock);
    // Two whole sentences: a translation may place the name where its grammar wants it ("Fa %2 que %1…").
    const QString body = m_customerInSentence.isEmpty()
        ? tr("The customer has been on hold for %1. Return to them and apologise.").arg(duration)
        : tr("%1 has been on hold for %2. Return to the customer and apologise.")
              .arg(BidiText::isolated(m_customerInSentence), duration);
    const bool sound = soundOn();
    // Outside the window too: the agent may be minimised, on another desktop or in another program.
    if (m_outputs.notifier) {
        // The desktop's own sound only when there is no sound of ours: one sound, not two.
        m_outputs.notifier->showHoldWarning(tr("Customer on hold"), body, sound && !m_outputs.sound);
        m_notified = true;
    }
    if (sound && m_outputs.sound)
        m_outputs.sound->play();
    m_outputs.requestAttention(m_outputs.window);
    Q_EMIT warned(body);
}

void HoldAlerts::onStopped()
{
    if (m_titled) {
        m_outputs.window->setWindowTitle(m_restTitle);
        m_titled = false;
    }
    if (m_notified && m_outputs.notifier)
        m_outputs.notifier->clearHoldWarning();
    m_notified = false;
}

bool HoldAlerts::soundOn() const
{
    return m_settings.value(Settings::Key::HoldSound).toBool();
}

bool HoldAlerts::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_outputs.window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HoldAlerts::retranslate()
{
    m_soundAction->setText(tr("&Sound when a customer waits on hold"));
    m_soundAction->setToolTip(tr("Play a sound when a customer has waited on hold for a minute, and at each "
                                 "reminder after"));
}
