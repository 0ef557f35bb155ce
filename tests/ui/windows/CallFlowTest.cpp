// The call end to end through the window (issue #4): actions, dialogs, hold warnings inside and
// outside the window, request capture, notes, and the event log they leave in the database.

#include "CallWindowTest.h"

#include "dialogs/AbusiveCallerDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/TransferDialog.h"
#include "dialogs/WrapUpDialog.h"
#include "models/CustomerListModel.h"
#include "models/HistoryModel.h"
#include "panels/CallBar.h"
#include "panels/CustomerCard.h"
#include "panels/CustomerSearchPane.h"
#include "panels/HistoryPane.h"
#include "panels/HoldTimerWidget.h"
#include "panels/NotesEditor.h"
#include "panels/RequestCapture.h"
#include "panels/SaveBacklogBanner.h"
#include "panels/ScriptPanel.h"
#include "platform/Theme.h"
#include "services/CallAutosave.h"
#include "services/CallSession.h"
#include "services/HoldTimer.h"
#include "storage/AgentRepository.h"
#include "storage/QueryWatch.h"
#include "storage/Transaction.h"
#include "support/QStringPrinter.h"
#include "windows/CallActions.h"
#include "windows/CallController.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using T = CallEventType;

namespace {

class CallFlowTest : public CallWindowTest
{
protected:
    /// The first listed customer whose script is English (the list ranks recent contacts first).
    Customer firstCustomer() const
    {
        settle();
        const CustomerListModel* model = m_window->customerPane()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->customerAt(row)->preferredLanguage == u"en"_s) {
                // Opened as the agent would, so the card and the history follow.
                m_window->customerPane()->selectRow(row);
                settle();
                return *model->customerAt(row);
            }
        }
        ADD_FAILURE() << "no English-speaking customer listed";
        return Customer {};
    }

    void startAnsweredCall()
    {
        const Customer customer = firstCustomer();
        ASSERT_TRUE(controller()->startCall(customer, Channel::Phone, customer.phone, false));
        controller()->answer();
        ASSERT_EQ(session()->state(), CallState::Active);
    }

    QList<CallEventType> types() const
    {
        QList<CallEventType> list;
        for (const CallEvent& e : sessionEvents())
            list << e.type();
        return list;
    }

    TransferTarget firstTarget() const
    {
        Result<QList<TransferTarget>> targets = AgentRepository(*m_temp.db()).transferTargets();
        EXPECT_TRUE(targets && !targets.value().isEmpty());
        return targets && !targets.value().isEmpty() ? targets.value().first() : TransferTarget {};
    }

    template <typename Signal>
    bool waitForSave(Signal signal)
    {
        QSignalSpy spy(session(), signal);
        return spy.wait(30'000); // a limit for a loaded machine, not a timing check
    }

    void showActive()
    {
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void closeAnsweredCall(const QString& summary = {})
    {
        ASSERT_TRUE(controller()->wrapUp());
        ASSERT_TRUE(controller()->finishCall(Disposition::Resolved, summary));
        settle(); // the list and history read again
    }

    /// Every key sequence of the window's actions (menus, call bar, script panel, hold widget).
    QList<QPair<QString, QKeySequence>> windowShortcuts() const
    {
        QList<QPair<QString, QKeySequence>> all;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts())
                all.append({action->objectName().isEmpty() ? action->text() : action->objectName(), key});
        }
        return all;
    }

    CallController* controller() const { return m_window->controller(); }
    CallSession* session() const { return m_window->session(); }
};

