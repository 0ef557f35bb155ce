// The whole window in every language at the sizes agents' laptops have (issue 13): no control or label
// cut off, no text larger than its room, with no call, on hold past the warning and in wrap-up. Each
// state is saved as an image (CORDIAL_SCREENSHOT_DIR, else screenshots/ in the build tree) to look at;
// scripts/layout-screenshots.sh runs the same test on an X server (Xvfb).

#include "CallWindowTest.h"
#include "LayoutCheck.h"

#include "dialogs/NewCallDialog.h"
#include "models/CustomerListModel.h"
#include "panels/CustomerSearchPane.h"
#include "panels/HoldTimerWidget.h"
#include "panels/NotesEditor.h"
#include "panels/RequestCapture.h"
#include "panels/ScriptPanel.h"
#include "platform/ActionIcons.h"
#include "platform/DialogWindow.h"
#include "platform/Theme.h"
#include "services/HoldTimer.h"
#include "windows/CallController.h"

#include <QAbstractScrollArea>
#include <QDir>
#include <QFrame>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Screen
{
    const char* name;
    QSize size;
};

void PrintTo(const Screen& screen, std::ostream* out)
{
    *out << screen.name;
}

const Screen Laptop {"1366x768", {1366, 768}};
const Screen Small {"1024x768", {1024, 768}};

using Param = std::tuple<const char*, Screen>;

class WindowLayoutTest : public CallWindowTest, public ::testing::WithParamInterface<Param>
{
protected:
    QString language() const { return QString::fromLatin1(std::get<0>(GetParam())); }
    Screen screen() const { return std::get<1>(GetParam()); }

    /// The window as the program first opens it on this screen: nine tenths of it (initialGeometry).
    void openWindow()
    {
        LanguageSwitcher::apply(m_languages, language());
        createWindow();
        const QRect first = MainWindow::initialGeometry(QRect(QPoint(0, 0), screen().size), m_window->minimumSizeHint());
        m_window->resize(first.size());
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
    }

