#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

/// The main window's menu bar: File (find, quit), Call (the call's actions in groups), View (language,
/// hold sound) and Help (about). Builds it once, keeps its own texts translated and the language ticked.
class MainMenus final : public QObject
{
    Q_OBJECT

public:
    struct Contents
    {
        /// The Call menu: groups of actions separated by a line, in order.
        QList<QList<QAction*>> callGroups;
        /// Appended to the View menu after the languages (the hold sound on or off).
        QList<QAction*> viewActions;
        /// The language whose entry is ticked at first.
        QString currentLanguage;
    };

    MainMenus(QMainWindow* window, const Contents& contents);

    QAction* findAction() const { return m_findAction; }
    /// File ▸ Import customers…, Export customers…, Export history… (hidden until the window has them).
    QAction* importAction() const { return m_importAction; }
    QAction* exportCustomersAction() const { return m_exportCustomersAction; }
    QAction* exportHistoryAction() const { return m_exportHistoryAction; }
    /// Ticks the entry of `code` (after a switch, or when a switch fell back to English).
    void setCurrentLanguage(const QString& code);
    void retranslate();

Q_SIGNALS:
    void findRequested();
    void languageChosen(const QString& code);

private:
    void showAbout();

    QMainWindow* m_window;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_callMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportCustomersAction = nullptr;
    QAction* m_exportHistoryAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};