TEST_F(CallFlowTest, WholeCallIsLoggedStepByStepInOrder)
{
    const Customer customer = firstCustomer();
    ASSERT_TRUE(controller()->startCall(customer, Channel::Phone, customer.phone, false));
    EXPECT_EQ(m_window->callBar()->stateText(), u"Ringing"_s);
    m_clock.advance(4s);
    controller()->answer();
    EXPECT_EQ(m_window->callBar()->stateText(), u"In conversation"_s);
    m_window->scriptPanel()->nextStep(); // greet

    // Hold 65 s: the warning in the window and on the desktop.
    m_window->holdWidget()->holdAction()->trigger();
    m_clock.advance(65s);
    m_window->holdTimer()->refresh();
    EXPECT_TRUE(m_window->holdWidget()->isWarningShown());
    EXPECT_EQ(m_window->holdWidget()->timeText(), u"01:05"_s);
    EXPECT_EQ(m_notifier.shown, 1);
    EXPECT_TRUE(m_notifier.lastBody.contains(u"01:05"_s)) << m_notifier.lastBody.toStdString();
    EXPECT_EQ(m_sound.played, 1) << "HoldSound is on by default";
    EXPECT_FALSE(m_notifier.lastSound) << "the window's own sound, not the desktop's as well";

    // Resume with the apology ticked.
    m_window->holdWidget()->apologisedCheckBox()->setChecked(true);
    m_window->holdWidget()->resumeAction()->trigger();
    EXPECT_EQ(m_notifier.cleared, 1);
    EXPECT_TRUE(m_window->callBar()->holdText().contains(u"01:05"_s)) << m_window->callBar()->holdText().toStdString();

    // Warm transfer: the customer waits on hold until the agent confirms the connection.
    m_clock.advance(10s);
    ASSERT_TRUE(controller()->transfer(firstTarget(), true));
    EXPECT_EQ(session()->state(), CallState::Transferring);
    EXPECT_TRUE(m_window->callActions()->action(CallActions::Id::TransferConnected)->isEnabled());
    EXPECT_FALSE(m_window->holdWidget()->resumeAction()->isEnabled()) << "take the customer back instead";
    m_clock.advance(20s);

    bool sawSummary = false;
    m_window->scriptPanel()->requestCapture()->setFields(u"two more CDs"_s, {}, u"123 Main St"_s);
    onNextDialog<WrapUpDialog>([&](WrapUpDialog* dialog) {
        sawSummary = dialog->summary().contains(u"two more CDs"_s);
        EXPECT_EQ(dialog->disposition(), u"transferred"_s);
        m_clock.advance(30s);
        dialog->refresh();
        EXPECT_TRUE(dialog->afterCallWorkText().contains(u"00:30"_s)) << dialog->afterCallWorkText().toStdString();
        dialog->accept();
    });
    m_window->callActions()->action(CallActions::Id::TransferConnected)->trigger();
    EXPECT_TRUE(sawSummary);
    EXPECT_EQ(session()->state(), CallState::Closed);

    const QList<CallEvent> log = sessionEvents();
    QList<CallEventType> order;
    for (const CallEvent& e : log)
        order << e.type();
    EXPECT_EQ(order,
        (QList<CallEventType> {T::Offered, T::Answered, T::ScriptStep, T::HoldStarted, T::HoldWarning, T::HoldEnded,
            T::TransferStarted, T::HoldStarted, T::HoldEnded, T::TransferConnected, T::WrapUpStarted, T::Closed}));
    ASSERT_EQ(log.size(), 12);
    EXPECT_EQ(details(log.at(1)).value(u"ring_ms"_s).toInteger(), 4000);
    EXPECT_EQ(details(log.at(2)).value(u"step"_s).toString(), u"greet"_s);
    EXPECT_EQ(details(log.at(4)).value(u"count"_s).toInt(), 1);
    EXPECT_EQ(details(log.at(5)).value(u"duration_ms"_s).toInteger(), 65'000);
    EXPECT_TRUE(details(log.at(5)).value(u"apologised"_s).toBool());
    EXPECT_TRUE(details(log.at(6)).value(u"warm"_s).toBool());
    EXPECT_EQ(details(log.at(7)).value(u"reason"_s).toString(), u"transfer"_s);
    EXPECT_EQ(details(log.at(8)).value(u"duration_ms"_s).toInteger(), 20'000);
    const QJsonObject closed = details(log.at(11));
    EXPECT_EQ(closed.value(u"disposition"_s).toString(), u"transferred"_s);
    m_writes->flush();
    const CallFacts facts = m_calls->facts(session()->call().id).value().value_or(CallFacts {});
    EXPECT_EQ(facts.afterCallWorkMs, 30'000);
    EXPECT_EQ(facts.holdLongestMs, 65'000);
    EXPECT_EQ(facts.holdTotalMs, 85'000);
    EXPECT_EQ(facts.transfer, TransferKind::Warm);
    for (qsizetype i = 1; i < log.size(); ++i)
        EXPECT_GE(log.at(i).monotonicMs, log.at(i - 1).monotonicMs);
    m_writes->flush();
    const Call stored = m_calls->find(session()->call().id).value().value();
    EXPECT_EQ(stored.summary, u"two more CDs\nAddress: 123 Main St"_s);
}

TEST_F(CallFlowTest, ColdTransferWarnsAndIsLoggedAsCold)
{
    startAnsweredCall();
    const TransferTarget target = firstTarget();
    TransferDialog dialog({target}, m_window->scriptPanel()->script(), m_window->scriptPanel()->variables(),
        m_window.get());
    EXPECT_FALSE(dialog.isColdWarningShown());
    dialog.setWarm(false);
    EXPECT_TRUE(dialog.isColdWarningShown());
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"coldWarningLabel"_s)->text().contains(u"leave before the customer is connected"_s));
    EXPECT_TRUE(dialog.scriptLine().contains(target.name)) << dialog.scriptLine().toStdString();

    ASSERT_TRUE(controller()->transfer(target, false));
    EXPECT_EQ(session()->state(), CallState::WrapUp);
    EXPECT_TRUE(types().contains(T::ColdTransfer));
    EXPECT_FALSE(types().contains(T::TransferStarted));
    for (const CallEvent& e : sessionEvents()) {
        if (e.type() == T::ColdTransfer) {
            EXPECT_FALSE(details(e).value(u"warm"_s).toBool());
        }
    }
    EXPECT_EQ(controller()->proposedDisposition(), Disposition::Transferred);
}

TEST_F(CallFlowTest, TransferToNobodyIsExplained)
{
    startAnsweredCall();
    TransferDialog empty({}, m_window->scriptPanel()->script(), {}, m_window.get());
    empty.accept();
    EXPECT_EQ(empty.result(), QDialog::Rejected);
    EXPECT_TRUE(empty.errorText().contains(u"nobody to transfer to"_s));

    TransferDialog unselected({firstTarget()}, m_window->scriptPanel()->script(), {}, m_window.get());
    unselected.selectTarget(-1);
    unselected.accept();
    EXPECT_EQ(unselected.errorText(), u"Choose who to transfer the customer to."_s);
}

TEST_F(CallFlowTest, AbusiveCallerChoiceIsLoggedWithItsLine)
{
    startAnsweredCall();
    AbusiveCallerDialog dialog(m_window->scriptPanel()->script(), m_window->scriptPanel()->variables(), true);
    const QString customer = firstCustomer().formalName();
    EXPECT_TRUE(dialog.lineFor(AbusiveAction::Hold).contains(u"on hold"_s));
    EXPECT_TRUE(dialog.lineFor(AbusiveAction::Supervisor).contains(u"supervisor"_s));
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"abusiveHoldLineLabel"_s)->text().contains(customer));

    onNextDialog<AbusiveCallerDialog>([](AbusiveCallerDialog* d) { d->choose(AbusiveAction::Supervisor); });
    m_window->callActions()->action(CallActions::Id::Abusive)->trigger();
    ASSERT_TRUE(controller()->abusive(AbusiveAction::Hold));
    EXPECT_EQ(session()->state(), CallState::OnHold);

    QStringList choices;
    for (const CallEvent& e : sessionEvents()) {
        if (e.type() == T::AbusiveCaller)
            choices << details(e).value(u"action"_s).toString();
    }
    EXPECT_EQ(choices, (QStringList {u"supervisor"_s, u"hold"_s}));
}

TEST_F(CallFlowTest, RequestCaptureFillsTheRestateLineLiveAndIsSaved)
{
    startAnsweredCall();
    ScriptPanel* script = m_window->scriptPanel();
    const QLabel* restate = script->findChild<QLabel*>(u"stepTextLabel_restate"_s);
    ASSERT_NE(restate, nullptr);
    EXPECT_EQ(restate->text(), ScriptFiller::missingNote({u"request"_s}));

    QLineEdit* request = script->requestCapture()->requestEdit();
    QTest::keyClicks(request, u"two more"_s);
    EXPECT_TRUE(restate->text().contains(u"two more"_s)) << restate->text().toStdString();
    QTest::keyClicks(request, u" CDs"_s);
    EXPECT_TRUE(restate->text().contains(u"two more CDs"_s));
    const QLabel* close = script->findChild<QLabel*>(u"stepTextLabel_close"_s);
    EXPECT_TRUE(close->text().contains(u"two more CDs"_s)) << close->text().toStdString();

    ASSERT_TRUE(waitForSave(&CallSession::draftSaved));
    m_writes->flush();
    const Result<std::optional<CallDraft>> saved = m_calls->draft(session()->call().id);
    ASSERT_TRUE(saved && saved.value());
    EXPECT_EQ(saved.value()->request, u"two more CDs"_s);
    EXPECT_EQ(saved.value()->scriptLanguage, script->scriptLanguage());
}

TEST_F(CallFlowTest, StepsTickedAndSkippedByKeyboardAreRecorded)
{
    startAnsweredCall();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(m_window->scriptPanel()->isStepDone(0));
    EXPECT_TRUE(m_window->scriptPanel()->isStepSkipped(1));
    EXPECT_EQ(m_window->scriptPanel()->currentStep(), 2);
    QStringList marks;
    for (const CallEvent& e : sessionEvents()) {
        if (e.type() == T::ScriptStep)
            marks << details(e).value(u"step"_s).toString() + u':' + details(e).value(u"status"_s).toString();
    }
    EXPECT_EQ(marks, (QStringList {u"greet:done"_s, u"clarify:skipped"_s}));
}

TEST_F(CallFlowTest, InvalidActionsAreDisabledAndExplainedWhenTriggered)
{
    CallActions* actions = m_window->callActions();
    EXPECT_TRUE(actions->action(CallActions::Id::NewCall)->isEnabled());
    EXPECT_FALSE(actions->action(CallActions::Id::Transfer)->isEnabled());
    controller()->hold();
    EXPECT_EQ(controller()->lastMessage(), u"There is no call in progress."_s);

    startAnsweredCall();
    EXPECT_FALSE(actions->action(CallActions::Id::NewCall)->isEnabled());
    controller()->newCall();
    EXPECT_EQ(controller()->lastMessage(), u"Close the current call before starting another."_s);

    controller()->hold();
    EXPECT_FALSE(m_window->holdWidget()->holdAction()->isEnabled());
    controller()->hold(); // double hold
    EXPECT_EQ(controller()->lastMessage(), u"The call is already on hold."_s);
    EXPECT_FALSE(actions->action(CallActions::Id::Close)->isEnabled());
    controller()->closeCall(); // ending a call while on hold
    EXPECT_EQ(controller()->lastMessage(), u"End the hold before closing the call."_s);
    controller()->openWrapUp();
    EXPECT_EQ(controller()->lastMessage(), u"End the hold before wrapping up the call."_s);
    controller()->openPayment();
    EXPECT_EQ(controller()->lastMessage(), u"Take the customer off hold first."_s);
    controller()->transferConnected();
    EXPECT_FALSE(controller()->lastMessage().isEmpty());
    EXPECT_EQ(session()->state(), CallState::OnHold) << "nothing changed";

    // The disabled action's shortcut still answers, with the reason.
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
    EXPECT_EQ(controller()->lastMessage(), u"The call is already on hold."_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(controller()->lastMessage(), u"End the hold before closing the call."_s);
}

TEST_F(CallFlowTest, MinimisedWindowStillGetsTheWarningAndTheNotification)
{
    startAnsweredCall();
    m_window->showMinimized();
    controller()->hold();
    m_clock.advance(59'900ms);
    m_window->holdTimer()->refresh();
    EXPECT_EQ(m_notifier.shown, 0);
    EXPECT_FALSE(m_window->holdWidget()->isWarningShown());

    m_clock.advance(100ms);
    m_window->holdTimer()->refresh();
    EXPECT_TRUE(m_window->isMinimized());
    EXPECT_TRUE(m_window->holdWidget()->isWarningShown());
    EXPECT_EQ(m_notifier.shown, 1);
    EXPECT_EQ(m_notifier.lastTitle, u"Customer on hold"_s);
    EXPECT_TRUE(m_notifier.lastBody.contains(u"apologise"_s));

    m_clock.advance(30s); // the renewed nudge at 90 s
    m_window->holdTimer()->refresh();
    EXPECT_EQ(m_notifier.shown, 2);
    EXPECT_TRUE(m_notifier.lastBody.contains(u"01:30"_s));

    m_settings->setValue(Settings::Key::HoldSound, false);
    m_clock.advance(30s);
    m_window->holdTimer()->refresh();
    EXPECT_EQ(m_notifier.shown, 3);
    EXPECT_FALSE(m_notifier.lastSound);
    EXPECT_EQ(m_sound.played, 2) << "at 60 s and 90 s, not at 120 s with the sound turned off";
    controller()->resume();
    EXPECT_EQ(m_notifier.cleared, 1);
}

TEST_F(CallFlowTest, AHoldPastAMinuteTurnsTheChipAndTheClockRedAndShowsInTheTitle)
{
    startAnsweredCall();
    const auto* chip = m_window->callBar()->findChild<QLabel*>(u"callStateLabel"_s);
    const auto* holds = m_window->callBar()->findChild<QLabel*>(u"callHoldLabel"_s);
    const auto* clock = m_window->holdWidget()->findChild<QLabel*>(u"holdTimeLabel"_s);
    ASSERT_TRUE(chip && holds && clock);
    const QString title = m_window->windowTitle();
    const QString customer = controller()->naming().name(*controller()->customer(), CustomerNaming::Form::Vocative);
    controller()->hold();
    m_clock.advance(59'900ms);
    m_window->holdTimer()->refresh();
    EXPECT_EQ(Theme::lookOf(chip), Theme::Look::ChipWaiting);
    EXPECT_EQ(chip->text(), u"Customer on hold"_s);
    EXPECT_EQ(Theme::lookOf(holds), Theme::Look::Plain);
    EXPECT_EQ(Theme::lookOf(clock), Theme::Look::Plain);
    EXPECT_TRUE(m_window->windowTitle().startsWith(u"On hold 0:59 — "_s)) << m_window->windowTitle().toStdString();
    EXPECT_TRUE(m_window->windowTitle().contains(customer)) << m_window->windowTitle().toStdString();
    EXPECT_EQ(m_sound.played, 0);

    m_clock.advance(100ms);
    m_window->holdTimer()->refresh();
    // Red, and in words: the badge says how long, the title carries it to the taskbar.
    EXPECT_EQ(Theme::lookOf(chip), Theme::Look::ChipOverdue);
    EXPECT_EQ(chip->text(), u"Customer on hold over a minute"_s);
    EXPECT_EQ(Theme::lookOf(holds), Theme::Look::DangerText);
    EXPECT_EQ(Theme::lookOf(clock), Theme::Look::DangerText);
    EXPECT_TRUE(m_window->windowTitle().startsWith(u"⚠ On hold 1:00 — "_s)) << m_window->windowTitle().toStdString();
    EXPECT_EQ(m_sound.played, 1);
    EXPECT_EQ(m_notifier.shown, 1);
    EXPECT_TRUE(controller()->lastMessage().contains(u"apologise"_s)) << controller()->lastMessage().toStdString();
    EXPECT_GE(chip->width(), chip->fontMetrics().horizontalAdvance(chip->text())) << "the longer badge is not cut";

    m_window->holdWidget()->apologisedCheckBox()->setChecked(true);
    controller()->resume();
    EXPECT_EQ(Theme::lookOf(chip), Theme::Look::ChipTalking);
    EXPECT_EQ(chip->text(), u"In conversation"_s);
    EXPECT_EQ(Theme::lookOf(holds), Theme::Look::Plain);
    EXPECT_EQ(Theme::lookOf(clock), Theme::Look::Plain);
    EXPECT_EQ(m_window->windowTitle(), title);
    EXPECT_FALSE(m_window->holdWidget()->isApologyShown()) << "apologised: nothing left to prompt";
}

TEST_F(CallFlowTest, AnApologyNotYetMadeIsPromptedUntilTheConversationEnds)
{
    startAnsweredCall();
    controller()->hold();
    m_clock.advance(20s);
    m_window->holdTimer()->refresh();
    controller()->resume(); // not ticked
    EXPECT_TRUE(m_window->holdWidget()->isApologyShown()) << "still to say";
    ASSERT_TRUE(controller()->wrapUp());
    EXPECT_FALSE(m_window->holdWidget()->isApologyShown()) << "nobody left to say it to";
    ASSERT_TRUE(controller()->finishCall(Disposition::Resolved, {}));
    EXPECT_FALSE(m_window->holdWidget()->isApologyShown());

    // Nor does it come back with the next call.
    settle();
    const Customer* next = m_window->customerPane()->model()->customerAt(1);
    ASSERT_NE(next, nullptr);
    ASSERT_TRUE(controller()->startCall(*next, Channel::Phone, next->phone, false));
    EXPECT_FALSE(m_window->holdWidget()->isApologyShown());
}

TEST_F(CallFlowTest, ALanguageChosenDuringAHoldNamesTheCustomerInItsOwnForm)
{
    showActive();
    startAnsweredCall();
    const Customer customer = *controller()->customer();
    const auto* label = m_window->callBar()->findChild<QLabel*>(u"callCustomerLabel"_s);
    ASSERT_NE(label, nullptr);
    controller()->hold();
    m_clock.advance(5s);
    m_window->holdTimer()->refresh();
    const QString english = controller()->naming().nameIn(customer, u"en"_s, CustomerNaming::Form::Vocative);
    EXPECT_TRUE(m_window->windowTitle().contains(english)) << m_window->windowTitle().toStdString();

    m_window->switchLanguage(u"te"_s);
    QCoreApplication::processEvents(); // LanguageChange is posted
    const QString telugu = controller()->naming().nameIn(customer, u"te"_s, CustomerNaming::Form::Vocative);
    ASSERT_TRUE(telugu.endsWith(u" గారు"_s)) << telugu.toStdString();
    EXPECT_TRUE(m_window->windowTitle().contains(telugu)) << m_window->windowTitle().toStdString();
    EXPECT_TRUE(label->text().contains(telugu)) << label->text().toStdString();

    m_window->switchLanguage(u"en"_s);
    QCoreApplication::processEvents();
    EXPECT_TRUE(m_window->windowTitle().contains(english)) << m_window->windowTitle().toStdString();
    EXPECT_TRUE(label->text().contains(english)) << label->text().toStdString();
}

TEST_F(CallFlowTest, TheHoldSoundCanBeTurnedOffFromTheViewMenu)
{
    QAction* toggle = m_window->findChild<QAction*>(u"holdSoundAction"_s);
    ASSERT_NE(toggle, nullptr);
    bool inViewMenu = false;
    for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>())
        inViewMenu = inViewMenu || (menu->title() == u"&View"_s && menu->actions().contains(toggle));
    EXPECT_TRUE(inViewMenu);
    EXPECT_TRUE(toggle->isChecked());
    toggle->trigger();
    startAnsweredCall();
    controller()->hold();
    m_clock.advance(61s);
    m_window->holdTimer()->refresh();
    EXPECT_EQ(m_sound.played, 0);
    EXPECT_EQ(m_notifier.shown, 1) << "the notification still comes";
    EXPECT_FALSE(m_notifier.lastSound);
}

TEST_F(CallFlowTest, OneMegabytePasteIntoTheNotesIsKeptAndSaved)
{
    startAnsweredCall();
    NotesEditor* notes = m_window->notesEditor();
    QString big;
    big.reserve(1 << 20);
    const QString line = u"The customer read out order 2026-0042-7781 and spoke for a long time. "_s;
    while (big.size() < (1 << 20))
        big += line;
    big.truncate(1 << 20);
    QApplication::clipboard()->setText(big);

    notes->setFocus();
    notes->paste();
    EXPECT_EQ(notes->toPlainText().size(), big.size());
    EXPECT_TRUE(controller()->lastMessage().startsWith(u"Pasted "_s)) << controller()->lastMessage().toStdString();

    ASSERT_TRUE(waitForSave(&CallSession::notesSaved));
    m_writes->flush();
    Result<QList<Note>> saved = m_calls->notesForCall(session()->call().id);
    ASSERT_TRUE(saved && saved.value().size() == 1);
    EXPECT_EQ(saved.value().first().text.size(), big.size()) << "nothing lost";

    // Too much is refused with a message, and the note stays as it was.
    QApplication::clipboard()->setText(QString(NotesEditor::MaxPasteChars + 1, u'x'));
    notes->paste();
    EXPECT_EQ(notes->toPlainText().size(), big.size());
    EXPECT_TRUE(controller()->lastMessage().contains(u"too long"_s)) << controller()->lastMessage().toStdString();
}

TEST_F(CallFlowTest, NotesAreMaskedAndSavedWithinASecond)
{
    startAnsweredCall();
    QSignalSpy pushed(m_window->notesEditor(), &NotesEditor::notesChanged);
    QSignalSpy saved(session(), &CallSession::notesSaved);
    QTest::keyClicks(m_window->notesEditor(), u"card 4111 1111 1111 1111 exp 05/29"_s);
    EXPECT_GE(pushed.count(), 1) << "the first keystroke reaches the session at once";
    EXPECT_EQ(saved.count(), 0) << "saved after a pause, not on each keystroke";
    // Within a second: the editor passes typing on every PushDelayMs, the session saves CallAutosave::SaveDelay later.
    EXPECT_LE(std::chrono::milliseconds(NotesEditor::PushDelayMs) + CallAutosave::SaveDelay, 1000ms);
    ASSERT_TRUE(saved.wait(30'000)) << "saved by the timers alone";
    m_writes->flush();
    const Note note = m_calls->notesForCall(session()->call().id).value().first();
    EXPECT_FALSE(note.text.contains(u"4111 1111 1111 1111"_s));
    EXPECT_TRUE(note.text.contains(u"1111"_s));
}

TEST_F(CallFlowTest, EveryFocusableWidgetHasANameDuringACallOnHold)
{
    startAnsweredCall();
    controller()->hold();
    m_clock.advance(61s);
    m_window->holdTimer()->refresh();
    m_window->show();
    QStringList unnamed;
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_window.get()))
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed << widget->objectName() + u" ("_s + QString::fromLatin1(widget->metaObject()->className()) + u')';
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u", "_s).toStdString();
}

TEST_F(CallFlowTest, CallBarShowsOnlyWhatCanBeDoneNow)
{
    m_window->show();
    const auto visibleButtons = [this] {
        QStringList names;
        for (QToolButton* b : m_window->callBar()->findChildren<QToolButton*>()) {
            if (b->isVisibleTo(m_window->callBar()))
                names << b->objectName();
        }
        names.sort();
        return names;
    };
    EXPECT_EQ(visibleButtons(), QStringList {u"newCallActionToolButton"_s});
    const Customer customer = firstCustomer();
    ASSERT_TRUE(controller()->startCall(customer, Channel::Phone, customer.phone, false));
    EXPECT_TRUE(visibleButtons().contains(u"answerActionToolButton"_s));
    EXPECT_TRUE(visibleButtons().contains(u"closeCallActionToolButton"_s)) << "a missed call can be closed";
    controller()->answer();
    EXPECT_TRUE(visibleButtons().contains(u"holdActionToolButton"_s));
    EXPECT_FALSE(visibleButtons().contains(u"answerActionToolButton"_s));
    m_clock.advance(75s);
    m_window->callBar()->refresh();
    EXPECT_EQ(m_window->callBar()->durationText(), u"Call 01:15"_s);
}

} // namespace

namespace {

// --- Findings of the black-box test of the call console ---

TEST_F(CallFlowTest, RefusalsAreShownInTheStatusBarWithRoomToReadThem)
{
    showActive();
    startAnsweredCall();
    controller()->hold();
    controller()->hold(); // refused
    QStatusBar* bar = m_window->statusBar();
    const QString message = bar->currentMessage();
    ASSERT_EQ(message, u"The call is already on hold."_s);
    EXPECT_EQ(bar->accessibleDescription(), message) << "a screen reader can read the refusal";

    controller()->closeCall(); // refused too: the newest refusal replaces the last
    EXPECT_EQ(bar->currentMessage(), u"End the hold before closing the call."_s);
    QCoreApplication::processEvents();
    // QStatusBar paints the message left of the first permanent widget (in a left-to-right layout).
    const auto* database = m_window->findChild<QLabel*>(u"databaseLabel"_s);
    const auto* count = m_window->findChild<QLabel*>(u"customerCountLabel"_s);
    ASSERT_TRUE(database && count);
    ASSERT_TRUE(database->isVisible());
    const int messageRoom = std::min(database->x(), count->x()) - 8;
    EXPECT_GE(messageRoom, bar->fontMetrics().horizontalAdvance(bar->currentMessage()))
        << "message room " << messageRoom << " of " << bar->width();
    EXPECT_LE(database->width(), bar->width() / 2);
    EXPECT_TRUE(database->toolTip().startsWith(u"Database: "_s)) << "the whole path stays readable";
}

TEST_F(CallFlowTest, NoShortcutIsATextEditingKeyOfTheFieldsTypedInDuringTheCall)
{
    // What QLineEdit and QPlainTextEdit act on with Ctrl on Linux (Qt's X11, KDE and GNOME key schemes),
    // and Ctrl+Shift+U, which IBus takes for Unicode input. The offscreen platform of this test uses
    // another scheme, so the Linux ones are listed here.
    QList<QKeySequence> editing {QKeySequence(u"Ctrl+U"_s), QKeySequence(u"Ctrl+E"_s), QKeySequence(u"Ctrl+K"_s),
        QKeySequence(u"Ctrl+A"_s), QKeySequence(u"Ctrl+C"_s), QKeySequence(u"Ctrl+V"_s), QKeySequence(u"Ctrl+X"_s),
        QKeySequence(u"Ctrl+Z"_s), QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s),
        QKeySequence(u"Ctrl+Insert"_s), QKeySequence(u"Shift+Insert"_s), QKeySequence(u"Ctrl+Shift+Insert"_s),
        QKeySequence(u"Shift+Del"_s), QKeySequence(u"Ctrl+Backspace"_s), QKeySequence(u"Ctrl+Del"_s),
        QKeySequence(u"Ctrl+Left"_s), QKeySequence(u"Ctrl+Right"_s), QKeySequence(u"Ctrl+Up"_s),
        QKeySequence(u"Ctrl+Down"_s), QKeySequence(u"Ctrl+Home"_s), QKeySequence(u"Ctrl+End"_s),
        QKeySequence(u"Ctrl+Shift+Left"_s), QKeySequence(u"Ctrl+Shift+Right"_s), QKeySequence(u"Ctrl+Shift+Home"_s),
        QKeySequence(u"Ctrl+Shift+End"_s), QKeySequence(u"Ctrl+Shift+U"_s)};
    // And whatever this platform binds to them.
    for (const QKeySequence::StandardKey key : {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Cut,
             QKeySequence::Copy, QKeySequence::Paste, QKeySequence::SelectAll, QKeySequence::Delete,
             QKeySequence::DeleteCompleteLine, QKeySequence::DeleteEndOfLine, QKeySequence::DeleteStartOfWord,
             QKeySequence::DeleteEndOfWord, QKeySequence::MoveToStartOfLine, QKeySequence::MoveToEndOfLine,
             QKeySequence::MoveToNextWord, QKeySequence::MoveToPreviousWord, QKeySequence::MoveToStartOfDocument,
             QKeySequence::MoveToEndOfDocument, QKeySequence::SelectStartOfLine, QKeySequence::SelectEndOfLine,
             QKeySequence::SelectNextWord, QKeySequence::SelectPreviousWord, QKeySequence::InsertLineSeparator,
             QKeySequence::InsertParagraphSeparator})
        editing << QKeySequence::keyBindings(key);

    QLineEdit* request = m_window->scriptPanel()->requestCapture()->requestEdit();
    startAnsweredCall(); // both fields editable
    QStringList clashes;
    QHash<QKeySequence, QString> owners;
    for (const auto& [name, key] : windowShortcuts()) {
        if (editing.contains(key))
            clashes << name + u": "_s + key.toString();
        if (owners.contains(key) && owners.value(key) != name)
            clashes << name + u" and "_s + owners.value(key) + u": "_s + key.toString();
        owners.insert(key, name);
        // The fields themselves must not claim the key.
        for (QWidget* field : {static_cast<QWidget*>(request), static_cast<QWidget*>(m_window->notesEditor())}) {
            const QKeyCombination combination = key[0];
            QKeyEvent override(QEvent::ShortcutOverride, combination.key(), combination.keyboardModifiers());
            override.ignore();
            QCoreApplication::sendEvent(field, &override);
            if (override.isAccepted())
                clashes << field->objectName() + u" claims "_s + key.toString() + u" of "_s + name;
        }
    }
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u"; "_s).toStdString();
    EXPECT_EQ(m_window->callActions()->action(CallActions::Id::FollowUp)->shortcut(), QKeySequence(u"Ctrl+Shift+F"_s));
}

