#include "dialogs/PaymentDialog.h"

#include "common/Clock.h"
#include "domain/CardExpiry.h"
#include "domain/ScriptVariables.h"
#include "i18n/BidiText.h"
#include "i18n/Languages.h"
#include "platform/DialogWindow.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
/// 19 digits with a separator between each pair is the longest sensible input.
constexpr int MaxNumberLength = 40;
constexpr int MaxNameLength = 80;

/// Overwrites the characters of `text` in place when it owns a heap buffer (possibly shared with the
/// widget it came from), then drops it. Static (literal) data is read-only and is never a typed number.
void overwrite(QString& text)
{
    if (!text.isEmpty() && text.data_ptr().isMutable())
        std::fill_n(const_cast<QChar*>(text.constData()), text.size(), QChar(u'0'));
    text.clear();
}

/// Shows `message` under a field and tells assistive technology about it; problems are spelled out,
/// never shown by colour alone.
void showStatus(QLabel* status, QWidget* field, const QString& message, bool problem)
{
    status->setText(message);
    status->setVisible(!message.isEmpty());
    // Before anything is typed the line is an instruction, in the hint colour: green only confirms input.
    const auto* edit = qobject_cast<const QLineEdit*>(field);
    const bool typed = edit && !edit->text().trimmed().isEmpty();
    Theme::apply(status, problem ? Theme::Look::DangerText : typed ? Theme::Look::SuccessText : Theme::Look::HintText);
    field->setAccessibleDescription(message);
}

} // namespace

