#include "dialogs/NewCallDialog.h"

#include "domain/PhoneNumber.h"
#include "i18n/BidiText.h"
#include "i18n/Languages.h"
#include "integration/CallRequest.h"
#include "platform/DialogWindow.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"
#include "services/CustomerService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NewCallDialog::NewCallDialog(ICustomerService& customers, const std::optional<Customer>& selected, QWidget* parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_selected(selected)
    , m_selectedRadio(new QRadioButton(this))
    , m_numberRadio(new QRadioButton(this))
    , m_numberEdit(new QLineEdit(this))
    , m_lookupLabel(new QLabel(this))
    , m_newGroup(new QGroupBox(this))
    , m_salutationLabel(new QLabel(m_newGroup))
    , m_salutationCombo(new QComboBox(m_newGroup))
    , m_givenLabel(new QLabel(m_newGroup))
    , m_givenEdit(new QLineEdit(m_newGroup))
    , m_familyLabel(new QLabel(m_newGroup))
    , m_familyEdit(new QLineEdit(m_newGroup))
    , m_languageLabel(new QLabel(m_newGroup))
    , m_languageCombo(new QComboBox(m_newGroup))
    , m_kindLabel(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_errorLabel(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newCallDialog"));
    DialogWindow::setUp(this);
    m_selectedRadio->setObjectName(QStringLiteral("selectedCustomerRadioButton"));
    m_numberRadio->setObjectName(QStringLiteral("numberRadioButton"));
    m_numberEdit->setObjectName(QStringLiteral("numberLineEdit"));
    // Room for separators, and for a number too long to be one, so the refusal says why.
    m_numberEdit->setMaxLength(PhoneNumber::MaxDigits * 4);
    m_numberEdit->setLayoutDirection(Qt::LeftToRight); // digits read left to right in every language
    m_lookupLabel->setObjectName(QStringLiteral("lookupLabel"));
    m_lookupLabel->setWordWrap(true);
    m_newGroup->setObjectName(QStringLiteral("newCustomerGroupBox"));
    m_salutationCombo->setObjectName(QStringLiteral("salutationComboBox"));
    m_salutationCombo->setEditable(true);
    m_givenEdit->setObjectName(QStringLiteral("givenNameLineEdit"));
    m_familyEdit->setObjectName(QStringLiteral("familyNameLineEdit"));
    m_languageCombo->setObjectName(QStringLiteral("customerLanguageComboBox"));
    for (const Languages::Language& language : Languages::available())
        m_languageCombo->addItem(LanguageSwitcher::nativeName(language.code), language.code);
    const QString uiLanguage = QLocale().name().section(u'_', 0, 0);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(uiLanguage)));
    m_kindCombo->setObjectName(QStringLiteral("callKindComboBox"));
    m_errorLabel->setObjectName(QStringLiteral("newCallErrorLabel"));
    m_errorLabel->setWordWrap(true);
    Theme::apply(m_errorLabel, Theme::Look::ErrorMessage);
    m_errorLabel->hide();
    m_busyLabel->setObjectName(QStringLiteral("newCallBusyLabel"));
    m_busyLabel->setWordWrap(true);
    m_busyLabel->hide();

    auto* newForm = new QFormLayout(m_newGroup);
    newForm->addRow(m_salutationLabel, m_salutationCombo);
    newForm->addRow(m_givenLabel, m_givenEdit);
    newForm->addRow(m_familyLabel, m_familyEdit);
    newForm->addRow(m_languageLabel, m_languageCombo);
    m_salutationLabel->setBuddy(m_salutationCombo);
    m_givenLabel->setBuddy(m_givenEdit);
    m_familyLabel->setBuddy(m_familyEdit);
    m_languageLabel->setBuddy(m_languageCombo);
    m_kindLabel->setBuddy(m_kindCombo);

    auto* kindRow = new QFormLayout;
    kindRow->addRow(m_kindLabel, m_kindCombo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_selectedRadio);
    layout->addWidget(m_numberRadio);
    layout->addWidget(m_numberEdit);
    layout->addWidget(m_lookupLabel);
    layout->addWidget(m_newGroup);
    layout->addLayout(kindRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCallDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCallDialog::reject);
    connect(m_selectedRadio, &QRadioButton::toggled, this, &NewCallDialog::updateMode);
    connect(m_numberEdit, &QLineEdit::textChanged, this, &NewCallDialog::lookUpNumber);
    connect(m_numberEdit, &QLineEdit::textEdited, this, [this] { m_numberRadio->setChecked(true); });
    // Choosing "with a phone number" (Alt+N included) means typing it next.
    connect(m_numberRadio, &QRadioButton::clicked, this, [this] {
        m_numberEdit->setFocus(Qt::OtherFocusReason);
        m_numberEdit->selectAll();
    });

    // Nobody on the card, no such choice: the dialog never offers a customer the console does not show.
    m_selectedRadio->setVisible(m_selected.has_value());
    (m_selected ? m_selectedRadio : m_numberRadio)->setChecked(true);
    retranslateUi();
    updateMode();
    (m_selected ? static_cast<QWidget*>(m_kindCombo) : m_numberEdit)->setFocus(Qt::OtherFocusReason);
}