TEST_F(CallFlowTest, FollowUpShortcutWorksWhileTypingTheRequest)
{
    startAnsweredCall();
    showActive();
    QLineEdit* request = m_window->scriptPanel()->requestCapture()->requestEdit();
    request->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(request, u"two more CDs"_s);
    ASSERT_EQ(QApplication::focusWidget(), request);

    bool opened = false;
    onNextDialog<FollowUpDialog>([&](FollowUpDialog* dialog) {
        opened = true;
        dialog->reject();
    });
    QTest::keySequence(request, m_window->callActions()->action(CallActions::Id::FollowUp)->shortcut());
    // It opens once the colleagues who can own the follow-up have been read (off the GUI thread).
    EXPECT_TRUE(QTest::qWaitFor([&opened] { return opened; }, 10'000))
        << "the follow-up dialog opens from the request field";
    EXPECT_EQ(request->text(), u"two more CDs"_s) << "and the request is still there";
    EXPECT_TRUE(m_window->scriptPanel()->renderedStep(u"restate"_s).contains(u"two more CDs"_s));
}

TEST_F(CallFlowTest, ANewCallStartsWithAFreshHoldWidgetAndScript)
{
    startAnsweredCall();
    m_window->scriptPanel()->nextStep(); // greet
    controller()->hold();
    m_clock.advance(4s);
    m_window->holdTimer()->refresh();
    controller()->resume();
    ASSERT_EQ(m_window->holdWidget()->timeText(), u"00:04"_s);
    ASSERT_TRUE(m_window->holdWidget()->isApologyShown());
    closeAnsweredCall();

    const Customer* next = m_window->customerPane()->model()->customerAt(1);
    ASSERT_NE(next, nullptr);
    ASSERT_TRUE(controller()->startCall(*next, Channel::Phone, next->phone, false));
    EXPECT_EQ(m_window->holdWidget()->timeText(), u"00:00"_s);
    EXPECT_FALSE(m_window->holdWidget()->isApologyShown()) << "no apology for a hold that did not happen";
    EXPECT_FALSE(m_window->holdWidget()->isWarningShown());
    EXPECT_FALSE(m_window->holdWidget()->apologisedCheckBox()->isVisibleTo(m_window->holdWidget()));
    EXPECT_EQ(m_window->callBar()->holdText(), u"No hold yet"_s);
    EXPECT_FALSE(m_window->scriptPanel()->isStepDone(0));
    EXPECT_EQ(m_window->scriptPanel()->currentStep(), 0);

    // The new call's own hold still shows as usual.
    controller()->answer();
    controller()->hold();
    EXPECT_TRUE(m_window->holdWidget()->isApologyShown());
    EXPECT_TRUE(m_window->holdWidget()->apologisedCheckBox()->isVisibleTo(m_window->holdWidget()));
}

TEST_F(CallFlowTest, CardNumbersInTheNotesAreMaskedOnScreenOnceTheAgentPauses)
{
    startAnsweredCall();
    showActive();
    NotesEditor* notes = m_window->notesEditor();
    notes->setFocus(Qt::OtherFocusReason);
    const QString number = u"4111 1111 1111 1111"_s;
    QTest::keyClicks(notes, u"card "_s + number + u" exp 05/29"_s);
    EXPECT_TRUE(notes->toPlainText().contains(number)) << "not while typing";

    ASSERT_TRUE(QTest::qWaitFor([&] { return !notes->toPlainText().contains(number); }, 5000))
        << "still in clear: " << notes->toPlainText().toStdString();
    const QString shown = notes->toPlainText();
    EXPECT_TRUE(shown.startsWith(u"card "_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"1111"_s)) << "the last four stay";
    EXPECT_TRUE(shown.endsWith(u" exp 05/29"_s)) << shown.toStdString();
    EXPECT_EQ(notes->textCursor().position(), shown.size()) << "the cursor stays where the agent typed";

    // One undo step takes the masking back, not what the agent typed; the masking comes again.
    notes->undo();
    EXPECT_EQ(notes->toPlainText(), u"card "_s + number + u" exp 05/29"_s);

    // Leaving the notes masks at once.
    m_window->scriptPanel()->requestCapture()->requestEdit()->setFocus(Qt::TabFocusReason);
    EXPECT_FALSE(notes->toPlainText().contains(number)) << notes->toPlainText().toStdString();
    ASSERT_TRUE(waitForSave(&CallSession::notesSaved));
    m_writes->flush();
    EXPECT_FALSE(m_calls->notesForCall(session()->call().id).value().first().text.contains(number));
}

TEST_F(CallFlowTest, CardNumbersInTheRequestFieldsAreMaskedOnScreen)
{
    startAnsweredCall();
    showActive();
    RequestCapture* capture = m_window->scriptPanel()->requestCapture();
    QLineEdit* details = capture->detailsEdit();
    details->setFocus(Qt::OtherFocusReason);
    const QString number = u"5555-5555-5555-4444"_s;
    QTest::keyClicks(details, u"pay with "_s + number);
    EXPECT_TRUE(details->text().contains(number));
    QTest::keyClick(details, Qt::Key_Tab); // leaves the field
    EXPECT_FALSE(details->text().contains(number)) << details->text().toStdString();
    EXPECT_TRUE(details->text().startsWith(u"pay with "_s));
    EXPECT_TRUE(details->text().contains(u"4444"_s));
    EXPECT_FALSE(m_window->scriptPanel()->renderedStep(u"restate"_s).contains(number))
        << "the lines read out are masked too";

    // A pause is enough as well.
    QLineEdit* request = capture->requestEdit();
    request->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(request, u"card 4111111111111111"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !request->text().contains(u"4111111111111111"_s); }, 5000));
    EXPECT_EQ(request->cursorPosition(), request->text().size());
}

