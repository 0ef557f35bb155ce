#include "panels/SaveBacklogBanner.h"

#include "common/Error.h"
#include "services/CallWriteQueue.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

SaveBacklogBanner::SaveBacklogBanner(CallWriteQueue& writes, QWidget* parent)
    : QFrame(parent)
    , m_writes(writes)
    , m_label(new QLabel(this))
    , m_retryButton(new QPushButton(this))
    , m_detailsButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("saveBacklogBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The palette's highlight role stands out in light, dark and high-contrast themes alike.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::Highlight));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::HighlightedText));
    setPalette(colours);
    m_label->setObjectName(QStringLiteral("saveBacklogLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setObjectName(QStringLiteral("saveBacklogRetryButton"));
    m_detailsButton->setObjectName(QStringLiteral("saveBacklogDetailsButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_detailsButton);

    connect(&m_writes, &CallWriteQueue::backlogChanged, this, &SaveBacklogBanner::onBacklog);
    connect(&m_writes, &CallWriteQueue::backlogCleared, this, [this] {
        m_pending = 0;
        hide();
    });
    connect(m_retryButton, &QPushButton::clicked, &m_writes, &CallWriteQueue::retryNow);
    connect(m_detailsButton, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Warning, tr("Changes not saved yet"), m_reason, QMessageBox::Ok, this);
        box.setDetailedText(m_detail);
        box.exec();
    });
    retranslateUi();
    hide();
}

SaveBacklogBanner::~SaveBacklogBanner() = default;

QString SaveBacklogBanner::text() const
{
    return m_label->text();
}

void SaveBacklogBanner::onBacklog(int pending, const Error& error)
{
    const bool appearing = isHidden();
    m_pending = pending;
    m_reason = error.message;
    m_detail = error.detail;
    m_detailsButton->setVisible(!m_detail.isEmpty() || !m_reason.isEmpty());
    retranslateUi();
    show();
    if (appearing) {
        QAccessibleEvent alert(m_label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void SaveBacklogBanner::retranslateUi()
{
    m_label->setText(tr("%n change(s) of the call are not saved yet: the database cannot take them now. They are "
                        "kept in order on this computer and saved as soon as it can; nothing you typed is lost.",
        nullptr, m_pending));
    m_label->setAccessibleName(m_label->text());
    m_retryButton->setText(tr("Try again now"));
    m_retryButton->setAccessibleName(tr("Try saving the waiting changes again now"));
    m_detailsButton->setText(tr("Details…"));
    m_detailsButton->setAccessibleName(tr("Why the changes are not saved"));
}

void SaveBacklogBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
