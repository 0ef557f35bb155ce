#include "panels/ScriptPanel.h"

#include "common/Log.h"
#include "domain/ScriptVariables.h"
#include "i18n/Languages.h"
#include "panels/RequestCapture.h"
#include "platform/LanguageSwitcher.h"
#include "platform/Theme.h"
#include "services/ScriptLibrary.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ScriptPanel::ScriptPanel(const ScriptLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_titleLabel(new QLabel(this))
    , m_capture(new RequestCapture(this))
    , m_scrollArea(new QScrollArea(this))
    , m_stepsWidget(new QWidget)
    , m_stepsLayout(new QVBoxLayout(m_stepsWidget))
    , m_nextButton(new QPushButton(this))
    , m_skipButton(new QPushButton(this))
    , m_nextStepAction(new QAction(this))
    , m_skipStepAction(new QAction(this))
{
    setObjectName(QStringLiteral("scriptPanel"));
    m_languageCombo->setObjectName(QStringLiteral("scriptLanguageComboBox"));
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_languageCombo);
    m_titleLabel->setObjectName(QStringLiteral("scriptTitleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);

    m_stepsWidget->setObjectName(QStringLiteral("scriptStepsWidget"));
    m_stepsLayout->setContentsMargins(2, 2, 2, 2);
    m_stepsLayout->addStretch(1);
    m_scrollArea->setObjectName(QStringLiteral("scriptScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setFocusPolicy(Qt::NoFocus); // the check boxes inside take the focus
    m_scrollArea->setWidget(m_stepsWidget);
    // When the panel shrinks (the agent drags a splitter) or the steps grow, the step to say stays in view.
    m_scrollArea->viewport()->installEventFilter(this);
    m_stepsWidget->installEventFilter(this);

    m_nextButton->setObjectName(QStringLiteral("nextStepPushButton"));
    m_nextStepAction->setObjectName(QStringLiteral("nextStepAction"));
    m_nextStepAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_nextStepAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_nextStepAction);
    m_skipButton->setObjectName(QStringLiteral("skipStepPushButton"));
    m_skipStepAction->setObjectName(QStringLiteral("skipStepAction"));
    m_skipStepAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_skipStepAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_skipStepAction);

    // The title and the script's language share a row: the height goes to the steps.
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_titleLabel, 1);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageCombo);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(languageRow);
    layout->addWidget(m_capture);
    layout->addWidget(m_scrollArea, 1);
    auto* stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_nextButton, 1);
    stepButtons->addWidget(m_skipButton);
    layout->addLayout(stepButtons);

    connect(m_nextStepAction, &QAction::triggered, this, &ScriptPanel::nextStep);
    connect(m_nextButton, &QPushButton::clicked, this, &ScriptPanel::nextStep);
    connect(m_skipStepAction, &QAction::triggered, this, &ScriptPanel::skipStep);
    connect(m_skipButton, &QPushButton::clicked, this, &ScriptPanel::skipStep);
    // Live: the restate and closing lines follow every keystroke in the request capture.
    connect(m_capture, &RequestCapture::edited, this, &ScriptPanel::renderSteps);
    // A new or recovered call replaces the fields: the lines must not keep the previous call's request.
    connect(m_capture, &RequestCapture::fieldsReplaced, this, &ScriptPanel::renderSteps);
    connect(m_languageCombo, &QComboBox::activated, this,
            [this](int index) { setScriptLanguage(m_languageCombo->itemData(index).toString()); });

    fillLanguages();
    retranslateUi();
    loadScript(QLocale().name().section(u'_', 0, 0));
}

ScriptPanel::~ScriptPanel() = default;

void ScriptPanel::setSpeaker(const QString& agentName, const QString& companyName)
{
    m_filler.setSpeaker(agentName, companyName);
    renderSteps();
    Q_EMIT scriptChanged();
}

void ScriptPanel::setCustomer(const std::optional<Customer>& customer)
{
    m_customer = customer;
    m_filler.setCustomer(customer);
    QString code = customer ? customer->preferredLanguage : QString();
    if (code.isEmpty() || !m_library.languages().contains(code))
        code = QLocale().name().section(u'_', 0, 0);
    loadScript(code);
}

void ScriptPanel::setChannel(Channel channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    loadScript(m_script.language);
}

void ScriptPanel::setExtraVariables(const ScriptRenderer::Variables& variables)
{
    m_filler.setExtraVariables(variables);
    renderSteps();
}

void ScriptPanel::resetSteps(const QSet<QString>& done, const QSet<QString>& skipped)
{
    for (const ScriptStepRow& row : std::as_const(m_rows)) {
        const QSignalBlocker blocker(row.check);
        row.check->setChecked(false);
    }
    m_skipped.clear();
    restoreMarks(done, skipped);
}