TEST_F(CallFlowTest, CallBarSaysWhoTheCustomerIsTransferredTo)
{
    startAnsweredCall();
    const TransferTarget target = firstTarget();
    ASSERT_FALSE(target.name.isEmpty());
    ASSERT_TRUE(controller()->transfer(target, true));
    EXPECT_TRUE(m_window->callBar()->stateText().contains(target.name)) << m_window->callBar()->stateText().toStdString();
    EXPECT_TRUE(m_window->callBar()->stateText().startsWith(u"Transferring to "_s));
    controller()->cancelTransfer();
    EXPECT_EQ(m_window->callBar()->stateText(), u"In conversation"_s);
}

TEST_F(CallFlowTest, HistoryShowsTheCallOnceItIsClosed)
{
    const Customer customer = firstCustomer();
    ASSERT_EQ(m_window->historyPane()->model()->customerId(), customer.id);
    const int before = m_window->historyPane()->model()->rowCount();
    startAnsweredCall();
    closeAnsweredCall(u"two more CDs"_s);
    // The history reloads once the closing is stored.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->historyPane()->model()->rowCount() == before + 1; }, 10'000));
    const Interaction* newest = m_window->historyPane()->model()->interactionAt(0);
    ASSERT_NE(newest, nullptr);
    EXPECT_TRUE(newest->summary.contains(u"two more CDs"_s) || newest->subject.contains(u"two more CDs"_s))
        << newest->subject.toStdString() << " / " << newest->summary.toStdString();
}

