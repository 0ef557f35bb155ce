#include "panels/HoldTimerWidget.h"

#include "i18n/DurationFormat.h"
#include "platform/Theme.h"
#include "services/HoldTimer.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HoldTimerWidget::HoldTimerWidget(HoldTimer& timer, QWidget* parent)
    : QFrame(parent)
    , m_timer(timer)
    , m_titleLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_holdButton(new QPushButton(this))
    , m_resumeButton(new QPushButton(this))
    , m_warningLabel(new QLabel(this))
    , m_apologyLabel(new QLabel(this))
    , m_apologisedCheck(new QCheckBox(this))
    , m_holdAction(new QAction(this))
    , m_resumeAction(new QAction(this))
{
    setObjectName(QStringLiteral("holdTimerWidget"));
    setFrameShape(QFrame::StyledPanel);

    m_titleLabel->setObjectName(QStringLiteral("holdTitleLabel"));
    m_timeLabel->setObjectName(QStringLiteral("holdTimeLabel"));
    QFont timeFont = m_timeLabel->font();
    timeFont.setPointSizeF(timeFont.pointSizeF() * 2.4);
    m_timeLabel->setFont(timeFont);
    m_timeLabel->setAlignment(Qt::AlignCenter);
    m_timeLabel->setLayoutDirection(Qt::LeftToRight); // a clock reads the same way in every language

    m_holdButton->setObjectName(QStringLiteral("holdPushButton"));
    m_resumeButton->setObjectName(QStringLiteral("resumePushButton"));
    m_holdAction->setObjectName(QStringLiteral("holdAction"));
    m_holdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_resumeAction->setObjectName(QStringLiteral("resumeAction"));
    m_resumeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    addAction(m_holdAction);
    addAction(m_resumeAction);

    m_warningLabel->setObjectName(QStringLiteral("holdWarningLabel"));
    m_warningLabel->setWordWrap(true);
    Theme::apply(m_warningLabel, Theme::Look::AlertBanner);
    m_warningLabel->hide();

    m_apologyLabel->setObjectName(QStringLiteral("apologyLabel"));
    m_apologyLabel->setWordWrap(true);
    m_apologyLabel->setTextFormat(Qt::RichText);
    Theme::apply(m_apologyLabel, Theme::Look::Callout);
    m_apologyLabel->hide();

    m_apologisedCheck->setObjectName(QStringLiteral("apologisedCheckBox"));
    m_apologisedCheck->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_titleLabel);
    top->addWidget(m_timeLabel, 1);
    top->addWidget(m_holdButton);
    top->addWidget(m_resumeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_apologyLabel);
    layout->addWidget(m_apologisedCheck);

    connect(m_holdAction, &QAction::triggered, this, &HoldTimerWidget::holdRequested);
    connect(m_resumeAction, &QAction::triggered, this, [this] { Q_EMIT resumeRequested(apologised()); });
    connect(m_apologisedCheck, &QCheckBox::toggled, this, [this](bool ticked) {
        // Ticked after the customer was taken back (the usual order: one cannot apologise to hold music).
        if (!ticked || m_timer.isOnHold() || m_apologisedCheck->isHidden())
            return;
        m_apologyLabel->hide();
        m_apologisedCheck->hide();
        Q_EMIT apologyGiven();
    });
    connect(m_holdButton, &QPushButton::clicked, m_holdAction, &QAction::trigger);
    connect(m_resumeButton, &QPushButton::clicked, m_resumeAction, &QAction::trigger);

    connect(&m_timer, &HoldTimer::started, this, [this] {
        // While the customer waits: the line to say on return, and the box to tick when it was said.
        m_apologisedCheck->setChecked(false);
        m_apologisedCheck->show();
        m_apologyLabel->show();
        showElapsed(std::chrono::milliseconds{0});
        updateState();
    });
    connect(&m_timer, &HoldTimer::ticked, this, &HoldTimerWidget::showElapsed);
    connect(&m_timer, &HoldTimer::warningReached, this, [this] { showWarning(); });
    connect(&m_timer, &HoldTimer::stopped, this, [this](std::chrono::milliseconds duration) {
        showElapsed(duration);
        m_warningLabel->hide();
        // D3: always apologise for the hold, whatever its length. Said already (ticked): nothing left to
        // prompt; not yet: the line and the box stay in view until it is said or the conversation ends.
        const bool owed = !m_apologisedCheck->isChecked();
        m_apologyLabel->setVisible(owed);
        m_apologisedCheck->setVisible(owed);
        retranslateUi();
        updateState();
    });

    retranslateUi();
    showElapsed(std::chrono::milliseconds{0});
    updateState();
}

HoldTimerWidget::~HoldTimerWidget() = default;

void HoldTimerWidget::setApologyLine(const QString& line)
{
    m_apologyLine = line;
    retranslateUi();
}

bool HoldTimerWidget::isWarningShown() const
{
    return m_warningLabel->isVisibleTo(this);
}

bool HoldTimerWidget::isApologyShown() const
{
    return m_apologyLabel->isVisibleTo(this);
}

bool HoldTimerWidget::apologised() const
{
    return m_apologisedCheck->isChecked();
}