void ScriptPanel::restoreMarks(const QSet<QString>& done, const QSet<QString>& skipped)
{
    for (int i = 0; i < m_rows.size() && i < m_script.steps.size(); ++i) {
        const QString& id = m_script.steps.at(i).id;
        const QSignalBlocker blocker(m_rows.at(i).check);
        if (done.contains(id))
            m_rows.at(i).check->setChecked(true);
        if (skipped.contains(id))
            m_skipped.insert(i);
    }
    renderSteps();
    updateCurrent();
}

void ScriptPanel::setScriptLanguage(const QString& code)
{
    if (code != m_script.language)
        loadScript(code);
}

void ScriptPanel::fillLanguages()
{
    const QSignalBlocker blocker(m_languageCombo);
    m_languageCombo->clear();
    for (const QString& code : m_library.languages())
        m_languageCombo->addItem(LanguageSwitcher::nativeName(code), code);
}

void ScriptPanel::loadScript(const QString& code)
{
    // Ticks and skips survive a change of language or channel: they belong to the call, not the wording.
    QSet<QString> done;
    QSet<QString> skipped;
    for (int i = 0; i < m_rows.size() && i < m_script.steps.size(); ++i) {
        if (m_rows.at(i).check->isChecked())
            done.insert(m_script.steps.at(i).id);
        if (m_skipped.contains(i))
            skipped.insert(m_script.steps.at(i).id);
    }
    Result<CallScript> loaded = m_library.load(code, m_channel);
    if (!loaded) {
        qCWarning(lcUi) << "cannot load the call script:" << loaded.error().detail;
        m_script = CallScript{};
        m_script.language = code;
        Q_EMIT loadFailed(loaded.error().message);
    } else {
        m_script = loaded.take();
    }
    m_filler.setScript(m_script);
    const int index = m_languageCombo->findData(m_script.language);
    if (index >= 0)
        m_languageCombo->setCurrentIndex(index);

    // Script text in its own script and direction, whatever the interface language.
    m_stepsWidget->setFont(LanguageSwitcher::fontFor(m_script.language, LanguageSwitcher::baseFont()));
    m_stepsWidget->setLayoutDirection(Languages::direction(m_script.language));
    m_skipped.clear();
    rebuildSteps();
    restoreMarks(done, skipped);
    Q_EMIT scriptChanged();
}

void ScriptPanel::rebuildSteps()
{
    for (const ScriptStepRow& row : std::as_const(m_rows))
        delete row.frame;
    m_rows.clear();

    for (int i = 0; i < m_script.steps.size(); ++i) {
        const ScriptStep& step = m_script.steps.at(i);
        const ScriptStepRow row = ScriptStepRow::create(m_stepsWidget, step.id);
        m_stepsLayout->insertWidget(m_stepsLayout->count() - 1, row.frame);
        connect(row.check, &QCheckBox::toggled, this, [this, i, id = step.id](bool checked) {
            if (checked) {
                m_skipped.remove(i);
                Q_EMIT stepCompleted(id);
            }
            renderSteps();
            updateCurrent();
        });
        m_rows.append(row);
    }

    // Keyboard order: language, the request capture, each step, then "Next step" and "Skip step".
    setTabOrder(m_languageCombo, m_capture->requestEdit());
    setTabOrder(m_capture->requestEdit(), m_capture->detailsEdit());
    setTabOrder(m_capture->detailsEdit(), m_capture->addressEdit());
    QWidget* previous = m_capture->addressEdit();
    for (const ScriptStepRow& row : std::as_const(m_rows)) {
        setTabOrder(previous, row.check);
        previous = row.check;
    }
    setTabOrder(previous, m_nextButton);
    setTabOrder(m_nextButton, m_skipButton);

    renderSteps();
    retranslateUi();
    updateCurrent();
}

ScriptRenderer::Variables ScriptPanel::variables() const
{
    return m_filler.variables();
}

void ScriptPanel::syncCapture()
{
    m_filler.setCapture(m_capture->request(), m_capture->details(), m_capture->address());
}

void ScriptPanel::renderSteps()
{
    syncCapture();
    for (int i = 0; i < m_rows.size() && i < m_script.steps.size(); ++i) {
        const ScriptStep& step = m_script.steps.at(i);
        //: A script step the agent chose not to say; %1 is the step's title in the script language
        const QString title = m_skipped.contains(i) ? tr("%1 (skipped)").arg(step.title) : step.title;
        // Titles come from script files: an "&" in one is text, not a mnemonic.
        m_rows[i].check->setText(QString(title).replace(u'&', u"&&"_s));
        m_rows[i].check->setAccessibleName(tr("Step %1: %2").arg(i + 1).arg(title));
        m_rows[i].text->setText(m_filler.shownStep(step.id));
    }
}

QString ScriptPanel::apologyLine() const
{
    return ScriptFiller::shown(m_filler.renderLine(u"apology"_s));
}

QString ScriptPanel::renderedStep(const QString& stepId) const
{
    return m_filler.shownStep(stepId);
}

bool ScriptPanel::isStepDone(int index) const
{
    return index >= 0 && index < m_rows.size() && m_rows.at(index).check->isChecked();
}