TEST_F(CallFlowTest, AClosedCallStaysUntilTheAgentMovesOnThenThePanelsAreClean)
{
    showActive();
    const Customer first = firstCustomer();
    startAnsweredCall();
    ScriptPanel* script = m_window->scriptPanel();
    RequestCapture* capture = script->requestCapture();
    QTest::keyClicks(capture->requestEdit(), u"Change delivery address"_s);
    ASSERT_TRUE(script->renderedStep(u"restate"_s).contains(u"Change delivery address"_s));
    m_window->notesEditor()->setPlainText(u"wants the parcel sent to work"_s);
    m_window->notesEditor()->pushNow();
    script->nextStep(); // greet
    controller()->hold();
    m_clock.advance(4s);
    m_window->holdTimer()->refresh();
    controller()->resume();
    ASSERT_TRUE(m_window->holdWidget()->isApologyShown());
    closeAnsweredCall(u"address changed"_s);

    // Right after closing, the call is still there to look at.
    EXPECT_TRUE(m_window->callBar()->stateText().startsWith(u"Call closed"_s));
    EXPECT_EQ(capture->request(), u"Change delivery address"_s);

    // The same customer again: nothing to clear.
    const CustomerListModel* model = m_window->customerPane()->model();
    int firstRow = -1;
    int otherRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->customerAt(row)->id == first.id)
            firstRow = row;
        else if (otherRow < 0)
            otherRow = row;
    }
    ASSERT_GE(firstRow, 0);
    ASSERT_GE(otherRow, 0);
    m_window->customerPane()->selectRow(firstRow);
    EXPECT_EQ(capture->request(), u"Change delivery address"_s);

    // Another customer: a clean console and an idle call bar.
    const Customer* next = model->customerAt(otherRow);
    m_window->customerPane()->selectRow(otherRow);
    ASSERT_EQ(m_window->customerPane()->card()->customer()->id, next->id);
    EXPECT_TRUE(capture->request().isEmpty());
    EXPECT_TRUE(capture->details().isEmpty());
    EXPECT_TRUE(capture->address().isEmpty());
    EXPECT_FALSE(script->renderedStep(u"restate"_s).contains(u"Change delivery address"_s))
        << script->renderedStep(u"restate"_s).toStdString();
    EXPECT_TRUE(m_window->notesEditor()->toPlainText().isEmpty());
    EXPECT_FALSE(script->isStepDone(0));
    EXPECT_EQ(script->currentStep(), 0);
    EXPECT_FALSE(m_window->holdWidget()->isApologyShown());
    EXPECT_EQ(m_window->holdWidget()->timeText(), u"00:00"_s);
    EXPECT_EQ(m_window->callBar()->stateText(), u"No call"_s);
    const auto* customerLabel = m_window->callBar()->findChild<QLabel*>(u"callCustomerLabel"_s);
    ASSERT_NE(customerLabel, nullptr);
    EXPECT_FALSE(customerLabel->isVisibleTo(m_window->callBar())) << customerLabel->text().toStdString();
    EXPECT_TRUE(m_window->callBar()->durationText().isEmpty());

    // Nothing of it comes back with the next call, and the bar shows that call.
    ASSERT_TRUE(controller()->startCall(*next, Channel::Phone, next->phone, false));
    EXPECT_EQ(m_window->callBar()->stateText(), u"Ringing"_s);
    EXPECT_TRUE(capture->request().isEmpty());
}

