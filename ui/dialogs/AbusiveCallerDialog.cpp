#include "dialogs/AbusiveCallerDialog.h"

#include "i18n/Languages.h"
#include "platform/DialogWindow.h"
#include "platform/LanguageSwitcher.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel* lineLabel(const CallScript& script, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setFont(LanguageSwitcher::fontFor(script.language, LanguageSwitcher::baseFont()));
    label->setLayoutDirection(Languages::direction(script.language));
    label->setContentsMargins(24, 0, 0, 8);
    return label;
}
} // namespace

AbusiveCallerDialog::AbusiveCallerDialog(
    const CallScript& script, const ScriptRenderer::Variables& variables, bool canHold, QWidget* parent)
    : QDialog(parent)
    , m_script(script)
    , m_variables(variables)
    , m_introLabel(new QLabel(this))
    , m_holdButton(new QPushButton(this))
    , m_holdLine(lineLabel(m_script, QStringLiteral("abusiveHoldLineLabel"), this))
    , m_supervisorButton(new QPushButton(this))
    , m_supervisorLine(lineLabel(m_script, QStringLiteral("abusiveSupervisorLineLabel"), this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("abusiveCallerDialog"));
    DialogWindow::setUp(this);
    m_introLabel->setWordWrap(true);
    m_holdButton->setObjectName(QStringLiteral("abusiveHoldPushButton"));
    m_supervisorButton->setObjectName(QStringLiteral("abusiveSupervisorPushButton"));
    m_cancelButton->setObjectName(QStringLiteral("abusiveCancelPushButton"));
    m_holdButton->setEnabled(canHold);
    LanguageSwitcher::setSpokenLine(m_holdLine, lineFor(AbusiveAction::Hold), m_script.language);
    LanguageSwitcher::setSpokenLine(m_supervisorLine, lineFor(AbusiveAction::Supervisor), m_script.language);

    auto* cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_holdButton);
    layout->addWidget(m_holdLine);
    layout->addWidget(m_supervisorButton);
    layout->addWidget(m_supervisorLine);
    layout->addLayout(cancelRow);

    connect(m_holdButton, &QPushButton::clicked, this, [this] { choose(AbusiveAction::Hold); });
    connect(m_supervisorButton, &QPushButton::clicked, this, [this] { choose(AbusiveAction::Supervisor); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    (canHold ? m_holdButton : m_supervisorButton)->setFocus(Qt::OtherFocusReason);
}

AbusiveCallerDialog::~AbusiveCallerDialog() = default;

void AbusiveCallerDialog::choose(AbusiveAction action)
{
    m_choice = action;
    accept();
}

QString AbusiveCallerDialog::lineFor(AbusiveAction action) const
{
    const QString line
        = m_script.lines.value(action == AbusiveAction::Hold ? u"abusive_hold"_s : u"abusive_supervisor"_s);
    return line.isEmpty() ? QString() : ScriptRenderer::render(line, m_variables, m_script.rules);
}

void AbusiveCallerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AbusiveCallerDialog::retranslateUi()
{
    setWindowTitle(tr("Abusive caller"));
    m_introLabel->setText(tr("Do not accept abusive or profane language. Choose what to do and say the line below "
                             "it."));
    m_holdButton->setText(tr("Put the caller on &hold"));
    m_holdButton->setAccessibleName(tr("Put the abusive caller on hold"));
    m_supervisorButton->setText(tr("Ask to involve a &supervisor"));
    m_supervisorButton->setAccessibleName(tr("Ask whether a supervisor may be involved"));
    m_holdLine->setAccessibleName(tr("Line to say before the hold"));
    m_supervisorLine->setAccessibleName(tr("Line to say to involve a supervisor"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
}
