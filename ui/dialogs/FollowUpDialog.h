#pragma once

#include "domain/Agent.h"
#include "domain/CallScript.h"
#include "domain/Note.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QLocale>

class Clock;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Schedules a follow-up (F9, V5): who will contact the customer, when (local time, shown in the
/// interface locale) and why. A time in the past or an empty reason is refused with a message (the
/// empty reason only once the agent has typed in it or tried to schedule); the optional preview shows
/// the script's follow-up sentence as the customer will hear it, "…" where the reason is still missing.
class FollowUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    /// `defaultOwnerId` is preselected when it is among `agents`; `clock` gives "now" for the default
    /// time (next working day, 10:00 local) and for the past check.
    FollowUpDialog(const QList<Agent>& agents, qint64 defaultOwnerId, const Clock& clock, QWidget* parent = nullptr);
    ~FollowUpDialog() override;

    /// Shows the script's "follow_up" sentence filled with owner, time and reason as they are typed.
    void setPreview(const CallScript& script, const ScriptRenderer::Variables& variables);

    /// Owner, due time in UTC and the reason with card numbers masked; customerId and callId are 0
    /// for the caller to fill.
    FollowUp followUp() const;
    /// The selected owner's name, for the read-back and the calendar entry.
    QString ownerName() const;
    /// The preview sentence as shown; empty without setPreview().
    QString previewText() const;
    bool isInputValid() const { return m_valid; }

    /// The default due time: 10:00 local on the next working day (per the locale) after `nowUtc`.
    static QDateTime defaultDue(const QDateTime& nowUtc, const QLocale& locale);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();

    QList<Agent> m_agents;
    const Clock& m_clock;
    CallScript m_script;
    ScriptRenderer::Variables m_variables;
    bool m_hasPreview = false;
    bool m_valid = false;
    /// The agent typed a reason or tried to schedule: from then on a missing reason is an error shown.
    bool m_attempted = false;

    QLabel* m_ownerLabel;
    QComboBox* m_ownerCombo;
    QLabel* m_whenLabel;
    QDateTimeEdit* m_whenEdit;
    QLabel* m_reasonLabel;
    QLineEdit* m_reasonEdit;
    QLabel* m_statusLabel;
    QLabel* m_previewTitle;
    QLabel* m_previewLabel;
    QDialogButtonBox* m_buttons;
};
