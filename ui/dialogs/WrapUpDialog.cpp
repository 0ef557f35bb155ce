#include "dialogs/WrapUpDialog.h"

#include "domain/Disposition.h"
#include "i18n/DurationFormat.h"
#include "platform/DialogWindow.h"
#include "platform/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxSummaryChars = 20'000;
}

WrapUpDialog::WrapUpDialog(const QString& summary, const QString& disposition, Elapsed afterCallWork, QWidget* parent)
    : QDialog(parent)
    , m_afterCallWork(std::move(afterCallWork))
    , m_dispositionLabel(new QLabel(this))
    , m_dispositionCombo(new QComboBox(this))
    , m_summaryLabel(new QLabel(this))
    , m_summaryEdit(new QPlainTextEdit(this))
    , m_acwLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("wrapUpDialog"));
    DialogWindow::setUp(this);
    m_dispositionCombo->setObjectName(QStringLiteral("dispositionComboBox"));
    for (const QString& key : dispositions())
        m_dispositionCombo->addItem(QString(), key);
    m_dispositionLabel->setBuddy(m_dispositionCombo);
    m_summaryEdit->setObjectName(QStringLiteral("summaryPlainTextEdit"));
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setPlainText(summary);
    m_summaryLabel->setBuddy(m_summaryEdit);
    m_acwLabel->setObjectName(QStringLiteral("afterCallWorkLabel"));
    m_errorLabel->setObjectName(QStringLiteral("wrapUpErrorLabel"));
    m_errorLabel->setWordWrap(true);
    Theme::apply(m_errorLabel, Theme::Look::ErrorMessage);
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(m_dispositionLabel, m_dispositionCombo);
    form->addRow(m_summaryLabel, m_summaryEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_acwLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WrapUpDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WrapUpDialog::reject);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &WrapUpDialog::refresh);
    m_ticker->start();

    retranslateUi();
    setDisposition(disposition);
    m_dispositionCombo->setFocus(Qt::OtherFocusReason);
    resize(520, 360);
}

WrapUpDialog::~WrapUpDialog() = default;

QStringList WrapUpDialog::dispositions()
{
    QStringList keys;
    for (const Disposition disposition : DispositionInfo::choosable())
        keys << DispositionInfo::key(disposition);
    return keys;
}

QString WrapUpDialog::disposition() const
{
    return m_dispositionCombo->currentData().toString();
}

void WrapUpDialog::setDisposition(const QString& key)
{
    const int index = m_dispositionCombo->findData(key);
    if (index >= 0)
        m_dispositionCombo->setCurrentIndex(index);
}

QString WrapUpDialog::summary() const
{
    return m_summaryEdit->toPlainText().trimmed();
}

void WrapUpDialog::setSummary(const QString& text)
{
    m_summaryEdit->setPlainText(text);
}

QString WrapUpDialog::afterCallWorkText() const
{
    return m_acwLabel->text();
}

QString WrapUpDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void WrapUpDialog::refresh()
{
    const std::chrono::milliseconds acw = m_afterCallWork ? m_afterCallWork() : std::chrono::milliseconds {0};
    m_acwLabel->setText(tr("After-call work so far: %1").arg(formatDuration(acw, locale(), DurationStyle::Clock)));
}

void WrapUpDialog::accept()
{
    if (disposition() == DispositionInfo::key(Disposition::Other) && summary().isEmpty()) {
        m_errorLabel->setText(tr("Describe the outcome in the summary when the disposition is “Other”."));
        m_errorLabel->show();
        m_summaryEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (summary().size() > MaxSummaryChars) {
        m_errorLabel->setText(tr("The summary is too long (%1 characters; at most %2). Keep details in the notes.")
                                  .arg(summary().size())
                                  .arg(MaxSummaryChars));
        m_errorLabel->show();
        return;
    }
    m_ticker->stop();
    QDialog::accept();
}

void WrapUpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WrapUpDialog::retranslateUi()
{
    setWindowTitle(tr("Wrap up the call"));
    m_dispositionLabel->setText(tr("&Outcome:"));
    m_dispositionCombo->setAccessibleName(tr("Outcome of the call"));
    for (int i = 0; i < m_dispositionCombo->count(); ++i)
        m_dispositionCombo->setItemText(i,
            DispositionInfo::displayName(
                DispositionInfo::fromKey(m_dispositionCombo->itemData(i).toString()).value_or(Disposition::Other)));
    m_summaryLabel->setText(tr("&Summary:"));
    m_summaryEdit->setAccessibleName(tr("Call summary"));
    m_acwLabel->setAccessibleName(tr("After-call work time"));
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close the call"));
    refresh();
}
