#include "panels/CallBar.h"

#include "i18n/BidiText.h"
#include "i18n/DurationFormat.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"
#include "services/CallSession.h"
#include "services/HoldTimer.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString stateName(CallState state)
{
    switch (state) {
    case CallState::Offered:
        return CallBar::tr("Ringing");
    case CallState::Active:
        return CallBar::tr("In conversation");
    case CallState::OnHold:
        return CallBar::tr("Customer on hold");
    case CallState::Transferring:
        return CallBar::tr("Transferring (customer on hold)");
    case CallState::WrapUp:
        return CallBar::tr("Wrap-up");
    case CallState::Closed:
        return CallBar::tr("Call closed");
    }
    return {};
}
} // namespace

CallBar::CallBar(const CallSession& session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_stateLabel(new QLabel(this))
    , m_customerLabel(new QLabel(this))
    , m_durationLabel(new QLabel(this))
    , m_holdLabel(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("callBar"));
    setFrameShape(QFrame::StyledPanel);
    m_stateLabel->setObjectName(QStringLiteral("callStateLabel"));
    m_customerLabel->setObjectName(QStringLiteral("callCustomerLabel"));
    m_durationLabel->setObjectName(QStringLiteral("callDurationLabel"));
    m_holdLabel->setObjectName(QStringLiteral("callHoldLabel"));
    // The call's state, who is on the line and for how long: what the eye should meet first.
    for (QLabel* label : {m_stateLabel, m_customerLabel, m_durationLabel})
        Theme::setType(label, Theme::Type::Status);
    // One line whatever the language: a badge broken over two lines loses its top line in the bar.
    m_stateLabel->setWordWrap(false);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_customerLabel);
    layout->addWidget(m_durationLabel);
    // The hold times take the room left and wrap in a narrow window rather than push it wider.
    m_holdLabel->setWordWrap(true);
    layout->addWidget(m_holdLabel, 1);
    // With no call the hold times are hidden: the room goes here, and the chip stays at the leading edge.
    layout->addStretch();

    // Durations are read from the session's clock: this timer only repaints.
    m_ticker->setInterval(250); // in step with the hold timer's display
    connect(m_ticker, &QTimer::timeout, this, &CallBar::refresh);
    connect(&m_session, &CallSession::stateChanged, this, &CallBar::refresh);
    connect(&m_session, &CallSession::holdEnded, this, &CallBar::refresh);
    // Red at 60.0 s, not up to a tick later.
    connect(&m_session, &CallSession::holdWarning, this, &CallBar::refresh);
    refresh();
}

CallBar::~CallBar() = default;

void CallBar::setActions(const QList<QAction*>& actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    auto* row = static_cast<QHBoxLayout*>(layout());
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName() + u"ToolButton"_s);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const auto sync = [this, button, action] {
            // Only what can be done now: a short bar, and the agent never hunts for the right button.
            button->setVisible(action->isEnabled() && action->isVisible());
            button->setAccessibleName(action->text().remove(u'&'));
            fitButtons();
        };
        connect(action, &QAction::changed, button, sync);
        sync();
        row->addWidget(button);
        m_buttons << button;
    }
}

void CallBar::setCustomerName(const QString& name)
{
    m_customerName = name;
    refresh();
}

void CallBar::setTransferTarget(const QString& name)
{
    m_transferTarget = name;
    refresh();
}