void HoldTimerWidget::setAllowed(bool hold, bool resume)
{
    m_holdAllowed = hold;
    m_resumeAllowed = resume;
    updateState();
}

void HoldTimerWidget::clearApology()
{
    if (m_timer.isOnHold())
        return;
    m_apologyLabel->hide();
    m_apologisedCheck->hide();
}

void HoldTimerWidget::reset()
{
    const bool onHold = m_timer.isOnHold();
    m_warningLabel->setVisible(onHold && m_timer.isWarning());
    m_apologyLabel->setVisible(onHold);
    m_apologisedCheck->setVisible(onHold);
    if (!onHold)
        m_apologisedCheck->setChecked(false);
    m_timeLabel->setText(formatDuration(m_timer.elapsed(), locale(), DurationStyle::Clock));
    updateState();
}

QString HoldTimerWidget::timeText() const
{
    return m_timeLabel->text();
}

void HoldTimerWidget::showElapsed(std::chrono::milliseconds elapsed)
{
    m_timeLabel->setText(formatDuration(elapsed, locale(), DurationStyle::Clock));
    if (m_timer.isWarning() && !m_warningLabel->isVisibleTo(this))
        showWarning();
}

void HoldTimerWidget::showWarning()
{
    if (!m_timer.isOnHold())
        return;
    const bool first = !m_warningLabel->isVisibleTo(this);
    m_warningLabel->show();
    Theme::apply(m_timeLabel, Theme::Look::DangerText);
    retranslateUi();
    if (first) {
        // Once per hold: the later nudges reach the agent by sound, taskbar and notification; a screen
        // reader repeating the sentence every 30 s would talk over the customer.
        QAccessibleEvent alert(m_warningLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        Q_EMIT warningAnnounced();
    }
}

void HoldTimerWidget::updateState()
{
    const bool onHold = m_timer.isOnHold();
    m_holdAction->setEnabled(m_holdAllowed && !onHold);
    m_holdButton->setEnabled(m_holdAllowed && !onHold);
    m_resumeAction->setEnabled(m_resumeAllowed && onHold);
    m_resumeButton->setEnabled(m_resumeAllowed && onHold);
    // Only what can be done now, as in the call bar: one button beside the clock, not two.
    m_holdButton->setVisible(m_holdButton->isEnabled());
    m_resumeButton->setVisible(m_resumeButton->isEnabled());
    if (!onHold)
        Theme::apply(m_timeLabel, Theme::Look::Plain);
    retranslateUi();
}

void HoldTimerWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void HoldTimerWidget::retranslateUi()
{
    m_titleLabel->setText(tr("Hold timer"));
    // Alt+O: Alt+H is the Help menu's.
    m_holdButton->setText(tr("H&old", "verb: put the caller on hold"));
    m_holdButton->setAccessibleName(tr("Put the caller on hold"));
    m_holdButton->setToolTip(tr("Put the caller on hold (Ctrl+H)"));
    m_holdAction->setText(tr("Put on &hold"));
    m_resumeButton->setText(tr("&Resume", "verb: take the caller off hold"));
    m_resumeButton->setAccessibleName(tr("Resume the call"));
    m_resumeButton->setToolTip(tr("Take the caller off hold (Ctrl+R)"));
    m_resumeAction->setText(tr("&Resume the call"));
    m_warningLabel->setText(tr("On hold for over a minute — return to the customer and apologise"));
    m_warningLabel->setAccessibleName(tr("Hold warning"));
    // The line to say is in the script language, which may run the other way from the UI: it gets a
    // paragraph of its own with its own direction instead of being wrapped into a UI sentence.
    const bool onHold = m_timer.isOnHold();
    QString html;
    if (m_apologyLine.isEmpty()) {
        html = (onHold ? tr("When you return, thank the customer and apologise for the wait.")
                       : tr("Apologise for the hold.")).toHtmlEscaped();
    } else {
        const QString heading = onHold ? tr("When you return, say:") : tr("Apologise for the hold:");
        const QString quoted = tr("“%1”", "quotation marks around a line the agent says").arg(m_apologyLine);
        html = u"<p>%1</p><p dir=\"%2\">%3</p>"_s.arg(heading.toHtmlEscaped(),
                                                     m_apologyLine.isRightToLeft() ? u"rtl"_s : u"ltr"_s,
                                                     quoted.toHtmlEscaped());
    }
    m_apologyLabel->setText(html);
    m_apologyLabel->setAccessibleName(tr("Apology to say"));
    m_apologisedCheck->setText(tr("I &apologised for the wait"));
    m_apologisedCheck->setAccessibleName(tr("I apologised for the wait"));
    m_apologisedCheck->setToolTip(tr("Tick when you have thanked the customer for holding and apologised; "
                                     "it is recorded with the hold."));

    m_timeLabel->setAccessibleName(tr("Time on hold"));
    if (m_timer.isWarning() && m_timer.isOnHold())
        m_timeLabel->setAccessibleDescription(tr("On hold for over a minute: return to the customer and apologise"));
    else if (m_timer.isOnHold())
        m_timeLabel->setAccessibleDescription(tr("The caller is on hold"));
    else
        m_timeLabel->setAccessibleDescription(tr("The caller is not on hold"));
}
