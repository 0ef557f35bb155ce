#pragma once

#include "domain/Agent.h"
#include "domain/CallScript.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;

/// Chooses where to transfer the customer and how (F6, D3). Warm (the default): the customer waits on
/// hold while the agent consults the target, and the agent stays until the customer is connected.
/// Cold: allowed, with a warning that the agent leaves before the customer is connected.
class TransferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)

public:
    /// `script` and `variables` render the transfer line to say, with the chosen target filled in.
    TransferDialog(const QList<TransferTarget>& targets, const CallScript& script,
        const ScriptRenderer::Variables& variables, QWidget* parent = nullptr);
    ~TransferDialog() override;

    /// The chosen target; empty when none is selected.
    std::optional<TransferTarget> target() const;
    bool isWarm() const;
    void setWarm(bool warm);
    /// Selects the target at `row` of the list.
    void selectTarget(int row);
    bool isColdWarningShown() const;
    /// The script line for the chosen target and kind of transfer.
    QString scriptLine() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateLine();

    QList<TransferTarget> m_targets;
    CallScript m_script;
    ScriptRenderer::Variables m_variables;
    QLabel* m_listLabel;
    QListWidget* m_list;
    QRadioButton* m_warmRadio;
    QRadioButton* m_coldRadio;
    QLabel* m_coldWarning;
    QLabel* m_lineLabel;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
};
