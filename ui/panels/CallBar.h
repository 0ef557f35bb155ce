#pragma once

#include <QFrame>
#include <QList>

class CallSession;
class QAction;
class QLabel;
class QTimer;
class QToolButton;

/// The strip above the console during a call: who, the call's state in words, how long it has
/// lasted, the total and longest hold, and a button for each action that is possible now (F2, F5).
class CallBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallBar)

public:
    /// `session` must outlive the bar.
    explicit CallBar(const CallSession& session, QWidget* parent = nullptr);
    ~CallBar() override;

    /// Buttons for these actions, in order; a button shows only while its action is enabled.
    void setActions(const QList<QAction*>& actions);
    /// Who is on the line, as shown ("Ms. Smith"); empty when there is no call.
    void setCustomerName(const QString& name);
    /// Who the customer is being transferred to, said while the call is transferring; empty = nobody.
    void setTransferTarget(const QString& name);

    /// The button of `action` (hidden while the action is disabled), or null.
    QToolButton* buttonFor(const QAction* action) const;
    /// Back to "No call" after a closed call, once the agent has moved on; the next call shows again.
    void clearClosedCall();

    QString stateText() const;
    QString durationText() const;
    QString holdText() const;

public Q_SLOTS:
    /// Reads the session again (the bar also does it every second during a call).
    void refresh();

    /// As narrow as the buttons shown as icons alone allow: a long language never pushes the window
    /// past a small screen; the buttons keep their words whenever the bar has room for them.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    /// The state badge on one line, as wide and tall as its text needs (Nastaliq needs more height).
    void fitStateLabel();
    /// Words beside the buttons' icons when they fit in the bar's width, icons alone (the words in the
    /// tooltip and the accessible name) when they do not.
    void fitButtons();
    /// Width a visible button gives back when it shows its icon alone.
    static int wordsWidth(const QToolButton* button);

    const CallSession& m_session;
    QString m_customerName;
    QString m_transferTarget;
    bool m_closedCleared = false;
    QLabel* m_stateLabel;
    QLabel* m_customerLabel;
    QLabel* m_durationLabel;
    QLabel* m_holdLabel;
    QList<QToolButton*> m_buttons;
    QTimer* m_ticker;
    bool m_fitting = false;
};
