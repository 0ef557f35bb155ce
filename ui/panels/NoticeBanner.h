#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

/// A banner for what the agent must not miss and that no dialog is open for: a call request that was
/// refused (a link, a second launch, --call), a change that could not be saved. Unlike a status-bar
/// line it stays until the agent dismisses it; several notices are listed together, newest last.
class NoticeBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)

public:
    /// Notices kept at most; older ones go first.
    static constexpr int MaxNotices = 5;

    explicit NoticeBanner(QWidget* parent = nullptr);
    ~NoticeBanner() override;

    /// Shows `message` (translated, complete) until dismissed; `detail` (driver text) is offered behind
    /// a Details button, not in the sentence.
    void addNotice(const QString& message, const QString& detail = {});
    /// The notices shown, oldest first.
    QStringList notices() const { return m_messages; }

public Q_SLOTS:
    void dismiss();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateText();

    QLabel* m_label;
    QPushButton* m_detailsButton;
    QPushButton* m_dismissButton;
    QStringList m_messages;
    QStringList m_details;
};
