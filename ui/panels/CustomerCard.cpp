#include "panels/CustomerCard.h"

#include "i18n/BidiText.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

CustomerCard::CustomerCard(QWidget* parent)
    : QFrame(parent)
    , m_nameLabel(new QLabel(this))
    , m_phoneCaption(new QLabel(this))
    , m_phoneLabel(addValueLabel())
    , m_emailCaption(new QLabel(this))
    , m_emailLabel(addValueLabel())
    , m_addressCaption(new QLabel(this))
    , m_addressLabel(addValueLabel())
    , m_languageCaption(new QLabel(this))
    , m_languageLabel(addValueLabel())
{
    setObjectName(QStringLiteral("customerCardFrame"));
    setFrameShape(QFrame::StyledPanel);

    m_nameLabel->setObjectName(QStringLiteral("customerNameLabel"));
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Who the customer is comes first: the card's headline, above the body of the card.
    Theme::setType(m_nameLabel, Theme::Type::Headline);
    m_phoneLabel->setObjectName(QStringLiteral("customerPhoneLabel"));
    m_emailLabel->setObjectName(QStringLiteral("customerEmailLabel"));
    m_addressLabel->setObjectName(QStringLiteral("customerAddressLabel"));
    m_languageLabel->setObjectName(QStringLiteral("customerLanguageLabel"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_phoneCaption, m_phoneLabel);
    form->addRow(m_emailCaption, m_emailLabel);
    form->addRow(m_addressCaption, m_addressLabel);
    form->addRow(m_languageCaption, m_languageLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addLayout(form);

    retranslateUi();
    updateAlignment();
}

CustomerCard::~CustomerCard() = default;

QLabel* CustomerCard::addValueLabel()
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void CustomerCard::setCustomer(const std::optional<Customer>& customer)
{
    m_customer = customer;
    updateValues();
}

void CustomerCard::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    updateValues();
}

QString CustomerCard::headline() const
{
    return m_nameLabel->text();
}

void CustomerCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LayoutDirectionChange)
        updateAlignment();
    QFrame::changeEvent(event);
}

void CustomerCard::updateAlignment()
{
    // Values start next to their captions whatever their own direction: QLabel would otherwise put
    // a Latin e-mail address at the far left of a right-to-left card.
    const Qt::Alignment side = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    for (QLabel* label : {m_nameLabel, m_phoneLabel, m_emailLabel, m_addressLabel, m_languageLabel})
        label->setAlignment(Qt::AlignAbsolute | side | Qt::AlignVCenter);
}

void CustomerCard::retranslateUi()
{
    //: Customer card caption
    m_phoneCaption->setText(tr("Phone:"));
    //: Customer card caption
    m_emailCaption->setText(tr("E-mail:"));
    //: Customer card caption
    m_addressCaption->setText(tr("Address:"));
    //: Customer card caption: the language the customer prefers to be served in
    m_languageCaption->setText(tr("Language:"));
    m_nameLabel->setAccessibleName(tr("Customer name"));
    m_phoneLabel->setAccessibleName(tr("Customer phone"));
    m_emailLabel->setAccessibleName(tr("Customer e-mail"));
    m_addressLabel->setAccessibleName(tr("Customer address"));
    m_languageLabel->setAccessibleName(tr("Customer's preferred language"));
    setAccessibleName(tr("Customer card"));
    updateValues();
}

void CustomerCard::updateValues()
{
    if (!m_customer) {
        m_nameLabel->setText(m_placeholder.isEmpty() ? tr("No customer selected") : m_placeholder);
        for (QLabel* label : {m_phoneLabel, m_emailLabel, m_addressLabel, m_languageLabel})
            label->clear();
        return;
    }
    const Customer& c = *m_customer;
    m_nameLabel->setText(c.salutation.isEmpty() ? c.fullName() : tr("%1 %2", "salutation and full name").arg(c.salutation, c.fullName()));
    m_phoneLabel->setText(BidiText::leftToRight(c.phone));
    m_emailLabel->setText(BidiText::leftToRight(c.email));
    m_addressLabel->setText(c.address);
    m_languageLabel->setText(c.preferredLanguage.isEmpty() ? tr("Team default")
                                                           : LanguageSwitcher::nativeName(c.preferredLanguage));
}
