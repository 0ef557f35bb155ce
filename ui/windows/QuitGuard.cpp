#include "windows/QuitGuard.h"

#include "services/CallSession.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSessionManager>
#include <QWidget>

using namespace Qt::StringLiterals;

QuitGuard::QuitGuard(const CallSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(qApp, &QGuiApplication::commitDataRequest, this, &QuitGuard::onCommitDataRequest);
}

QuitGuard::~QuitGuard() = default;

bool QuitGuard::mayQuit()
{
    if (!m_session.hasCall() || m_confirmed)
        return true;
    // Enter, Escape and closing the box all stay: quitting has to be chosen.
    QMessageBox box(QMessageBox::Warning, tr("Quit Cordial?"), tr("A call is open. Quit anyway?"), QMessageBox::NoButton,
                    m_window);
    box.setObjectName(u"quitDuringCallMessageBox"_s);
    box.setInformativeText(tr("The call is offered back to you when you start Cordial again."));
    QPushButton* stay = box.addButton(tr("&Stay in the call"), QMessageBox::RejectRole);
    stay->setObjectName(u"stayInCallButton"_s);
    QPushButton* quit = box.addButton(tr("&Quit anyway"), QMessageBox::DestructiveRole);
    quit->setObjectName(u"quitAnywayButton"_s);
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    m_confirmed = box.clickedButton() == quit;
    return m_confirmed;
}

void QuitGuard::onCommitDataRequest(QSessionManager& manager)
{
    // A session manager that allows no question ends the session anyway; the call is offered back.
    if (!m_session.hasCall() || m_confirmed || !manager.allowsInteraction())
        return;
    const bool quit = mayQuit();
    manager.release();
    if (!quit)
        manager.cancel();
}
