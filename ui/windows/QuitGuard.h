#pragma once

#include <QObject>

class CallSession;
class QSessionManager;
class QWidget;

/// Asks before Cordial goes while a call is open (Ctrl+Q, the window's close button, Alt+F4, logging out
/// of the desktop): one missed Shift must not end the agent's call. Staying is the default answer;
/// quitting leaves the call open in the database, and the next start offers it back.
class QuitGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitGuard)

public:
    /// `window` parents the question and this object.
    QuitGuard(const CallSession& session, QWidget* window);
    ~QuitGuard() override;

    /// True when Cordial may quit now: no call is open, or the agent chose to quit anyway (asked once).
    bool mayQuit();

private:
    void onCommitDataRequest(QSessionManager& manager);

    const CallSession& m_session;
    QWidget* m_window;
    bool m_confirmed = false;
};