QWidget* ScriptPanel::firstFocusWidget() const
{
    return m_languageCombo;
}

QWidget* ScriptPanel::lastFocusWidget() const
{
    return m_skipButton;
}

void ScriptPanel::nextStep()
{
    if (m_current < 0 || m_current >= m_rows.size())
        return;
    const int done = m_current;
    m_rows.at(done).check->setChecked(true); // toggled() moves m_current on
    for (int i = done + 1; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).check->isChecked() && !m_skipped.contains(i)) {
            m_current = i;
            break;
        }
    }
    updateHighlight();
}

void ScriptPanel::markStepDone(const QString& stepId)
{
    for (int i = 0; i < m_rows.size() && i < m_script.steps.size(); ++i) {
        if (m_script.steps.at(i).id == stepId)
            m_rows.at(i).check->setChecked(true); // toggled() records it and moves on
    }
}

void ScriptPanel::skipStep()
{
    if (m_current < 0 || m_current >= m_rows.size() || m_current >= m_script.steps.size())
        return;
    m_skipped.insert(m_current);
    const QString id = m_script.steps.at(m_current).id;
    renderSteps();
    updateCurrent();
    Q_EMIT stepSkipped(id);
}

void ScriptPanel::updateCurrent()
{
    m_current = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).check->isChecked() && !m_skipped.contains(i)) {
            m_current = i;
            break;
        }
    }
    updateHighlight();
}

void ScriptPanel::updateHighlight()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const ScriptStepRow& row = m_rows.at(i);
        const bool current = i == m_current;
        row.mark(current, row.check->isChecked() || m_skipped.contains(i), m_leadFits);
        row.check->setAccessibleDescription(current                ? tr("Current step")
                                                : m_skipped.contains(i) ? tr("Skipped")
                                                                        : QString());
    }
    m_nextButton->setEnabled(m_current >= 0);
    m_nextStepAction->setEnabled(m_current >= 0);
    m_skipButton->setEnabled(m_current >= 0);
    m_skipStepAction->setEnabled(m_current >= 0);
    ensureCurrentVisible();
    // Again once the steps are laid out: a step just built has no geometry yet.
    scheduleEnsureCurrentVisible();
}

void ScriptPanel::ensureCurrentVisible()
{
    if (m_current < 0 || m_current >= m_rows.size())
        return;
    QFrame* frame = m_rows.at(m_current).frame;
    const int room = m_scrollArea->viewport()->height();
    if (m_leadFits && frame->height() > room) {
        m_leadFits = false; // body-sized words, and again once laid out
        updateHighlight();
        return;
    }
    if (frame->height() + 8 > room)
        m_scrollArea->verticalScrollBar()->setValue(frame->y()); // read from its first line, not its middle
    else
        m_scrollArea->ensureWidgetVisible(frame, 0, 4);
}

void ScriptPanel::scheduleEnsureCurrentVisible()
{
    if (m_ensurePending)
        return;
    m_ensurePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_ensurePending = false;
            ensureCurrentVisible();
        },
        Qt::QueuedConnection);
}

bool ScriptPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport shrinks, or the steps grow (a line re-wrapped, taller letters fitted).
    if ((watched == m_scrollArea->viewport() || watched == m_stepsWidget) && event->type() == QEvent::Resize) {
        const int height = m_scrollArea->viewport()->height();
        if (watched == m_scrollArea->viewport() && height > m_viewportHeight && !m_leadFits) {
            m_leadFits = true; // more room: try the larger words again
            updateHighlight();
        }
        m_viewportHeight = height;
        scheduleEnsureCurrentVisible();
    }
    return QWidget::eventFilter(watched, event);
}

void ScriptPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScriptPanel::retranslateUi()
{
    m_languageLabel->setText(tr("Script &language:"));
    m_languageCombo->setAccessibleName(tr("Script language for this call"));
    m_titleLabel->setText(m_rows.isEmpty() ? tr("No call script is available.")
                                           : tr("Call script: %1").arg(ChannelInfo::displayName(m_script.channel)));
    m_nextButton->setText(tr("&Next step"));
    m_nextButton->setAccessibleName(tr("Next step"));
    m_nextButton->setToolTip(tr("Tick the current step and move to the next one (Ctrl+Return)"));
    // Not "&Next step" in the Call menu, where Alt+N opens "New call".
    m_nextStepAction->setText(tr("Ne&xt step"));
    m_skipButton->setText(tr("S&kip step"));
    m_skipButton->setAccessibleName(tr("Skip step"));
    m_skipButton->setToolTip(tr("Leave the current step out on purpose and move on (Ctrl+Shift+Return)"));
    m_skipStepAction->setText(tr("S&kip step"));
    m_scrollArea->setAccessibleName(tr("Call script steps"));
    renderSteps(); // the step names, "(skipped)" included
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows.at(i).text->setAccessibleName(tr("What to say in step %1").arg(i + 1));
}
