#pragma once

#include <QFrame>

#include <chrono>

class HoldTimer;
class QAction;
class QLabel;
class QPushButton;

/// Hold and Resume, the time on hold, the warning at 60 s and the apology to say on resume (F5, D3).
/// The warning is a sentence on a coloured band, never colour alone.
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
    QString timeText() const;
    QAction* holdAction() const { return m_holdAction; }
    QAction* resumeAction() const { return m_resumeAction; }

    /// "mm:ss" for a duration (minutes keep counting past 59).
    static QString formatElapsed(std::chrono::milliseconds elapsed);

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
    QAction* m_holdAction;
    QAction* m_resumeAction;
    QString m_apologyLine;
};