    /// The customer of the calls: the first one who speaks the interface's language, as agents in that
    /// language mostly serve (their script, their names); the first of the list otherwise.
    Customer caller() const
    {
        const CustomerListModel* model = m_window->customerPane()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->customerAt(row)->preferredLanguage == language())
                return *model->customerAt(row);
        }
        return model->rowCount() > 0 ? *model->customerAt(0) : Customer {};
    }

    static QString imageDir()
    {
        const QString dir = qEnvironmentVariable("CORDIAL_SCREENSHOT_DIR", QStringLiteral(CORDIAL_SCREENSHOT_DIR));
        QDir().mkpath(dir);
        return dir;
    }

    /// Lets layouts settle over a few passes (word wrap; label margins fitted to the text they show once
    /// it is painted).
    static void settleLayout(QWidget* window)
    {
        for (int round = 0; round < 3; ++round) {
            window->grab();
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    void save(QWidget* widget, const QString& state) const
    {
        const QString file = u"%1/layout-%2-%3-%4.png"_s.arg(imageDir(), state, language(), QString::fromLatin1(screen().name));
        EXPECT_TRUE(widget->grab().save(file)) << file.toStdString();
    }

    /// What must be whole on screen in every state: the script's buttons and current step, the notes,
    /// the hold controls and whatever the hold widget shows.
    QList<const QWidget*> essentials() const
    {
        QList<const QWidget*> list {m_window->scriptPanel()->findChild<QPushButton*>(u"nextStepPushButton"_s),
            m_window->scriptPanel()->findChild<QPushButton*>(u"skipStepPushButton"_s), m_window->notesEditor()};
        for (const char* name : {"holdPushButton", "resumePushButton", "holdWarningLabel", "apologyLabel",
                 "apologisedCheckBox", "holdTimeLabel"}) {
            auto* widget = m_window->holdWidget()->findChild<QWidget*>(QString::fromLatin1(name));
            if (widget && widget->isVisible())
                list << widget;
        }
        return list;
    }

    /// The step to say now: whole in the step list, or filling it when it is taller than the list.
    QStringList currentStepProblems() const
    {
        QStringList out;
        const auto* area = m_window->scriptPanel()->findChild<QAbstractScrollArea*>(u"scriptScrollArea"_s);
        for (auto* frame : m_window->scriptPanel()->findChildren<QFrame*>()) {
            if (Theme::lookOf(frame) != Theme::Look::CurrentStep)
                continue;
            const QRect inView = QRect(frame->mapTo(area->viewport(), QPoint()), frame->size()).intersected(area->viewport()->rect());
            if (inView.height() < std::min(frame->height(), area->viewport()->height()))
                out << u"%1: %2 of %3 px in view"_s.arg(LayoutCheck::describe(frame)).arg(inView.height()).arg(frame->height());
        }
        return out;
    }

    /// Checks the window as it is now and saves its image as `state`.
    void checkState(const QString& state)
    {
        settleLayout(m_window.get());
        // The window got the size it asked for: its minimum fits the screen.
        EXPECT_LE(m_window->height(), screen().size.height()) << state.toStdString();
        EXPECT_LE(m_window->width(), screen().size.width()) << state.toStdString();
        save(m_window.get(), state);
        const QStringList problems
            = LayoutCheck::problems(m_window.get()) + LayoutCheck::notInView(essentials()) + currentStepProblems();
        EXPECT_TRUE(problems.isEmpty()) << state.toStdString() << ":\n  " << problems.join(u"\n  "_s).toStdString();
    }

    void typeRequest()
    {
        RequestCapture* capture = m_window->scriptPanel()->requestCapture();
        QTest::keyClicks(capture->requestEdit(), u"two more CDs"_s);
        QTest::keyClicks(capture->addressEdit(), u"123 Main St, Anytown, USA 12345"_s);
        QTest::keyClicks(m_window->notesEditor(), u"Wants two more CDs shipped to the usual address."_s);
    }
};

TEST_P(WindowLayoutTest, EveryPaneKeepsItsControlsWholeWithNoCallOnHoldAndInWrapUp)
{
    openWindow();
    checkState(u"idle"_s);

    CallController* controller = m_window->controller();
    const Customer customer = caller();
    ASSERT_TRUE(controller->startCall(customer, Channel::Phone, customer.phone, false));
    controller->answer();
    typeRequest();
    m_window->scriptPanel()->nextStep(); // greet
    m_window->scriptPanel()->nextStep(); // clarify: the restate line is next
    controller->hold();
    m_clock.advance(65s);
    m_window->holdTimer()->refresh();
    ASSERT_TRUE(m_window->holdWidget()->isWarningShown());
    checkState(u"hold"_s);

    controller->resume();
    ASSERT_TRUE(controller->wrapUp());
    m_clock.advance(20s);
    checkState(u"wrapup"_s);
}

TEST_P(WindowLayoutTest, MenusShowEveryEntryWhole)
{
    openWindow();
    QStringList problems;
    for (QAction* top : m_window->menuBar()->actions()) {
        QMenu* menu = top->menu();
        if (!menu)
            continue;
        menu->popup(m_window->mapToGlobal(QPoint(40, 40)));
        problems << LayoutCheck::menuProblems(menu);
        for (QAction* entry : menu->actions()) {
            if (QMenu* sub = entry->menu()) {
                sub->popup(m_window->mapToGlobal(QPoint(80, 80)));
                problems << LayoutCheck::menuProblems(sub);
                if (sub->objectName().isEmpty())
                    save(sub, u"menu-language"_s);
                sub->hide();
            }
        }
        menu->hide();
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n  "_s).toStdString();
}

TEST_P(WindowLayoutTest, NewCallDialogKeepsItsFieldsInside)
{
    openWindow();
    NewCallDialog dialog(m_console->customers, caller(), m_window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    settleLayout(&dialog);
    save(&dialog, u"new-call"_s);
    QStringList problems = LayoutCheck::problems(&dialog);
    problems << LayoutCheck::marginProblems(&dialog);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n  "_s).toStdString();
}

std::string paramName(const ::testing::TestParamInfo<Param>& info)
{
    return std::string(std::get<0>(info.param)) + '_' + std::string(std::get<1>(info.param).name);
}

INSTANTIATE_TEST_SUITE_P(Languages, WindowLayoutTest,
    ::testing::Combine(::testing::Values("en", "hi", "te", "ur", "ca"), ::testing::Values(Laptop, Small)), paramName);

} // namespace

namespace {

class DialogWindowTest : public CallWindowTest
{
};

TEST_F(DialogWindowTest, DialogsHaveNoMaximiseButton)
{
    NewCallDialog dialog(m_console->customers, std::nullopt, m_window.get());
    EXPECT_EQ(dialog.windowFlags(), DialogWindow::flags());
    EXPECT_FALSE(dialog.windowFlags() & Qt::WindowMaximizeButtonHint);
    EXPECT_FALSE(dialog.windowFlags() & Qt::WindowMinimizeButtonHint);
    EXPECT_TRUE(dialog.windowFlags() & Qt::WindowCloseButtonHint);
}

TEST(ActionIcons, BundledDrawingsReadOnLightAndDarkPalettes)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    for (const QPalette& palette : {QPalette(QColor(0xef, 0xef, 0xef)), dark}) {
        for (const ActionIcons::Id id : {ActionIcons::Id::NewCall, ActionIcons::Id::Answer, ActionIcons::Id::Hold,
                 ActionIcons::Id::Resume, ActionIcons::Id::Transfer, ActionIcons::Id::Abusive, ActionIcons::Id::WrapUp,
                 ActionIcons::Id::Close, ActionIcons::Id::NextStep, ActionIcons::Id::SkipStep, ActionIcons::Id::Find}) {
            const QIcon icon = ActionIcons::bundled(id, palette, Qt::LeftToRight);
            ASSERT_FALSE(icon.isNull()) << ActionIcons::themeName(id).toStdString();
            // The strokes' colour stands out against the window (WCAG 3:1 for marks).
            const QImage image = icon.pixmap(24, 24).toImage();
            QColor ink;
            for (int y = 0; y < image.height() && !ink.isValid(); ++y)
                for (int x = 0; x < image.width() && !ink.isValid(); ++x)
                    if (image.pixelColor(x, y).alpha() == 255)
                        ink = image.pixelColor(x, y);
            ASSERT_TRUE(ink.isValid()) << ActionIcons::themeName(id).toStdString();
            EXPECT_GE(Theme::contrast(ink, palette.color(QPalette::Window)), 3.0) << ActionIcons::themeName(id).toStdString();
        }
    }
}

} // namespace
