#include "dialogs/TransferDialog.h"

#include "domain/ScriptVariables.h"
#include "i18n/BidiText.h"
#include "i18n/Languages.h"
#include "platform/DialogWindow.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TransferDialog::TransferDialog(const QList<TransferTarget>& targets, const CallScript& script,
    const ScriptRenderer::Variables& variables, QWidget* parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_script(script)
    , m_variables(variables)
    , m_listLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_warmRadio(new QRadioButton(this))
    , m_coldRadio(new QRadioButton(this))
    , m_coldWarning(new QLabel(this))
    , m_lineLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("transferDialog"));
    DialogWindow::setUp(this);
    m_list->setObjectName(QStringLiteral("transferTargetListWidget"));
    m_listLabel->setBuddy(m_list);
    for (const TransferTarget& target : m_targets) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, target.id);
    }
    m_warmRadio->setObjectName(QStringLiteral("warmRadioButton"));
    m_coldRadio->setObjectName(QStringLiteral("coldRadioButton"));
    m_warmRadio->setChecked(true);
    m_coldWarning->setObjectName(QStringLiteral("coldWarningLabel"));
    m_coldWarning->setWordWrap(true);
    Theme::apply(m_coldWarning, Theme::Look::Callout);
    m_lineLabel->setObjectName(QStringLiteral("transferLineLabel"));
    m_lineLabel->setWordWrap(true);
    m_lineLabel->setTextFormat(Qt::PlainText);
    m_lineLabel->setFont(LanguageSwitcher::fontFor(m_script.language, LanguageSwitcher::baseFont()));
    m_lineLabel->setLayoutDirection(Languages::direction(m_script.language));
    m_errorLabel->setObjectName(QStringLiteral("transferErrorLabel"));
    m_errorLabel->setWordWrap(true);
    Theme::apply(m_errorLabel, Theme::Look::ErrorMessage);
    m_errorLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_warmRadio);
    layout->addWidget(m_coldRadio);
    layout->addWidget(m_coldWarning);
    layout->addWidget(m_lineLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TransferDialog::updateLine);
    // Ctrl+Space deselects without moving the current row: the line must not name a stale target.
    connect(m_list, &QListWidget::itemSelectionChanged, this, &TransferDialog::updateLine);
    connect(m_list, &QListWidget::itemActivated, this, &TransferDialog::accept);
    connect(m_warmRadio, &QRadioButton::toggled, this, &TransferDialog::updateLine);

    retranslateUi();
    if (!m_targets.isEmpty())
        m_list->setCurrentRow(0);
    m_list->setFocus(Qt::OtherFocusReason);
}

TransferDialog::~TransferDialog() = default;

std::optional<TransferTarget> TransferDialog::target() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_targets.size() || !m_list->currentItem() || !m_list->currentItem()->isSelected())
        return std::nullopt;
    return m_targets.at(row);
}

bool TransferDialog::isWarm() const
{
    return m_warmRadio->isChecked();
}

void TransferDialog::setWarm(bool warm)
{
    (warm ? m_warmRadio : m_coldRadio)->setChecked(true);
}

void TransferDialog::selectTarget(int row)
{
    m_list->setCurrentRow(row);
}

bool TransferDialog::isColdWarningShown() const
{
    return m_coldWarning->isVisibleTo(this);
}

QString TransferDialog::scriptLine() const
{
    const std::optional<TransferTarget> chosen = target();
    ScriptRenderer::Variables vars = m_variables;
    if (chosen)
        vars.insert(ScriptVariable::TransferTarget.toString(), chosen->name);
    const QString line = m_script.lines.value(isWarm() ? u"transfer_warm"_s : u"transfer_cold"_s);
    return line.isEmpty() ? QString() : ScriptRenderer::render(line, vars, m_script.rules);
}

QString TransferDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void TransferDialog::updateLine()
{
    m_coldWarning->setVisible(!isWarm());
    const QString line = target() ? scriptLine() : QString();
    m_lineLabel->setText(line.isEmpty() ? QString() : tr("Say: “%1”").arg(BidiText::isolated(line)));
    m_lineLabel->setVisible(!line.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(isWarm() ? tr("&Consult first") : tr("Transfer &now"));
    m_errorLabel->hide();
}

void TransferDialog::accept()
{
    if (m_targets.isEmpty()) {
        m_errorLabel->setText(tr("There is nobody to transfer to: no department or manager is set up."));
        m_errorLabel->show();
        return;
    }
    if (!target()) {
        m_errorLabel->setText(tr("Choose who to transfer the customer to."));
        m_errorLabel->show();
        m_list->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void TransferDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TransferDialog::retranslateUi()
{
    setWindowTitle(tr("Transfer the call"));
    m_listLabel->setText(m_targets.isEmpty() ? tr("No departments or managers are set up for transfers.")
                                             : tr("Transfer &to:"));
    m_list->setAccessibleName(tr("Transfer targets"));
    for (int i = 0; i < m_targets.size(); ++i) {
        const TransferTarget& target = m_targets.at(i);
        const QString kind = target.kind == u"manager"_s ? tr("manager") : tr("department");
        const QString name = BidiText::isolated(target.name);
        m_list->item(i)->setText(target.extension.isEmpty()
                ? tr("%1 (%2)").arg(name, kind)
                : tr("%1 (%2, extension %3)").arg(name, kind, BidiText::leftToRight(target.extension)));
    }
    m_warmRadio->setText(tr("&Warm: the customer waits on hold while I consult, and I stay until they are connected"));
    m_warmRadio->setAccessibleName(tr("Warm transfer"));
    m_coldRadio->setText(tr("C&old: transfer at once without consulting"));
    m_coldRadio->setAccessibleName(tr("Cold transfer"));
    m_coldWarning->setText(tr("Warning: you will leave before the customer is connected. The transfer is recorded "
                              "as cold."));
    m_coldWarning->setAccessibleName(tr("Cold transfer warning"));
    m_lineLabel->setAccessibleName(tr("Transfer line to say"));
    m_errorLabel->setAccessibleName(tr("Problem"));
    updateLine();
}