QToolButton* CallBar::buttonFor(const QAction* action) const
{
    for (QToolButton* button : m_buttons) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

void CallBar::clearClosedCall()
{
    if (m_session.hasCall())
        return;
    m_closedCleared = true;
    refresh();
}

QString CallBar::stateText() const
{
    return m_stateLabel->text();
}

QString CallBar::durationText() const
{
    return m_durationLabel->text();
}

QString CallBar::holdText() const
{
    return m_holdLabel->text();
}

void CallBar::refresh()
{
    const bool open = m_session.hasCall();
    if (open && !m_ticker->isActive())
        m_ticker->start();
    else if (!open)
        m_ticker->stop();

    if (open)
        m_closedCleared = false; // a new call
    const bool any = m_session.hadCall() && !m_closedCleared;
    const CallState state = m_session.state();
    // D3: a customer waiting a minute or more turns the badge red, and says so in words too.
    const bool overdue = open && (state == CallState::OnHold || state == CallState::Transferring)
        && m_session.holdTimer().isWarning();
    QString stateText = any ? stateName(state) : tr("No call");
    if (any && state == CallState::Transferring && !m_transferTarget.isEmpty())
        stateText = tr("Transferring to %1 (customer on hold)").arg(BidiText::isolated(m_transferTarget));
    if (overdue && state == CallState::OnHold)
        stateText = tr("Customer on hold over a minute");
    else if (overdue && m_transferTarget.isEmpty())
        stateText = tr("Transferring (customer waiting over a minute)");
    else if (overdue)
        stateText = tr("Transferring to %1 (customer waiting over a minute)").arg(BidiText::isolated(m_transferTarget));
    if (m_stateLabel->text() != stateText) {
        m_stateLabel->setText(stateText);
        fitStateLabel();
        fitButtons(); // not at every tick: only when what the bar holds changes
    }
    Theme::apply(m_stateLabel, overdue ? Theme::Look::ChipOverdue
                                       : Theme::chipFor(any ? std::optional<CallState>(state) : std::nullopt));
    m_customerLabel->setText(any ? BidiText::isolated(m_customerName) : QString());
    m_customerLabel->setVisible(any && !m_customerName.isEmpty());
    const auto clock = [this](std::chrono::milliseconds duration) {
        return formatDuration(duration, locale(), DurationStyle::Clock);
    };
    m_durationLabel->setText(any ? tr("Call %1").arg(clock(m_session.duration())) : QString());
    m_durationLabel->setVisible(any);
    // The hold in progress counts too: the agent sees what the customer is living through.
    const std::chrono::milliseconds current = m_session.holdTimer().elapsed();
    const bool holding = m_session.holdTimer().isOnHold();
    const int holds = m_session.holdCount() + (holding ? 1 : 0);
    if (any && holds > 0) {
        m_holdLabel->setText(tr("Hold total %1, longest %2 (%n hold(s))", nullptr, holds)
                                 .arg(clock(m_session.totalHold() + current),
                                      clock(std::max(m_session.longestHold(), current))));
    } else {
        m_holdLabel->setText(any ? tr("No hold yet") : QString());
    }
    m_holdLabel->setVisible(any);
    Theme::apply(m_holdLabel, overdue ? Theme::Look::DangerText : Theme::Look::Plain);
    if (state == CallState::WrapUp)
        m_holdLabel->setText(m_holdLabel->text() + u" · "_s
                             + tr("After-call work %1").arg(clock(m_session.afterCallWork())));
    retranslateUi();
}

void CallBar::fitStateLabel()
{
    // From the font of the text itself: the style's size hint for a bold Urdu line falls short of
    // Nastaliq's tall stacked letters, which Qt measures with the Latin face's line height.
    const QFontMetrics metrics(m_stateLabel->font());
    const QString text = m_stateLabel->text();
    const QRect ink = metrics.boundingRect(QRect(0, 0, 10'000, 10'000), Qt::AlignCenter | Qt::TextSingleLine, text);
    int height = std::max(metrics.height(), ink.height());
    if (LanguageSwitcher::usesNastaliq(QLocale().name()))
        height += metrics.height() * 2 / 3;
    const int width = std::max(metrics.horizontalAdvance(text), ink.width());
    // The badge's padding (2px 8px in the chip looks of Theme) and a little air.
    m_stateLabel->setFixedSize(width + 2 * 8 + 4, height + 2 * 2 + 2);
}

int CallBar::wordsWidth(const QToolButton* button)
{
    // An icon alone takes a square button: its padding across is the padding it has down.
    const int iconOnly = button->iconSize().width() + button->sizeHint().height() - button->iconSize().height();
    return button->toolButtonStyle() == Qt::ToolButtonIconOnly ? 0 : std::max(0, button->sizeHint().width() - iconOnly);
}

QSize CallBar::minimumSizeHint() const
{
    QSize size = QFrame::minimumSizeHint();
    for (const QToolButton* button : m_buttons) {
        if (button->isVisibleTo(this))
            size.rwidth() -= wordsWidth(button);
    }
    return size;
}

void CallBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitButtons();
}

void CallBar::fitButtons()
{
    if (m_fitting || !layout())
        return;
    m_fitting = true;
    // Measured with the words each time: a state change or another language changes what they need.
    for (QToolButton* button : std::as_const(m_buttons))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout()->invalidate();
    if (width() < layout()->minimumSize().width()) {
        for (QToolButton* button : std::as_const(m_buttons))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    m_fitting = false;
}

void CallBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        fitStateLabel();
        refresh();
    }
    QFrame::changeEvent(event);
}

void CallBar::retranslateUi()
{
    setAccessibleName(tr("Current call"));
    m_stateLabel->setAccessibleName(tr("Call state"));
    m_durationLabel->setAccessibleName(tr("Call duration"));
    m_holdLabel->setAccessibleName(tr("Hold times"));
}