TEST_F(CallFlowTest, StaleMessagesLeaveTheStatusBarWhenTheCallMovesOn)
{
    QStatusBar* bar = m_window->statusBar();
    startAnsweredCall();
    controller()->hold();
    controller()->closeCall(); // refused
    ASSERT_EQ(bar->currentMessage(), u"End the hold before closing the call."_s);
    controller()->resume();
    EXPECT_TRUE(bar->currentMessage().isEmpty()) << bar->currentMessage().toStdString();

    // A hint given with a state change stays for that state, and goes with the next one.
    ASSERT_TRUE(controller()->transfer(firstTarget(), true));
    EXPECT_TRUE(bar->currentMessage().startsWith(u"Consulting "_s)) << bar->currentMessage().toStdString();
    controller()->cancelTransfer();
    EXPECT_TRUE(bar->currentMessage().isEmpty()) << bar->currentMessage().toStdString();

    closeAnsweredCall();
    EXPECT_EQ(bar->currentMessage(), u"Call closed: Resolved."_s);
    const Customer* next = m_window->customerPane()->model()->customerAt(1);
    ASSERT_NE(next, nullptr);
    ASSERT_TRUE(controller()->startCall(*next, Channel::Phone, next->phone, false));
    EXPECT_TRUE(bar->currentMessage().isEmpty()) << "not while the next call rings: "
                                                 << bar->currentMessage().toStdString();
    EXPECT_LE(MainWindow::MessageTimeoutMs, 10'000);
}

TEST_F(CallFlowTest, TheFirstWindowFitsTheScreen)
{
    // A laptop screen less a task bar: the window and its title bar fit, centred.
    const QRect laptop(0, 0, 1366, 728);
    const QRect first = MainWindow::initialGeometry(laptop, m_window->minimumSizeHint());
    EXPECT_TRUE(laptop.contains(first)) << first.width() << "x" << first.height();
    EXPECT_GE(laptop.height() - first.height(), 40) << "room for a title bar";
    EXPECT_EQ(first.center(), laptop.center());
    const QRect large(0, 0, 2560, 1400);
    EXPECT_LE(MainWindow::initialGeometry(large, {}).width(), 1440);

    // The real window on the (offscreen) screen, with no saved geometry.
    m_window.reset(); // one window per session
    MainWindow window(appContext());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    const QRect frame = window.frameGeometry();
    if (window.minimumSizeHint().width() <= available.width()) {
        EXPECT_TRUE(available.contains(frame)) << frame.x() << "," << frame.y() << " " << frame.width() << "x"
                                               << frame.height() << " in " << available.width() << "x"
                                               << available.height();
    }
    EXPECT_GE(frame.top(), available.top());
    EXPECT_LE(frame.bottom(), available.bottom()) << "the status bar is on screen";
}

TEST_F(CallFlowTest, TheCallStateBadgeIsOneLineTallEnoughInUrdu)
{
    m_window->switchLanguage(u"ur"_s);
    showActive();
    QCoreApplication::processEvents(); // LanguageChange is posted
    startAnsweredCall();
    const auto* badge = m_window->callBar()->findChild<QLabel*>(u"callStateLabel"_s);
    ASSERT_NE(badge, nullptr);
    EXPECT_NE(badge->text(), u"In conversation"_s) << "translated";
    EXPECT_FALSE(badge->wordWrap());
    const QFontMetrics metrics(badge->font());
    EXPECT_GE(badge->height(), metrics.height() * 3 / 2) << "Nastaliq needs more than the Latin line";
    EXPECT_GE(badge->width(), metrics.horizontalAdvance(badge->text()));

    // The request group's title is measured with the Nastaliq face, its fields about a line taller.
    RequestCapture* capture = m_window->scriptPanel()->requestCapture();
    EXPECT_EQ(capture->font().families().value(0), u"Noto Nastaliq Urdu"_s);
    EXPECT_GT(capture->requestEdit()->sizeHint().height(), capture->requestEdit()->fontMetrics().height() * 2)
        << "the style makes room for Nastaliq's letters (TallScript)";
    EXPECT_EQ(capture->requestEdit()->font().families().value(0), QApplication::font().families().value(0))
        << "typed text keeps the application's faces";

    // Back in English the badge and the group are plain again.
    m_window->switchLanguage(u"en"_s);
    QCoreApplication::processEvents(); // LanguageChange is posted
    EXPECT_EQ(badge->text(), u"In conversation"_s);
    EXPECT_FALSE(badge->wordWrap());
    EXPECT_GE(badge->height(), QFontMetrics(badge->font()).height());
    EXPECT_LT(badge->height(), QFontMetrics(badge->font()).height() * 3 / 2);
    EXPECT_NE(capture->font().families().value(0), u"Noto Nastaliq Urdu"_s);
    EXPECT_EQ(capture->requestEdit()->minimumHeight(), 0);
}

} // namespace

