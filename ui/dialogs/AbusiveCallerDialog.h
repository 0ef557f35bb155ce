#pragma once

#include "domain/CallScript.h"
#include "services/CallSession.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

/// What to do about abusive or profane language (F7, V6): put the caller on hold, or ask whether a
/// supervisor may be involved; each choice shows the script line to say.
class AbusiveCallerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AbusiveCallerDialog)

public:
    AbusiveCallerDialog(const CallScript& script, const ScriptRenderer::Variables& variables, bool canHold,
        QWidget* parent = nullptr);
    ~AbusiveCallerDialog() override;

    /// The agent's choice after the dialog was accepted.
    std::optional<AbusiveAction> choice() const { return m_choice; }
    /// Chooses and accepts, as the matching button does.
    void choose(AbusiveAction action);
    QString lineFor(AbusiveAction action) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    CallScript m_script;
    ScriptRenderer::Variables m_variables;
    std::optional<AbusiveAction> m_choice;
    QLabel* m_introLabel;
    QPushButton* m_holdButton;
    QLabel* m_holdLine;
    QPushButton* m_supervisorButton;
    QLabel* m_supervisorLine;
    QPushButton* m_cancelButton;
};
