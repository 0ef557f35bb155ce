#pragma once

#include "domain/CallScript.h"
#include "domain/Customer.h"
#include "panels/ScriptStepRow.h"
#include "services/ScriptFiller.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class RequestCapture;
class ScriptLibrary;

/// The call script for the customer in front of the agent: each step's verbiage with the agent,
/// company and customer filled in, a check box per step, the current step highlighted (F3). The request
/// capture above the steps fills {request} and {address} as the agent types (F4).
class ScriptPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptPanel)

public:
    explicit ScriptPanel(const ScriptLibrary& library, QWidget* parent = nullptr);
    ~ScriptPanel() override;

    /// Who speaks and for which organisation: {agent} and {company} in the verbiage.
    void setSpeaker(const QString& agentName, const QString& companyName);
    /// The customer of this call; picks their preferred script language when there is a script for it.
    void setCustomer(const std::optional<Customer>& customer);
    /// The customer on the card, if any.
    const std::optional<Customer>& customer() const { return m_customer; }
    /// Switches the script language for this call only.
    void setScriptLanguage(const QString& code);
    QString scriptLanguage() const { return m_script.language; }
    /// The channel whose script is shown (phone by default; in person has its own wording).
    void setChannel(Channel channel);
    /// Values for variables the panel does not know itself: follow_up_*, card_*, transfer_target.
    void setExtraVariables(const ScriptRenderer::Variables& variables);
    /// Every variable as the steps are rendered now.
    ScriptRenderer::Variables variables() const;
    /// Unticks every step and clears skips, for a new call; restores `done` and `skipped` step ids.
    void resetSteps(const QSet<QString>& done = {}, const QSet<QString>& skipped = {});
    RequestCapture* requestCapture() const { return m_capture; }

    const CallScript& script() const { return m_script; }
    int currentStep() const { return m_current; }
    bool isStepDone(int index) const;
    bool isStepSkipped(int index) const { return m_skipped.contains(index); }
    /// The step's text as shown, variables filled, or what it still waits for; empty for an unknown id.
    QString renderedStep(const QString& stepId) const;
    /// The rendered apology line to say after a hold; empty when the script has none.
    QString apologyLine() const;

    QAction* nextStepAction() const { return m_nextStepAction; }
    QAction* skipStepAction() const { return m_skipStepAction; }
    QWidget* firstFocusWidget() const;
    QWidget* lastFocusWidget() const;

public Q_SLOTS:
    /// Ticks the current step and moves to the next one not yet done.
    void nextStep();
    /// Leaves the current step unsaid on purpose and moves on (recorded as skipped).
    void skipStep();
    /// Ticks the step `stepId` (a payment or follow-up done through its dialog); no-op when absent.
    void markStepDone(const QString& stepId);

Q_SIGNALS:
    /// A new script was loaded (other language or customer): apology line and steps changed.
    void scriptChanged();
    void stepCompleted(const QString& stepId);
    void stepSkipped(const QString& stepId);
    /// The script could not be loaded; `message` is translated.
    void loadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void fillLanguages();
    void loadScript(const QString& code);
    void rebuildSteps();
    void renderSteps();
    void updateCurrent();
    void updateHighlight();
    /// Scrolls the current step into view, now and once more after the pending layout.
    void ensureCurrentVisible();
    void scheduleEnsureCurrentVisible();
    void restoreMarks(const QSet<QString>& done, const QSet<QString>& skipped);

    /// Keeps the filler's capture in step with the request fields.
    void syncCapture();

    const ScriptLibrary& m_library;
    std::optional<Customer> m_customer;
    Channel m_channel = Channel::Phone;
    ScriptFiller m_filler;
    CallScript m_script;
    int m_current = -1;

    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_titleLabel;
    RequestCapture* m_capture;
    QScrollArea* m_scrollArea;
    QWidget* m_stepsWidget;
    QVBoxLayout* m_stepsLayout;
    QPushButton* m_nextButton;
    QPushButton* m_skipButton;
    QAction* m_nextStepAction;
    QAction* m_skipStepAction;
    QList<ScriptStepRow> m_rows;
    QSet<int> m_skipped;
    bool m_ensurePending = false;
    /// The step to say now in larger words while it fits the list; in a short list (Nastaliq at
    /// 768 px) it keeps the body size so all of it can be read without scrolling.
    bool m_leadFits = true;
    int m_viewportHeight = 0;
};
