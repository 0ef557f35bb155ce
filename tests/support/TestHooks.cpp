#include "support/TestHooks.h"

#include "domain/CallStateMachine.h"
#include "models/CustomerListModel.h"
#include "models/HistoryModel.h"
#include "panels/CustomerSearchPane.h"
#include "panels/HistoryPane.h"
#include "panels/NotesEditor.h"
#include "panels/RequestCapture.h"
#include "panels/ScriptPanel.h"
#include "services/CallSession.h"
#include "windows/CallController.h"
#include "windows/CallIntake.h"
#include "windows/MainWindow.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QTreeView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void print(const QString& line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

/// Types `text` into `widget` as a keyboard would, through its key-event handling.
void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::OtherFocusReason);
    for (const QChar c : text) {
        const int key = c == u'\n' ? int(Qt::Key_Return) : int(Qt::Key_unknown);
        const QString keyText = c == u'\n' ? u"\r"_s : QString(c);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, keyText);
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, keyText);
        QCoreApplication::sendEvent(widget, &release);
    }
}

/// Starts a call with the first customer in the list; false when there is none.
bool startFirstCall(MainWindow& window)
{
    if (window.session()->hasCall())
        return true;
    const Customer* first = window.customerPane()->model()->customerAt(0);
    if (!first) {
        print(u"no customer"_s);
        return false;
    }
    return window.controller()->startCall(*first, Channel::Phone, first->phone, true).ok();
}

void autoType(MainWindow& window, const QString& text)
{
    if (!startFirstCall(window))
        return;
    CallSession* session = window.session();
    auto saved = std::make_shared<std::pair<bool, bool>>(false, false);
    const auto report = [saved] {
        if (saved->first && saved->second) {
            print(u"typed"_s);
            saved->first = saved->second = false;
        }
    };
    QObject::connect(session, &CallSession::notesSaved, session, [saved, report] {
        saved->first = true;
        report();
    });
    QObject::connect(session, &CallSession::draftSaved, session, [saved, report] {
        saved->second = true;
        report();
    });
    typeInto(window.scriptPanel()->requestCapture()->requestEdit(), text);
    typeInto(window.notesEditor(), text);
}

/// Opens the customer CORDIAL_TEST_CUSTOMER finds, sets the history filter CORDIAL_TEST_HISTORY_FILTER
/// ("channel-key:words", either part may be empty) and expands the newest call in their history.
void historyScene(MainWindow& window)
{
    HistoryPane* history = window.historyPane();
    auto expanded = std::make_shared<bool>(false);
    QObject::connect(window.customerPane(), &CustomerSearchPane::customerOpened, history, [history, expanded] {
        const QString filter = qEnvironmentVariable("CORDIAL_TEST_HISTORY_FILTER");
        if (!filter.isEmpty()) {
            const QString channel = filter.section(u':', 0, 0);
            history->channelFilter()->setCurrentIndex(std::max(0, history->channelFilter()->findData(channel)));
            history->textFilter()->setText(filter.section(u':', 1));
            history->applyFilterNow();
        }
        QObject::connect(history->model(), &HistoryModel::pageLoaded, history, [history, expanded] {
            for (int row = 0; !*expanded && row < history->model()->rowCount(); ++row) {
                if (history->model()->interactionAt(row)->callId == 0)
                    continue;
                *expanded = true;
                const QModelIndex entry = history->model()->index(row, 0);
                history->view()->setCurrentIndex(entry);
                history->view()->expand(entry);
            }
        });
    });
    QObject::connect(history->model(), &HistoryModel::timelineLoaded, history, [history](int row) {
        history->view()->setFocus(Qt::OtherFocusReason);
        const QModelIndex entry = history->model()->index(row, 0);
        history->view()->scrollTo(history->model()->index(history->model()->rowCount(entry) - 1, 0, entry));
        history->view()->scrollTo(entry);
        print(u"scene ready"_s);
    });
    window.customerPane()->searchEdit()->setText(qEnvironmentVariable("CORDIAL_TEST_CUSTOMER"));
    window.customerPane()->searchNow();
    window.customerPane()->selectFirstRowWhenLoaded();
}

void scene(MainWindow& window, const QString& name)
{
    if (name == u"history"_s) {
        historyScene(window);
        return;
    }
    if (!startFirstCall(window))
        return;
    typeInto(window.scriptPanel()->requestCapture()->requestEdit(), u"two more CDs"_s);
    typeInto(window.scriptPanel()->requestCapture()->addressEdit(), u"123 Main St, Anytown, USA 12345"_s);
    window.scriptPanel()->nextStep(); // greet
    window.scriptPanel()->nextStep(); // clarify: the restate line is next
    if (name == u"hold"_s) {
        typeInto(window.notesEditor(), u"Wants two more CDs shipped to the usual address."_s);
        window.controller()->hold();
    }
    print(u"scene ready"_s);
}

} // namespace

void TestHooks::install(MainWindow& window)
{
    const QString recovery = qEnvironmentVariable("CORDIAL_TEST_RECOVERY");
    if (!recovery.isEmpty()) {
        window.intake()->setRecoveryPrompt([&window, recovery](const Call&, const QString& question) {
            print(u"asked "_s + question);
            const bool accept = recovery == u"accept"_s;
            QTimer::singleShot(0, &window, [&window] {
                const QJsonObject shown {
                    {u"notes"_s, window.notesEditor()->toPlainText()},
                    {u"request"_s, window.scriptPanel()->requestCapture()->request()},
                    {u"state"_s, CallStateInfo::key(window.session()->state())},
                };
                print(u"recovered "_s + QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)));
            });
            return accept;
        });
    }
    if (qEnvironmentVariableIsSet("CORDIAL_TEST_ANNOUNCE")) {
        CallSession* session = window.session();
        QObject::connect(session, &CallSession::stateChanged, session, [session](CallState state) {
            if (state != CallState::Offered)
                return;
            const QJsonObject call {{u"customer_id"_s, session->call().customerId},
                {u"number"_s, session->call().remoteNumber}, {u"state"_s, CallStateInfo::key(state)}};
            print(u"call "_s + QString::fromUtf8(QJsonDocument(call).toJson(QJsonDocument::Compact)));
        });
        QTimer::singleShot(0, &window, [] { print(u"ready"_s); });
    }
    const QString text = qEnvironmentVariable("CORDIAL_TEST_AUTOTYPE");
    if (!text.isEmpty())
        QTimer::singleShot(0, &window, [&window, text] { autoType(window, text); });
    const QString sceneName = qEnvironmentVariable("CORDIAL_TEST_SCENE");
    if (!sceneName.isEmpty())
        QTimer::singleShot(0, &window, [&window, sceneName] { scene(window, sceneName); });
}