NewCallDialog::~NewCallDialog() = default;

void NewCallDialog::setNumber(const QString& number)
{
    m_numberRadio->setChecked(true);
    m_numberEdit->setText(number);
}

void NewCallDialog::setNameHint(const QString& name)
{
    const QString trimmed = name.simplified();
    const qsizetype space = trimmed.lastIndexOf(u' ');
    m_givenEdit->setText(space < 0 ? trimmed : trimmed.left(space));
    m_familyEdit->setText(space < 0 ? QString() : trimmed.mid(space + 1));
}

void NewCallDialog::setKind(Kind kind)
{
    m_kindCombo->setCurrentIndex(static_cast<int>(kind));
}

NewCallDialog::Kind NewCallDialog::kind() const
{
    return static_cast<Kind>(qBound(0, m_kindCombo->currentIndex(), 2));
}

QString NewCallDialog::number() const
{
    return useSelected() ? (m_selected ? m_selected->phone : QString()) : m_numberEdit->text().trimmed();
}

QString NewCallDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

bool NewCallDialog::useSelected() const
{
    return m_selected && m_selectedRadio->isChecked();
}

void NewCallDialog::lookUpNumber()
{
    // Every answer for what the field read before is stale from now on.
    const ReadGeneration::Tag tag = m_lookups.advance();
    const bool wasKnown = m_found.has_value();
    m_found.reset();
    m_lookupPending = false;
    m_lookupFailed = false;
    const QString typed = m_numberEdit->text().trimmed();
    if (!typed.isEmpty()) {
        const Result<CallRequest> parsed = CallRequest::parse(typed);
        if (!parsed) {
            m_lookupLabel->setText(parsed.error().message);
        } else {
            m_lookupPending = true;
            // "Known customer" no longer holds; any other line stays until the answer (no flicker per key).
            if (wasKnown)
                m_lookupLabel->setText(tr("Looking up the number…"));
            m_customers.findByPhone(parsed.value().number, tag, this,
                [this, tag](Result<std::optional<Customer>> found) {
                    if (tag.stale())
                        return; // the number changed since: a newer answer is on its way
                    m_lookupPending = false;
                    if (found) {
                        m_found = found.value();
                    } else {
                        m_lookupFailed = true;
                        m_lookupLabel->setText(found.error().message);
                    }
                    updateMode();
                    if (!m_acceptWhenLookedUp)
                        return;
                    m_acceptWhenLookedUp = false;
                    setBusy({});
                    if (m_lookupFailed)
                        return showError(m_lookupLabel->text());
                    finishAccept();
                });
        }
    }
    updateMode();
}

void NewCallDialog::updateMode()
{
    const bool selected = useSelected();
    m_numberEdit->setEnabled(!selected && !m_busy);
    const bool typed = !m_numberEdit->text().trimmed().isEmpty();
    if (selected) {
        m_lookupLabel->clear();
    } else if (m_found) {
        m_lookupLabel->setText(tr("Known customer: %1").arg(BidiText::isolated(m_found->fullName())));
    } else if (m_lookupPending || m_lookupFailed) {
        // The answer is on its way, or the label says why there is none.
    } else if (typed && CallRequest::parse(m_numberEdit->text().trimmed())) {
        m_lookupLabel->setText(tr("No customer has this number: a new customer card will be created."));
    } else if (!typed) {
        m_lookupLabel->setText(tr("Without a number, a new customer card is created (in person only)."));
    }
    // While the answer is on its way the form keeps its shape.
    if (selected || !m_lookupPending)
        m_newGroup->setVisible(!selected && !m_found);
}

void NewCallDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void NewCallDialog::setBusy(const QString& status)
{
    m_busy = !status.isEmpty();
    m_busyLabel->setText(status);
    m_busyLabel->setVisible(m_busy);
    m_selectedRadio->setEnabled(!m_busy && m_selected.has_value());
    m_numberRadio->setEnabled(!m_busy);
    m_newGroup->setEnabled(!m_busy);
    m_kindCombo->setEnabled(!m_busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
    // Storing a card cannot be called back: the dialog stays until the database has answered.
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
    updateMode();
}

void NewCallDialog::accept()
{
    if (m_busy)
        return;
    m_errorLabel->hide();
    m_created = false;
    if (useSelected()) {
        m_customer = *m_selected;
        if (outbound() && m_customer.phone.trimmed().isEmpty())
            return showError(tr("%1 has no phone number to call back.").arg(BidiText::isolated(m_customer.fullName())));
        QDialog::accept();
        return;
    }

    const QString typed = m_numberEdit->text().trimmed();
    if (typed.isEmpty() && kind() != Kind::InPerson)
        return showError(tr("Enter the customer's phone number."));
    if (!typed.isEmpty()) {
        const Result<CallRequest> parsed = CallRequest::parse(typed);
        if (!parsed)
            return showError(parsed.error().message);
    }
    if (m_lookupFailed)
        lookUpNumber(); // once more: the database may answer now
    if (m_lookupPending) {
        // Whether the number has a card decides between that card and a new one.
        m_acceptWhenLookedUp = true;
        setBusy(tr("Looking up the number…"));
        return;
    }
    finishAccept();
}

void NewCallDialog::finishAccept()
{
    if (m_found) {
        m_customer = *m_found;
        QDialog::accept();
        return;
    }

    Customer fresh;
    fresh.salutation = m_salutationCombo->currentText().trimmed();
    fresh.givenName = m_givenEdit->text().trimmed();
    fresh.familyName = m_familyEdit->text().trimmed();
    fresh.phone = m_numberEdit->text().trimmed();
    fresh.preferredLanguage = m_languageCombo->currentData().toString();
    if (fresh.givenName.isEmpty() && fresh.familyName.isEmpty()) {
        m_givenEdit->setFocus(Qt::OtherFocusReason);
        return showError(tr("Enter the new customer's name: a given name, a family name or both."));
    }
    m_saving = true;
    setBusy(tr("Saving the new customer card…"));
    m_customers.create(fresh, this, [this](Result<Customer> stored) {
        m_saving = false;
        setBusy({});
        if (!stored) // everything typed is still there: the agent can try again or cancel
            return showError(tr("The new customer card could not be saved: %1").arg(stored.error().message));
        m_customer = stored.value();
        m_created = true;
        QDialog::accept();
    });
}

void NewCallDialog::reject()
{
    if (m_saving)
        return;
    m_acceptWhenLookedUp = false;
    setBusy({});
    QDialog::reject();
}

void NewCallDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewCallDialog::retranslateUi()
{
    setWindowTitle(tr("New call"));
    m_selectedRadio->setText(m_selected ? tr("With the &selected customer: %1").arg(BidiText::isolated(m_selected->fullName()))
                                        : tr("With the &selected customer (none selected)"));
    m_selectedRadio->setAccessibleName(tr("Call the selected customer"));
    m_numberRadio->setText(tr("With a phone &number:"));
    m_numberRadio->setAccessibleName(tr("Call by phone number"));
    m_numberEdit->setAccessibleName(tr("Phone number"));
    m_numberEdit->setPlaceholderText(tr("+91 98480 22338"));
    m_newGroup->setTitle(tr("New customer card"));
    m_salutationLabel->setText(tr("Sal&utation:"));
    m_salutationCombo->setAccessibleName(tr("Salutation"));
    const QString salutation = m_salutationCombo->currentText();
    m_salutationCombo->clear();
    m_salutationCombo->addItems({QString(), tr("Ms."), tr("Mr."), tr("Mx."), tr("Dr.")});
    m_salutationCombo->setCurrentText(salutation);
    m_givenLabel->setText(tr("&Given name:"));
    m_givenEdit->setAccessibleName(tr("Given name"));
    m_familyLabel->setText(tr("&Family name:"));
    m_familyEdit->setAccessibleName(tr("Family name"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setAccessibleName(tr("Customer's preferred language"));
    m_kindLabel->setText(tr("&Channel:"));
    m_kindCombo->setAccessibleName(tr("Channel"));
    const int kindIndex = qMax(0, m_kindCombo->currentIndex());
    m_kindCombo->clear();
    m_kindCombo->addItems({tr("Incoming phone call"), tr("In person"), tr("Callback (you call the customer)")});
    m_kindCombo->setCurrentIndex(kindIndex);
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("S&tart call"));
}
