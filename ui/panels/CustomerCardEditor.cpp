#include "panels/CustomerCardEditor.h"

#include "i18n/Languages.h"
#include "panels/CustomerFieldNames.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// The fields in the order of the form, each with its input's object name.
constexpr CustomerField FormOrder[] = {CustomerField::Salutation, CustomerField::GivenName,
    CustomerField::FamilyName, CustomerField::Phone, CustomerField::OtherPhones, CustomerField::Email,
    CustomerField::Address, CustomerField::Country, CustomerField::PreferredLanguage, CustomerField::Tags};

QStringList splitTags(const QString& text)
{
    // A comma of any script separates tags: "VIP, Braille" as much as "VIP، بریل".
    static const QRegularExpression separators(u"[,،、\\n]"_s);
    QStringList tags;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

/// Sets `edit` as tall as its text, at least its "minLines" lines.
void fitHeight(QPlainTextEdit* edit)
{
    // A plain text document measures its height in lines, wrapped lines included.
    const double lines = edit->document()->documentLayout()->documentSize().height();
    const int shown = qMax(edit->property("minLines").toInt(), static_cast<int>(std::ceil(lines)));
    const int frame = 2 * edit->frameWidth() + static_cast<int>(2 * edit->document()->documentMargin());
    edit->setFixedHeight(shown * edit->fontMetrics().lineSpacing() + frame + 4);
}

/// A text field that grows with its text (from `lines` lines) instead of scrolling: the form around it
/// scrolls already, and a scroll area inside another hides lines where nobody looks for them.
QPlainTextEdit* smallTextEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    edit->setProperty("minLines", lines);
    QObject::connect(edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, edit,
        [edit] { fitHeight(edit); });
    fitHeight(edit);
    return edit;
}

} // namespace

CustomerCardEditor::CustomerCardEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_salutationEdit(new QLineEdit(this))
    , m_givenNameEdit(new QLineEdit(this))
    , m_familyNameEdit(new QLineEdit(this))
    , m_phoneEdit(new QLineEdit(this))
    , m_otherPhonesEdit(smallTextEdit(this, 2))
    , m_emailEdit(new QLineEdit(this))
    , m_addressEdit(smallTextEdit(this, 2))
    , m_countryEdit(new QLineEdit(this))
    , m_languageComboBox(new QComboBox(this))
    , m_tagsEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(u"customerCardEditor"_s);
    m_title->setObjectName(u"cardEditorTitleLabel"_s);
    m_title->setWordWrap(true);
    Theme::setType(m_title, Theme::Type::Headline);
    m_salutationEdit->setObjectName(u"salutationLineEdit"_s);
    m_givenNameEdit->setObjectName(u"givenNameLineEdit"_s);
    m_familyNameEdit->setObjectName(u"familyNameLineEdit"_s);
    m_phoneEdit->setObjectName(u"phoneLineEdit"_s);
    m_otherPhonesEdit->setObjectName(u"otherPhonesPlainTextEdit"_s);
    m_emailEdit->setObjectName(u"emailLineEdit"_s);
    m_addressEdit->setObjectName(u"addressPlainTextEdit"_s);
    m_countryEdit->setObjectName(u"countryLineEdit"_s);
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_tagsEdit->setObjectName(u"tagsLineEdit"_s);
    m_errorLabel->setObjectName(u"cardEditorErrorLabel"_s);
    m_saveButton->setObjectName(u"saveCardPushButton"_s);
    m_cancelButton->setObjectName(u"cancelCardPushButton"_s);
    // Phone numbers, e-mail and country codes read left to right whatever the language.
    for (QLineEdit* edit : {m_phoneEdit, m_emailEdit, m_countryEdit})
        edit->setLayoutDirection(Qt::LeftToRight);
    m_otherPhonesEdit->setLayoutDirection(Qt::LeftToRight);
    m_countryEdit->setMaxLength(2);
    m_languageComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_languageComboBox->setMinimumContentsLength(8);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    Theme::apply(m_errorLabel, Theme::Look::ErrorMessage);

    // Captions above their fields: the card's pane is narrow, and Telugu or Urdu captions are long.
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const CustomerField field : FormOrder) {
        auto* caption = new QLabel(this);
        caption->setBuddy(inputFor(field));
        caption->setWordWrap(false); // a field name: one line, never squeezed to two
        caption->setProperty("field", static_cast<int>(field));
        m_captions << caption;
        form->addRow(caption, inputFor(field));
    }

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);
    m_saveButton->setDefault(true);

    // The fields scroll on a small screen or with tall script; the title, the reason a save failed and
    // Save and Cancel stay in view.
    auto* fields = new QWidget(this);
    fields->setObjectName(u"cardEditorFieldsWidget"_s);
    fields->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"cardEditorScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);

    for (QLineEdit* edit : {m_salutationEdit, m_givenNameEdit, m_familyNameEdit, m_phoneEdit, m_emailEdit,
             m_countryEdit, m_tagsEdit})
        connect(edit, &QLineEdit::returnPressed, this, &CustomerCardEditor::saveRequested);
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerCardEditor::saveRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &CustomerCardEditor::cancelRequested);

    setTabOrder(m_salutationEdit, m_givenNameEdit);
    retranslateUi();
}

CustomerCardEditor::~CustomerCardEditor() = default;

