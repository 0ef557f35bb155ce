#include "dialogs/FollowUpDialog.h"

#include "common/Clock.h"
#include "domain/CardMasker.h"
#include "domain/ScriptVariables.h"
#include "i18n/BidiText.h"
#include "i18n/Languages.h"
#include "platform/DialogWindow.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int DefaultHour = 10;
constexpr int MaxReasonLength = 500;
constexpr int MaxDaysAhead = 366;

/// The locale's short date with a four-digit year (a two-digit one is ambiguous when typed), then its
/// short time.
QString editFormat(const QLocale& locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(u"yyyy"_s))
        date.replace(u"yy"_s, u"yyyy"_s);
    return date + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

/// "Monday, 16 March 2026 10:00" in `locale`: the day spelled out, so nobody misreads 03/04.
QString longWhen(const QDateTime& local, const QLocale& locale)
{
    // The date and the time each isolated (BidiText::dateTime): "10:00 AM" stays one run in Urdu.
    return BidiText::isolated(locale.toString(local.date(), QLocale::LongFormat)) + u' '
        + BidiText::isolated(locale.toString(local.time(), QLocale::ShortFormat));
}
} // namespace

FollowUpDialog::FollowUpDialog(const QList<Agent>& agents, qint64 defaultOwnerId, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_agents(agents)
    , m_clock(clock)
    , m_ownerLabel(new QLabel(this))
    , m_ownerCombo(new QComboBox(this))
    , m_whenLabel(new QLabel(this))
    , m_whenEdit(new QDateTimeEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_previewTitle(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"followUpDialog"_s);
    DialogWindow::setUp(this);
    m_ownerLabel->setBuddy(m_ownerCombo);
    m_ownerCombo->setObjectName(u"ownerComboBox"_s);
    for (const Agent& agent : std::as_const(m_agents))
        m_ownerCombo->addItem(agent.name, agent.id);
    const int ownerIndex = m_ownerCombo->findData(defaultOwnerId);
    m_ownerCombo->setCurrentIndex(ownerIndex >= 0 ? ownerIndex : 0);

    m_whenLabel->setBuddy(m_whenEdit);
    m_whenEdit->setObjectName(u"dueDateTimeEdit"_s);
    m_whenEdit->setTimeSpec(Qt::LocalTime);
    m_whenEdit->setCalendarPopup(true);
    m_whenEdit->setDisplayFormat(editFormat(locale()));
    m_whenEdit->setDateTime(defaultDue(m_clock.nowUtc(), locale()));

    m_reasonLabel->setBuddy(m_reasonEdit);
    m_reasonEdit->setObjectName(u"reasonLineEdit"_s);
    m_reasonEdit->setMaxLength(MaxReasonLength);

    m_statusLabel->setObjectName(u"followUpStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    m_previewTitle->setObjectName(u"followUpPreviewTitleLabel"_s);
    m_previewLabel->setObjectName(u"followUpPreviewLabel"_s);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setMargin(8);
    m_previewTitle->hide();
    m_previewLabel->hide();

    m_buttons->setObjectName(u"followUpButtonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"scheduleFollowUpPushButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelFollowUpPushButton"_s);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_ownerLabel, m_ownerCombo);
    form->addRow(m_whenLabel, m_whenEdit);
    form->addRow(m_reasonLabel, m_reasonEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_previewLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_ownerCombo, m_whenEdit);
    setTabOrder(m_whenEdit, m_reasonEdit);
    setTabOrder(m_reasonEdit, m_buttons);

    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, &FollowUpDialog::validate);
    connect(m_whenEdit, &QDateTimeEdit::dateTimeChanged, this, &FollowUpDialog::validate);
    connect(m_reasonEdit, &QLineEdit::textEdited, this, [this] { m_attempted = true; });
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &FollowUpDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);

    retranslateUi();
    m_reasonEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

FollowUpDialog::~FollowUpDialog() = default;

QDateTime FollowUpDialog::defaultDue(const QDateTime& nowUtc, const QLocale& locale)
{
    const QList<Qt::DayOfWeek> workDays = locale.weekdays();
    QDate day = nowUtc.toLocalTime().date().addDays(1);
    for (int i = 0; i < 7 && !workDays.isEmpty() && !workDays.contains(static_cast<Qt::DayOfWeek>(day.dayOfWeek())); ++i)
        day = day.addDays(1);
    return QDateTime(day, QTime(DefaultHour, 0), Qt::LocalTime);
}

void FollowUpDialog::setPreview(const CallScript& script, const ScriptRenderer::Variables& variables)
{
    m_script = script;
    m_variables = variables;
    m_hasPreview = true;
    m_previewLabel->setFont(LanguageSwitcher::fontFor(m_script.language, LanguageSwitcher::baseFont()));
    m_previewLabel->setLayoutDirection(Languages::direction(m_script.language));
    m_previewLabel->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_previewTitle->show();
    m_previewLabel->show();
    validate();
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp followUp;
    followUp.ownerAgentId = m_ownerCombo->currentData().toLongLong();
    followUp.dueUtc = m_whenEdit->dateTime().toUTC();
    followUp.reason = CardMasker::maskCardNumbers(m_reasonEdit->text().trimmed());
    return followUp;
}

QString FollowUpDialog::ownerName() const
{
    return m_ownerCombo->currentText();
}

QString FollowUpDialog::previewText() const
{
    return m_hasPreview ? m_previewLabel->text() : QString();
}

void FollowUpDialog::accept()
{
    m_attempted = true;
    validate(); // "now" may have moved on since the last edit
    if (m_valid)
        QDialog::accept();
}

void FollowUpDialog::validate()
{
    const QDateTime nowUtc = m_clock.nowUtc();
    const QDateTime due = m_whenEdit->dateTime();
    const QString reason = CardMasker::maskCardNumbers(m_reasonEdit->text().trimmed());

    QStringList problems;
    if (m_ownerCombo->currentIndex() < 0)
        problems << tr("There is no agent to own the follow-up.");
    if (!due.isValid()) {
        problems << tr("Enter the date and time of the follow-up.");
    } else if (due.toUTC() <= nowUtc) {
        problems << tr("The time %1 is in the past. Choose a later date and time.").arg(longWhen(due, locale()));
    } else if (due.toUTC() > nowUtc.addDays(MaxDaysAhead)) {
        problems << tr("The time %1 is more than a year ahead. Choose an earlier date.").arg(longWhen(due, locale()));
    }
    // Not an error before the agent has had a chance to type it: Schedule stays available, and
    // pressing it says what is missing.
    const bool showReasonProblem = m_attempted;
    if (reason.isEmpty() && showReasonProblem)
        problems << tr("Enter why the customer will be contacted.");

    m_valid = problems.isEmpty() && !reason.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    if (problems.isEmpty()) {
        m_statusLabel->setText(tr("Due on %1.").arg(longWhen(due, locale())));
        Theme::apply(m_statusLabel, Theme::Look::Plain);
    } else {
        m_statusLabel->setText(problems.join(u'\n'));
        Theme::apply(m_statusLabel, Theme::Look::DangerText); // the text says what is wrong; colour only adds
    }
    m_whenEdit->setAccessibleDescription(m_statusLabel->text());
    m_reasonEdit->setAccessibleDescription(reason.isEmpty() ? tr("Required") : QString());

    if (m_hasPreview) {
        ScriptRenderer::Variables vars = m_variables;
        if (!ownerName().isEmpty())
            vars.insert(ScriptVariable::FollowUpWho.toString(), ownerName());
        if (due.isValid())
            vars.insert(ScriptVariable::FollowUpWhen.toString(), m_script.rules.spokenWhen(due));
        // A reason not typed yet leaves its sentence out ("Reason: …" is said only with one).
        if (!reason.isEmpty())
            vars.insert(ScriptVariable::FollowUpWhy.toString(), reason);
        const ScriptStep* step = m_script.step(u"follow_up"_s);
        // A leading direction mark: see PaymentDialog (selectable labels ignore isolates when they
        // pick the paragraph direction).
        const QChar mark = BidiText::directionMark(Languages::direction(m_script.language));
        m_previewLabel->setText(step ? mark + ScriptRenderer::render(step->text, vars, m_script.rules)
                                     : tr("This call script has no follow-up sentence."));
        m_previewLabel->setAccessibleDescription(m_previewLabel->text());
    }
}

void FollowUpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FollowUpDialog::retranslateUi()
{
    setWindowTitle(tr("Schedule a follow-up"));
    m_ownerLabel->setText(tr("&Who will contact the customer:"));
    m_ownerCombo->setAccessibleName(tr("Follow-up owner"));
    m_whenLabel->setText(tr("W&hen (your local time):"));
    m_whenEdit->setAccessibleName(tr("Follow-up date and time"));
    m_reasonLabel->setText(tr("Wh&y:"));
    m_reasonEdit->setAccessibleName(tr("Reason for the follow-up"));
    m_reasonEdit->setPlaceholderText(tr("For example: to confirm the refund has arrived"));
    m_previewTitle->setText(tr("Read back to the customer:"));
    m_previewLabel->setAccessibleName(tr("Follow-up sentence"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Schedule"));
    ok->setAccessibleName(tr("Schedule follow-up"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}