PaymentDialog::PaymentDialog(
    const CallScript& script, const ScriptRenderer::Variables& variables, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_script(script)
    , m_variables(variables)
    , m_clock(clock)
    , m_introLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_nameStatus(new QLabel(this))
    , m_numberLabel(new QLabel(this))
    , m_numberEdit(new QLineEdit(this))
    , m_numberStatus(new QLabel(this))
    , m_expiryLabel(new QLabel(this))
    , m_expiryEdit(new QLineEdit(this))
    , m_expiryStatus(new QLabel(this))
    , m_readBackTitle(new QLabel(this))
    , m_readBack(new QLabel(this))
    , m_policyLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"paymentDialog"_s);
    DialogWindow::setUp(this);
    m_introLabel->setObjectName(u"paymentIntroLabel"_s);
    m_introLabel->setWordWrap(true);

    m_nameLabel->setBuddy(m_nameEdit);
    m_nameEdit->setObjectName(u"nameOnCardLineEdit"_s);
    m_nameEdit->setMaxLength(MaxNameLength);
    m_nameStatus->setObjectName(u"nameOnCardStatusLabel"_s);

    // The number: plain echo so the agent can read it back, but no predictive text or input-method
    // history, digits kept left-to-right in a right-to-left layout, and never logged anywhere.
    m_numberLabel->setBuddy(m_numberEdit);
    m_numberEdit->setObjectName(u"cardNumberLineEdit"_s);
    m_numberEdit->setMaxLength(MaxNumberLength);
    m_numberEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhPreferNumbers);
    m_numberEdit->setLayoutDirection(Qt::LeftToRight);
    // Digits show while typing; QLineEdit refuses copy and cut in any echo mode but Normal, so the
    // number cannot reach the clipboard, and it is hidden once focus moves on.
    m_numberEdit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_numberStatus->setObjectName(u"cardNumberStatusLabel"_s);

    m_expiryLabel->setBuddy(m_expiryEdit);
    m_expiryEdit->setObjectName(u"cardExpiryLineEdit"_s);
    m_expiryEdit->setMaxLength(9);
    m_expiryEdit->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhPreferNumbers);
    m_expiryEdit->setLayoutDirection(Qt::LeftToRight);
    m_expiryStatus->setObjectName(u"cardExpiryStatusLabel"_s);

    for (QLabel* status : {m_nameStatus, m_numberStatus, m_expiryStatus}) {
        status->setWordWrap(true);
        status->setTextFormat(Qt::PlainText);
    }

    // The sentence to say, in the script's own language, font and direction.
    m_readBackTitle->setObjectName(u"readBackTitleLabel"_s);
    m_readBack->setObjectName(u"readBackLabel"_s);
    m_readBack->setWordWrap(true);
    m_readBack->setTextFormat(Qt::PlainText);
    m_readBack->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readBack->setFrameShape(QFrame::StyledPanel);
    m_readBack->setMargin(8);
    m_readBack->setMinimumHeight(m_readBack->fontMetrics().height() * 3);
    m_readBack->setFont(LanguageSwitcher::fontFor(m_script.language, LanguageSwitcher::baseFont()));
    m_readBack->setLayoutDirection(Languages::direction(m_script.language));
    m_readBack->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_policyLabel->setObjectName(u"readBackPolicyLabel"_s);
    m_policyLabel->setWordWrap(true);

    m_buttons->setObjectName(u"paymentButtonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmPaymentPushButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPaymentPushButton"_s);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameStatus);
    form->addRow(m_numberLabel, m_numberEdit);
    form->addRow(QString(), m_numberStatus);
    form->addRow(m_expiryLabel, m_expiryEdit);
    form->addRow(QString(), m_expiryStatus);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_readBackTitle);
    layout->addWidget(m_readBack);
    layout->addWidget(m_policyLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_nameEdit, m_numberEdit);
    setTabOrder(m_numberEdit, m_expiryEdit);
    setTabOrder(m_expiryEdit, m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &PaymentDialog::validate);
    connect(m_numberEdit, &QLineEdit::textChanged, this, &PaymentDialog::validate);
    connect(m_expiryEdit, &QLineEdit::textChanged, this, &PaymentDialog::validate);
    // textEdited comes before textChanged: m_expiryBefore still holds the text before the keystroke.
    connect(m_expiryEdit, &QLineEdit::textEdited, this, &PaymentDialog::formatExpiry);
    connect(m_expiryEdit, &QLineEdit::textChanged, this, [this](const QString& text) { m_expiryBefore = text; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    retranslateUi();
    m_nameEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

PaymentDialog::~PaymentDialog()
{
    wipeNumber();
}

QString PaymentDialog::readBackText() const
{
    return m_readBack->text();
}

void PaymentDialog::accept()
{
    validate();
    if (!m_valid)
        return;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    Result<CardSummary> summary
        = CardMasker::summarize(m_numberEdit->text(), m_expiryEdit->text(), m_nameEdit->text(), today);
    if (!summary) {
        showStatus(m_numberStatus, m_numberEdit, summary.error().message, true);
        return;
    }
    m_summary = summary.take();
    QDialog::accept();
}

void PaymentDialog::done(int result)
{
    if (result != QDialog::Accepted)
        m_summary.reset();
    wipeNumber();
    QDialog::done(result);
}

void PaymentDialog::wipeNumber()
{
    QString held = m_numberEdit->text(); // shares the line edit's buffer: overwrite the typed digits
    overwrite(held);
    // setText() (unlike clear()) also drops the undo history, which holds every typed character.
    m_numberEdit->setText(QString());
    m_numberEdit->setModified(false);
    m_numberEdit->deselect();
}

void PaymentDialog::formatExpiry(const QString& typed)
{
    // Only while typing forward at the end: a deletion ("09/" back to "09") or an edit in the middle
    // is left as the agent made it.
    if (typed.size() <= m_expiryBefore.size() || m_expiryEdit->cursorPosition() != typed.size())
        return;
    const QString formatted = CardExpiry::formatAsTyped(typed);
    if (formatted != typed)
        m_expiryEdit->setText(formatted);
}

void PaymentDialog::validate()
{
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    ScriptRenderer::Variables vars = m_variables;

    // Name on the card: required, and a number typed in the wrong field must not be stored as a name.
    const QString name = m_nameEdit->text().trimmed();
    bool nameOk = false;
    if (name.isEmpty()) {
        showStatus(m_nameStatus, m_nameEdit, tr("Enter the name exactly as it is printed on the card."), false);
    } else if (CardMasker::containsCardData(name)) {
        showStatus(m_nameStatus, m_nameEdit,
            tr("The name contains a card number. Type the card number in its own field."), true);
    } else {
        showStatus(m_nameStatus, m_nameEdit, QString(), false);
        nameOk = true;
        vars.insert(ScriptVariable::CardName.toString(), name);
    }

    // Number: every card rule (digits, length for the brand, issued range, Luhn) is the core's.
    bool numberOk = false;
    if (m_numberEdit->text().trimmed().isEmpty()) {
        showStatus(m_numberStatus, m_numberEdit, tr("Enter the card number; spaces and dashes are fine."), false);
    } else if (const CardNumberCheck check = CardMasker::checkNumber(m_numberEdit->text()); !check.isValid()) {
        showStatus(m_numberStatus, m_numberEdit, check.problem, true);
    } else {
        showStatus(m_numberStatus, m_numberEdit,
            tr("Valid %1 card ending in %2.").arg(CardMasker::brandName(check.brand), BidiText::leftToRight(check.last4)),
            false);
        numberOk = true;
        vars.insert(ScriptVariable::CardBrand.toString(), CardMasker::brandName(check.brand));
        vars.insert(ScriptVariable::CardLast4.toString(), BidiText::leftToRight(check.last4));
    }

    // Expiry: the core's rule (CardExpiry): month and year in any usual form, not past, not far ahead.
    bool expiryOk = false;
    const QString expiry = m_expiryEdit->text().trimmed();
    if (expiry.isEmpty()) {
        showStatus(m_expiryStatus, m_expiryEdit, tr("Enter the expiry date as MM/YY, for example 05/29."), false);
    } else if (const Result<QDate> lastDay = CardMasker::parseExpiry(expiry, today); !lastDay) {
        showStatus(m_expiryStatus, m_expiryEdit, lastDay.error().message, true);
    } else {
        const QDate last = lastDay.value();
        //: %1 is the month and year in words ("September 2029").
        showStatus(m_expiryStatus, m_expiryEdit,
            tr("Valid until the end of %1.").arg(BidiText::isolated(CardExpiry::monthAndYear(last))), false);
        expiryOk = true;
        vars.insert(ScriptVariable::CardExpiry.toString(), BidiText::leftToRight(CardExpiry::normalized(last)));
    }

    m_valid = nameOk && numberOk && expiryOk;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);

    const ScriptStep* step = m_script.step(u"payment"_s);
    if (step) {
        // A selectable label lays its text out as a document, which takes the paragraph direction from
        // the first strong character and does not skip isolates: "{customer}، ..." with a Latin name
        // would come out left-to-right in Urdu. A leading direction mark pins the script's direction.
        const QChar mark = BidiText::directionMark(Languages::direction(m_script.language));
        m_readBack->setText(mark + ScriptRenderer::render(step->text, vars));
    } else {
        // A script without a payment step: the same four facts, in the interface language.
        const auto shown = [&vars](QStringView variable) {
            const QString key = variable.toString();
            return vars.value(key, ScriptRenderer::placeholder(key));
        };
        m_readBack->setText(
            tr("Name on the card: %1. %2 ending in %3, expiry %4.")
                .arg(BidiText::isolated(shown(ScriptVariable::CardName)), shown(ScriptVariable::CardBrand),
                    shown(ScriptVariable::CardLast4), shown(ScriptVariable::CardExpiry)));
    }
    m_readBack->setAccessibleDescription(m_readBack->text());
}

void PaymentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PaymentDialog::retranslateUi()
{
    setWindowTitle(tr("Payment read-back"));
    m_introLabel->setText(tr("Type the card details as the customer gives them, then read the sentence below "
                             "back to the customer."));
    m_nameLabel->setText(tr("&Name on card:"));
    m_nameEdit->setAccessibleName(tr("Name on card"));
    m_numberLabel->setText(tr("Card n&umber:"));
    m_numberEdit->setAccessibleName(tr("Card number"));
    m_numberEdit->setPlaceholderText(tr("Digits, spaces or dashes"));
    m_expiryLabel->setText(tr("&Expiry (MM/YY):"));
    m_expiryEdit->setAccessibleName(tr("Expiry date, month and year"));
    //: Placeholder in the card expiry field: two-digit month, slash, two-digit year.
    m_expiryEdit->setPlaceholderText(tr("MM/YY"));
    m_readBackTitle->setText(tr("Read back to the customer:"));
    m_readBack->setAccessibleName(tr("Read-back sentence"));
    m_policyLabel->setText(tr("Read back the name, the brand, the last four digits and the expiry, never the full "
                              "number. Only these are saved; the number is erased when this window closes."));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Confirm read-back"));
    ok->setAccessibleName(tr("Confirm read-back"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}