TEST_F(CallFlowTest, TheWindowFitsALaptopScreenInEveryLanguageWithTheHoldWarningShown)
{
    showActive();
    startAnsweredCall();
    m_window->holdWidget()->holdAction()->trigger();
    m_clock.advance(65s);
    m_window->holdTimer()->refresh();
    ASSERT_TRUE(m_window->holdWidget()->isWarningShown());
    // 768 pixels less a task bar and a title bar: script and notes scroll, the window does not grow.
    for (const QString& language : {u"en"_s, u"hi"_s, u"te"_s, u"ur"_s, u"ca"_s}) {
        m_window->switchLanguage(language);
        QCoreApplication::processEvents();
        EXPECT_LE(m_window->minimumSizeHint().height(), 680) << language.toStdString();
    }
}

TEST_F(CallFlowTest, ABannerStaysWhileTheDatabaseCannotTakeTheCallAndGoesOnceItIsStored)
{
    showActive();
    SaveBacklogBanner* banner = m_window->backlogBanner();
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());
    auto lock = std::make_unique<Transaction>(*m_temp.db()); // another program holds the write lock
    ASSERT_TRUE(lock->begin());

    startAnsweredCall();
    controller()->hold();
    EXPECT_EQ(session()->state(), CallState::OnHold) << "the agent's action is not held up";
    ASSERT_TRUE(QTest::qWaitFor([banner] { return banner->isVisible(); }, 10'000));
    EXPECT_TRUE(banner->text().contains(u"not saved yet"_s)) << banner->text().toStdString();
    QTest::qWait(100);
    EXPECT_TRUE(banner->isVisible()) << "it stays while anything waits";

    lock.reset();
    ASSERT_TRUE(QTest::qWaitFor([banner] { return !banner->isVisible(); }, 10'000));
    const QList<CallEvent> log = sessionEvents();
    ASSERT_GE(log.size(), 3);
    EXPECT_EQ(log.last().type(), T::HoldStarted);
    EXPECT_EQ(m_calls->find(session()->call().id).value()->state, CallState::OnHold);
}

TEST_F(CallFlowTest, TheTransferAndFollowUpDialogsOpenWithListsReadOffTheGuiThread)
{
    startAnsweredCall();
    const int targets = static_cast<int>(AgentRepository(*m_temp.db()).transferTargets().value().size());
    const int agents = static_cast<int>(AgentRepository(*m_temp.db()).all().value().size());
    ASSERT_GT(targets, 0);
    int listed = -1;
    int owners = -1;
    QueryWatch::forbid(QThread::currentThread());
    onNextDialog<TransferDialog>([&listed](TransferDialog* dialog) {
        listed = dialog->findChild<QListWidget*>()->count();
        dialog->reject();
    });
    controller()->openTransfer();
    controller()->openTransfer(); // a second press while the targets are on their way opens no second dialog
    EXPECT_TRUE(QTest::qWaitFor([&listed] { return listed >= 0; }, 10'000));
    onNextDialog<FollowUpDialog>([&owners](FollowUpDialog* dialog) {
        owners = dialog->findChild<QComboBox*>(u"ownerComboBox"_s)->count();
        dialog->reject();
    });
    controller()->openFollowUp();
    EXPECT_TRUE(QTest::qWaitFor([&owners] { return owners >= 0; }, 10'000));
    settle();
    const int violations = QueryWatch::violations();
    QueryWatch::forbid(nullptr);
    EXPECT_EQ(violations, 0);
    EXPECT_EQ(listed, targets);
    EXPECT_EQ(owners, agents);
    EXPECT_EQ(session()->state(), CallState::Active) << "both dialogs were cancelled";
}

TEST_F(CallFlowTest, ATransferListArrivingAfterTheCallMovedOnOpensNoDialog)
{
    startAnsweredCall();
    bool opened = false;
    QTimer closer; // any dialog that opens is noted and closed
    QObject::connect(&closer, &QTimer::timeout, &closer, [&opened] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    closer.start(10);
    controller()->openTransfer();
    ASSERT_TRUE(controller()->wrapUp()); // before the targets arrive
    settle();
    EXPECT_FALSE(opened);
    EXPECT_EQ(session()->state(), CallState::WrapUp);
    EXPECT_FALSE(controller()->lastMessage().isEmpty()) << "the agent is told why no dialog opened";
}
