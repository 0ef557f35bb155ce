#include "windows/MainMenus.h"

#include "i18n/Languages.h"
#include "platform/LanguageSwitcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>

MainMenus::MainMenus(QMainWindow* window, const Contents& contents)
    : QObject(window)
    , m_window(window)
{
    QMenuBar* bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_findAction = m_fileMenu->addAction(QString(), this, &MainMenus::findRequested);
    m_findAction->setShortcut(QKeySequence::Find);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString());
    m_exportCustomersAction = m_fileMenu->addAction(QString());
    m_exportHistoryAction = m_fileMenu->addAction(QString());
    for (QAction* action : {m_importAction, m_exportCustomersAction, m_exportHistoryAction})
        action->setVisible(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), window, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_callMenu = bar->addMenu(QString());
    for (const QList<QAction*>& group : contents.callGroups) {
        if (!m_callMenu->isEmpty())
            m_callMenu->addSeparator();
        m_callMenu->addActions(group);
    }

    m_viewMenu = bar->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const Languages::Language& language : Languages::available()) {
        QAction* action = m_languageMenu->addAction(LanguageSwitcher::nativeName(language.code));
        action->setCheckable(true);
        action->setData(language.code);
        m_languageGroup->addAction(action);
    }
    setCurrentLanguage(contents.currentLanguage);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { Q_EMIT languageChosen(action->data().toString()); });
    m_viewMenu->addActions(contents.viewActions);

    m_helpMenu = bar->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainMenus::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainMenus::setCurrentLanguage(const QString& code)
{
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
}

void MainMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_findAction->setText(tr("&Find customer…"));
    m_importAction->setText(tr("&Import customers…"));
    m_exportCustomersAction->setText(tr("&Export customers…"));
    m_exportHistoryAction->setText(tr("Export &history…"));
    m_quitAction->setText(tr("&Quit"));
    m_callMenu->setTitle(tr("&Call"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Cordial"));
}

void MainMenus::showAbout()
{
    QMessageBox::about(m_window, tr("About Cordial"),
                       tr("<p><b>Cordial</b> %1</p><p>An agent console for frontline customer service: "
                          "who the customer is, what to say next, and never a long hold.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
