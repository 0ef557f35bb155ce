#include "panels/NoticeBanner.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

NoticeBanner::NoticeBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_detailsButton(new QPushButton(this))
    , m_dismissButton(new QPushButton(this))
{
    setObjectName(u"noticeBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // As the save backlog banner: the palette's highlight role stands out in light, dark and
    // high-contrast themes alike.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::Highlight));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::HighlightedText));
    setPalette(colours);
    m_label->setObjectName(u"noticeLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(u"noticeDetailsButton"_s);
    m_dismissButton->setObjectName(u"noticeDismissButton"_s);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(m_dismissButton, 0, Qt::AlignTop);

    connect(m_dismissButton, &QPushButton::clicked, this, &NoticeBanner::dismiss);
    connect(m_detailsButton, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Warning, tr("Details"), m_messages.join(u'\n'), QMessageBox::Ok, this);
        box.setDetailedText(m_details.join(u"\n\n"_s));
        box.exec();
    });
    retranslateUi();
    hide();
}

NoticeBanner::~NoticeBanner() = default;

void NoticeBanner::addNotice(const QString& message, const QString& detail)
{
    if (message.isEmpty())
        return;
    m_messages.append(message);
    if (!detail.isEmpty())
        m_details.append(detail);
    while (m_messages.size() > MaxNotices)
        m_messages.removeFirst();
    while (m_details.size() > MaxNotices)
        m_details.removeFirst();
    updateText();
    show();
    // A screen reader hears each notice, not only the first.
    QAccessibleEvent alert(m_label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void NoticeBanner::dismiss()
{
    m_messages.clear();
    m_details.clear();
    hide();
}

void NoticeBanner::updateText()
{
    m_label->setText(m_messages.join(u'\n'));
    m_label->setAccessibleName(m_label->text());
    m_detailsButton->setVisible(!m_details.isEmpty());
}

void NoticeBanner::retranslateUi()
{
    m_detailsButton->setText(tr("Details…"));
    m_detailsButton->setAccessibleName(tr("Technical details of the notice"));
    //: Button that removes the notice banner once the agent has read it
    m_dismissButton->setText(tr("Dismiss"));
    m_dismissButton->setAccessibleName(tr("Dismiss the notice"));
}

void NoticeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