QWidget* CustomerCardEditor::inputFor(CustomerField field) const
{
    switch (field) {
    case CustomerField::Salutation:
        return m_salutationEdit;
    case CustomerField::GivenName:
        return m_givenNameEdit;
    case CustomerField::FamilyName:
        return m_familyNameEdit;
    case CustomerField::Phone:
        return m_phoneEdit;
    case CustomerField::OtherPhones:
        return m_otherPhonesEdit;
    case CustomerField::Email:
        return m_emailEdit;
    case CustomerField::Address:
        return m_addressEdit;
    case CustomerField::PreferredLanguage:
        return m_languageComboBox;
    case CustomerField::Country:
        return m_countryEdit;
    case CustomerField::Tags:
        return m_tagsEdit;
    }
    return nullptr;
}

void CustomerCardEditor::edit(const Customer& customer)
{
    m_original = customer;
    m_salutationEdit->setText(customer.salutation);
    m_givenNameEdit->setText(customer.givenName);
    m_familyNameEdit->setText(customer.familyName);
    m_phoneEdit->setText(customer.phone);
    m_otherPhonesEdit->setPlainText(customer.otherPhones.join(u'\n'));
    m_emailEdit->setText(customer.email);
    m_addressEdit->setPlainText(customer.address);
    m_countryEdit->setText(customer.country);
    fillLanguages(customer.preferredLanguage);
    //: Separator between tags as the agent types them
    m_tagsEdit->setText(customer.tags.join(tr(", ")));
    showError({});
    setBusy(false);
    retranslateUi();
}

Customer CustomerCardEditor::value() const
{
    Customer c = m_original;
    c.salutation = m_salutationEdit->text().trimmed();
    c.givenName = m_givenNameEdit->text().trimmed();
    c.familyName = m_familyNameEdit->text().trimmed();
    c.phone = m_phoneEdit->text().trimmed();
    CustomerFields::setValue(c, CustomerField::OtherPhones, m_otherPhonesEdit->toPlainText());
    c.email = m_emailEdit->text().trimmed();
    c.address = m_addressEdit->toPlainText().trimmed();
    c.country = m_countryEdit->text().trimmed().toUpper();
    c.preferredLanguage = m_languageComboBox->currentData().toString();
    c.tags = splitTags(m_tagsEdit->text());
    return c;
}

bool CustomerCardEditor::isDirty() const
{
    return !CustomerFields::between(m_original, value()).isEmpty();
}

void CustomerCardEditor::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* input : {static_cast<QWidget*>(m_salutationEdit), static_cast<QWidget*>(m_givenNameEdit),
             static_cast<QWidget*>(m_familyNameEdit), static_cast<QWidget*>(m_phoneEdit),
             static_cast<QWidget*>(m_otherPhonesEdit), static_cast<QWidget*>(m_emailEdit),
             static_cast<QWidget*>(m_addressEdit), static_cast<QWidget*>(m_countryEdit),
             static_cast<QWidget*>(m_languageComboBox), static_cast<QWidget*>(m_tagsEdit),
             static_cast<QWidget*>(m_cancelButton)})
        input->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    retranslateUi();
}

void CustomerCardEditor::showError(const QString& message, std::optional<CustomerField> field)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    m_errorLabel->setAccessibleName(message.isEmpty() ? QString() : tr("Why the card was not saved"));
    if (message.isEmpty())
        return;
    if (field) {
        if (QWidget* input = inputFor(*field); input && input->isEnabled())
            input->setFocus(Qt::OtherFocusReason);
    }
    // A screen reader says it at once, not only when the agent happens to reach the label.
    QAccessibleEvent alert(m_errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString CustomerCardEditor::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void CustomerCardEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !m_busy) {
        emit cancelRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CustomerCardEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillLanguages(m_languageComboBox->currentData().toString());
    } else if (event->type() == QEvent::FontChange) {
        fitHeight(m_otherPhonesEdit);
        fitHeight(m_addressEdit);
    }
    QWidget::changeEvent(event);
}

void CustomerCardEditor::fillLanguages(const QString& current)
{
    m_languageComboBox->clear();
    //: The customer has no preferred language: the team's language is used
    m_languageComboBox->addItem(tr("Team default"), QString());
    QStringList codes;
    for (const Languages::Language& language : Languages::available())
        codes << language.code;
    if (!current.isEmpty() && !codes.contains(current))
        codes << current;
    for (const QString& code : codes)
        m_languageComboBox->addItem(LanguageSwitcher::nativeName(code), code);
    m_languageComboBox->setCurrentIndex(qMax(0, m_languageComboBox->findData(current)));
}

void CustomerCardEditor::retranslateUi()
{
    m_title->setText(m_original.id == 0 ? tr("New customer card") : tr("Edit customer card"));
    for (QLabel* caption : std::as_const(m_captions)) {
        const auto field = static_cast<CustomerField>(caption->property("field").toInt());
        caption->setText(CustomerFieldNames::caption(field));
        inputFor(field)->setAccessibleName(CustomerFieldNames::name(field));
    }
    m_otherPhonesEdit->setPlaceholderText(tr("One number per line"));
    m_otherPhonesEdit->setAccessibleDescription(tr("One number per line"));
    //: Placeholder of the country field: two-letter codes
    m_countryEdit->setPlaceholderText(tr("IN, PK, ES…"));
    m_countryEdit->setAccessibleDescription(tr("Two-letter country code"));
    m_tagsEdit->setPlaceholderText(tr("Separate tags with commas"));
    m_tagsEdit->setAccessibleDescription(tr("Separate tags with commas"));
    //: Button: store the edited customer card; shows "Saving…" while it is stored
    m_saveButton->setText(m_busy ? tr("Saving…") : tr("Save"));
    m_saveButton->setAccessibleName(tr("Save the card"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the changes"));
    setAccessibleName(tr("Customer card editor"));
}
