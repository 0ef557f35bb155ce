#include "panels/RequestCapture.h"

#include "domain/CardMasker.h"
#include "platform/LanguageSwitcher.h"

#include <QApplication>

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

RequestCapture::RequestCapture(QWidget* parent)
    : QGroupBox(parent)
    , m_requestEdit(addEdit(QStringLiteral("requestLineEdit")))
    , m_detailsEdit(addEdit(QStringLiteral("detailsLineEdit")))
    , m_addressEdit(addEdit(QStringLiteral("addressLineEdit")))
    , m_requestLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_mask(new QTimer(this))
{
    setObjectName(QStringLiteral("requestCaptureGroupBox"));
    m_mask->setSingleShot(true);
    m_mask->setInterval(MaskDelayMs);
    connect(m_mask, &QTimer::timeout, this, &RequestCapture::maskCardNumbers);
    for (QLineEdit* edit : {m_requestEdit, m_detailsEdit, m_addressEdit}) {
        connect(edit, &QLineEdit::textEdited, m_mask, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { maskField(edit); });
    }
    m_requestLabel->setBuddy(m_requestEdit);
    m_detailsLabel->setBuddy(m_detailsEdit);
    m_addressLabel->setBuddy(m_addressEdit);

    // One field a row, each as wide as the pane: details and address side by side left the details
    // about a hundred pixels in a narrow pane.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_requestLabel, 0, 0);
    grid->addWidget(m_requestEdit, 0, 1);
    grid->addWidget(m_detailsLabel, 1, 0);
    grid->addWidget(m_detailsEdit, 1, 1);
    grid->addWidget(m_addressLabel, 2, 0);
    grid->addWidget(m_addressEdit, 2, 1);
    grid->setColumnStretch(1, 1);

    setTabOrder(m_requestEdit, m_detailsEdit);
    setTabOrder(m_detailsEdit, m_addressEdit);
    retranslateUi();
    fitToScript();
}

RequestCapture::~RequestCapture() = default;

void RequestCapture::fitToScript()
{
    if (m_fitting)
        return;
    m_fitting = true;
    const bool nastaliq = LanguageSwitcher::usesNastaliq(QLocale().name());
    // The group box's own font only for its title; the labels and fields keep the application's
    // families (Latin first, so names and numbers typed in them look right). Families only: sizes still
    // follow the application font.
    QFont title;
    QFont fields;
    if (nastaliq) {
        title.setFamilies({QStringLiteral("Noto Nastaliq Urdu"), QStringLiteral("Noto Sans")});
        fields.setFamilies(QApplication::font().families());
    }
    setFont(title); // an empty QFont: inherit as usual
    const QList<QWidget*> children {m_requestLabel, m_detailsLabel, m_addressLabel, m_requestEdit, m_detailsEdit,
        m_addressEdit};
    for (QWidget* child : children)
        child->setFont(fields);
    // The fields' height for Nastaliq comes from the application style (TallScript).
    m_fitting = false;
}

QLineEdit* RequestCapture::addEdit(const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(MaxLength);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, &RequestCapture::edited);
    return edit;
}

QString RequestCapture::request() const
{
    return m_requestEdit->text().trimmed();
}

QString RequestCapture::details() const
{
    return m_detailsEdit->text().trimmed();
}

QString RequestCapture::address() const
{
    return m_addressEdit->text().trimmed();
}

void RequestCapture::setFields(const QString& request, const QString& details, const QString& address)
{
    // setText() does not emit textEdited(): nothing is saved back.
    m_requestEdit->setText(request);
    m_detailsEdit->setText(details);
    m_addressEdit->setText(address);
    m_mask->stop();
    Q_EMIT fieldsReplaced();
}

void RequestCapture::maskCardNumbers()
{
    m_mask->stop();
    for (QLineEdit* edit : {m_requestEdit, m_detailsEdit, m_addressEdit})
        maskField(edit);
}

void RequestCapture::maskField(QLineEdit* edit)
{
    // Only the part that changed is replaced, as one edit: Ctrl+Z takes it back, the cursor stays put
    // (after the mask when it was inside the number), and textEdited() saves the masked text.
    const std::optional<CardMaskEdit> mask = CardMasker::maskingEdit(edit->text());
    if (!mask)
        return;
    const qsizetype newCursor = mask->mapCursor(edit->cursorPosition());
    edit->setSelection(static_cast<int>(mask->start), static_cast<int>(mask->end - mask->start));
    edit->insert(mask->replacement);
    edit->setCursorPosition(static_cast<int>(newCursor));
}

void RequestCapture::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitToScript();
    } else if (event->type() == QEvent::FontChange) {
        fitToScript();
    }
    QGroupBox::changeEvent(event);
}

bool RequestCapture::event(QEvent* event)
{
    const bool handled = QGroupBox::event(event);
    // The language's font has just been applied (its own font set, this box may see no FontChange).
    if (event->type() == QEvent::ApplicationFontChange)
        fitToScript();
    return handled;
}

void RequestCapture::retranslateUi()
{
    setTitle(tr("What the customer wants"));
    m_requestLabel->setText(tr("Re&quest:"));
    m_requestEdit->setAccessibleName(tr("Customer request"));
    m_requestEdit->setPlaceholderText(tr("e.g. two more CDs"));
    m_requestEdit->setToolTip(tr("Fills the restate and closing lines of the script (Ctrl+Shift+Q)"));
    m_detailsLabel->setText(tr("De&tails:"));
    m_detailsEdit->setAccessibleName(tr("Request details"));
    m_detailsEdit->setPlaceholderText(tr("optional"));
    m_addressLabel->setText(tr("Addre&ss:"));
    m_addressEdit->setAccessibleName(tr("Delivery address"));
    m_addressEdit->setPlaceholderText(tr("optional; the customer card's address otherwise"));
}
