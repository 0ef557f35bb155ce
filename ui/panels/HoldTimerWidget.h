#pragma once

#include <QFrame>

#include <chrono>

class HoldTimer;
class QAction;
class QCheckBox;
class QLabel;
class QPushButton;

/// Hold and Resume, the time on hold, the warning at 60 s and the apology to say on resume (F5, D3).
/// The warning is a sentence on a coloured band, never colour alone. The widget shows the timer it is
/// given and asks for hold and resume through signals: the call session decides and drives the timer.
/// While on hold it offers "I apologised for the wait", unticked at each hold, with the apology line. After
/// the hold the line stays until the agent has apologised (ticked on resume) or the conversation ends.
class HoldTimerWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldTimerWidget)

public:
    /// `timer` must outlive the widget.
    explicit HoldTimerWidget(HoldTimer& timer, QWidget* parent = nullptr);
    ~HoldTimerWidget() override;

    /// The script's apology line, shown when the customer comes back from hold.
    void setApologyLine(const QString& line);

    bool isWarningShown() const;
    bool isApologyShown() const;
    /// Whether the agent ticked "I apologised for the wait" during this hold.
    bool apologised() const;
    QCheckBox* apologisedCheckBox() const { return m_apologisedCheck; }
    /// Whether hold and resume may be asked for now (besides the timer's own state); both by default.
    void setAllowed(bool hold, bool resume);
    /// The conversation is over (wrap-up, closed): no apology left to say. Nothing while on hold.
    void clearApology();
    /// For a new (or recovered) call: forgets the previous call's hold, its time, warning and apology,
    /// and shows the timer as it is now (00:00, or the hold a recovered call resumed in).
    void reset();
    QString timeText() const;
    QAction* holdAction() const { return m_holdAction; }
    QAction* resumeAction() const { return m_resumeAction; }

Q_SIGNALS:
    void holdRequested();
    void resumeRequested(bool apologised);
    /// "I apologised" was ticked after the hold ended: the apology owed for it was said.
    void apologyGiven();
    /// The warning was sent to assistive technology (a screen reader speaks it): once per hold.
    void warningAnnounced();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showElapsed(std::chrono::milliseconds elapsed);
    void showWarning();
    void updateState();

    HoldTimer& m_timer;
    QLabel* m_titleLabel;
    QLabel* m_timeLabel;
    QPushButton* m_holdButton;
    QPushButton* m_resumeButton;
    QLabel* m_warningLabel;
    QLabel* m_apologyLabel;
    QCheckBox* m_apologisedCheck;
    QAction* m_holdAction;
    QAction* m_resumeAction;
    QString m_apologyLine;
    bool m_holdAllowed = true;
    bool m_resumeAllowed = true;
};
