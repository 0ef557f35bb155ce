// Keyboard mnemonics (Alt+letter) in every language. Agents type in a Latin layout or through a
// phonetic input method, so in a language written in another script (Hindi, Telugu, Urdu) a letter of
// that script cannot be typed: there every mnemonic is a Latin letter after the text, "(&X)", as Qt's
// and KDE's Chinese and Japanese catalogs write them. Latin-script languages keep the letter in a word.
// Everywhere: what has a mnemonic in English has one in each language, and nothing that competes for
// the same Alt+letter (one window's buttons, labels, tabs and menu titles; one menu's items) shares one.

#include "CallWindowTest.h"

#include "dialogs/AbusiveCallerDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/NewCallDialog.h"
#include "dialogs/PaymentDialog.h"
#include "dialogs/TransferDialog.h"
#include "dialogs/WrapUpDialog.h"
#include "models/CustomerListModel.h"
#include "panels/CustomerSearchPane.h"
#include "panels/ScriptPanel.h"
#include "windows/CallController.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

/// The shipped languages but the source language; with it last when `andSource` (to end in English).
QStringList translatedLanguages(bool andSource)
{
    QStringList codes;
    for (const Languages::Language& language : Languages::available()) {
        if (language.code != Languages::sourceLanguage())
            codes << language.code;
    }
    if (andSource)
        codes << Languages::sourceLanguage();
    return codes;
}

/// Whether `language` is written in a script other than Latin: then its mnemonics are "(&X)".
bool needsLatinMnemonics(const QString& language)
{
    return QLocale(language).script() != QLocale::LatinScript;
}

/// The Alt+letter `text` claims, "" when none ("&&" is a literal ampersand).
QString mnemonicOf(const QString& text)
{
    return QKeySequence::mnemonic(text).toString();
}

/// A text of a non-Latin-script language: no mnemonic, or exactly one, a capital Latin letter in
/// parentheses. Returns what is wrong, "" when nothing is.
QString latinMnemonicProblem(const QString& text)
{
    QString rest = text;
    rest.remove(u"&&"_s);
    if (!rest.contains(u'&'))
        return {};
    static const QRegularExpression latin(u"\\(&[A-Z]\\)"_s);
    if (rest.count(u'&') != 1 || !latin.match(rest).hasMatch())
        return u"not one Latin “(&X)”"_s;
    return {};
}

/// Things that compete for the same Alt+letter, each with its text as shown.
struct Group
{
    QString name;
    QStringList what;
    QStringList texts;

    void add(const QString& thing, const QString& text)
    {
        what << thing;
        texts << text;
    }
};

/// The items of `menu`: each letter opens one while it is open.
Group menuGroup(QMenu& menu, const QString& name)
{
    Group items { name, {}, {} };
    for (QAction* action : menu.actions()) {
        if (!action->isSeparator())
            items.add(u"item"_s, action->text());
    }
    return items;
}

/// The groups of `window` (a main window or a dialog) as its widgets are now: everything whose
/// mnemonic works anywhere in the window (menu bar titles, tabs, buttons, labels with a buddy, group
/// boxes, hidden ones too as they may show), then each of its menus and context menus.
QList<Group> groupsOf(QWidget& window, const QString& name)
{
    QList<Group> groups;
    Group whole { name, {}, {} };
    if (auto* main = qobject_cast<QMainWindow*>(&window)) {
        for (QAction* menu : main->menuBar()->actions())
            whole.add(u"menu"_s, menu->text());
    }
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i)
            whole.add(u"tab "_s + tabs->objectName(), tabs->tabText(i));
    }
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
        whole.add(u"button "_s + button->objectName(), button->text());
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->buddy())
            whole.add(u"label "_s + label->objectName(), label->text());
    }
    for (QGroupBox* box : window.findChildren<QGroupBox*>())
        whole.add(u"group "_s + box->objectName(), box->title());
    groups << whole;
    // The menu bar's menus and their submenus (not its overflow menu, which repeats the titles that do
    // not fit), then the window's other menus.
    QList<QMenu*> menus;
    QMenuBar* bar = nullptr;
    if (auto* main = qobject_cast<QMainWindow*>(&window)) {
        bar = main->menuBar();
        for (QAction* action : bar->actions()) {
            if (action->menu())
                menus << action->menu();
        }
        for (qsizetype i = 0; i < menus.size(); ++i) {
            for (QAction* action : menus.at(i)->actions()) {
                if (action->menu())
                    menus << action->menu();
            }
        }
    }
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        QObject* owner = menu->parent();
        while (owner && owner != bar)
            owner = owner->parent();
        if (!bar || owner != bar)
            menus << menu;
    }
    for (QMenu* menu : menus)
        groups << menuGroup(*menu, name + u" › "_s + menu->title());
    return groups;
}

/// What is wrong with the mnemonics of `groups` in `language`, against the same groups in English.
QStringList mnemonicProblems(const QString& language, const QList<Group>& groups, const QList<Group>& english)
{
    QStringList problems;
    if (groups.size() != english.size())
        return { u"%1 groups where English has %2"_s.arg(groups.size()).arg(english.size()) };
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const Group& group = groups.at(g);
        const Group& source = english.at(g);
        if (group.texts.size() != source.texts.size()) {
            problems << u"%1: %2 things where English has %3"_s.arg(group.name)
                            .arg(group.texts.size())
                            .arg(source.texts.size());
            continue;
        }
        QHash<QString, QStringList> owners; // Alt+letter → what claims it
        for (qsizetype i = 0; i < group.texts.size(); ++i) {
            const QString& text = group.texts.at(i);
            const QString shown = group.what.at(i) + u" “"_s + text + u'”';
            const QString key = mnemonicOf(text);
            if (key.isEmpty() && !mnemonicOf(source.texts.at(i)).isEmpty()) {
                problems << group.name + u": no mnemonic in "_s + shown + u" (English “"_s + source.texts.at(i)
                        + u"”)"_s;
            }
            if (needsLatinMnemonics(language) && !latinMnemonicProblem(text).isEmpty())
                problems << group.name + u": "_s + latinMnemonicProblem(text) + u" in "_s + shown;
            if (!key.isEmpty())
                owners[key] << shown;
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                problems << group.name + u": "_s + it.key() + u" opens "_s + it.value().join(u", "_s);
        }
        if (!problems.isEmpty() && qEnvironmentVariableIsSet("CORDIAL_LIST_MNEMONICS"))
            problems << group.name + u" holds "_s + QStringList(owners.keyBegin(), owners.keyEnd()).join(u' ');
    }
    return problems;
}

/// How many mnemonics `groups` hold in all.
qsizetype mnemonicCount(const QList<Group>& groups)
{
    qsizetype count = 0;
    for (const Group& group : groups) {
        for (const QString& text : group.texts)
            count += mnemonicOf(text).isEmpty() ? 0 : 1;
    }
    return count;
}

class MnemonicTest : public CallWindowTest
{
protected:
    /// The main window during a call on hold (every call button exists and shows its label), each
    /// dialog the call opens, and the text fields' context menus, in the current language.
    QList<Group> everyGroup()
    {
        QList<Group> groups = groupsOf(*m_window, u"window"_s);
        const CallScript script = m_window->scriptPanel()->script();
        const ScriptRenderer::Variables variables = m_window->scriptPanel()->variables();
        const Customer* customer = m_window->customerPane()->model()->customerAt(0);
        {
            NewCallDialog dialog(m_console->customers, customer ? std::optional<Customer>(*customer) : std::nullopt);
            groups << groupsOf(dialog, u"new call"_s);
        }
        {
            NewCallDialog dialog(m_console->customers, std::nullopt);
            groups << groupsOf(dialog, u"new call, nobody selected"_s);
        }
        {
            const QList<TransferTarget> targets { { 1, u"Billing"_s, u"department"_s, u"201"_s } };
            TransferDialog dialog(targets, script, variables);
            dialog.setWarm(true);
            groups << groupsOf(dialog, u"warm transfer"_s);
            dialog.setWarm(false);
            groups << groupsOf(dialog, u"cold transfer"_s);
        }
        {
            PaymentDialog dialog(script, variables, m_clock);
            groups << groupsOf(dialog, u"payment"_s);
        }
        {
            AbusiveCallerDialog dialog(script, variables, true);
            groups << groupsOf(dialog, u"abusive caller"_s);
        }
        {
            const Agent agent { 1, u"Jonathan"_s, u"jonathan"_s, u"agent"_s, {} };
            FollowUpDialog dialog({ agent }, agent.id, m_clock);
            groups << groupsOf(dialog, u"follow-up"_s);
        }
        {
            WrapUpDialog dialog({}, u"other"_s, {});
            groups << groupsOf(dialog, u"wrap-up"_s);
        }
        {
            QLineEdit line;
            const std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
            groups << menuGroup(*menu, u"line edit menu"_s);
        }
        {
            QPlainTextEdit text;
            const std::unique_ptr<QMenu> menu(text.createStandardContextMenu());
            groups << menuGroup(*menu, u"text edit menu"_s);
        }
        return groups;
    }
};

TEST_F(MnemonicTest, EachWindowAndMenuOpensOneThingPerLetterInEveryLanguage)
{
    const Customer* customer = m_window->customerPane()->model()->customerAt(0);
    ASSERT_NE(customer, nullptr);
    ASSERT_TRUE(m_window->controller()->startCall(*customer, Channel::Phone, customer->phone, false));
    m_window->controller()->answer();
    m_window->controller()->hold();

    const QList<Group> english = everyGroup();
    EXPECT_GE(mnemonicCount(english), 60) << "the walk finds the window's, its menus' and the dialogs' mnemonics";
    for (const QString& language : translatedLanguages(true)) {
        ASSERT_TRUE(LanguageSwitcher::apply(m_languages, language));
        QApplication::processEvents();
        const QStringList problems = mnemonicProblems(language, everyGroup(), english);
        EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ":\n" << problems.join(u'\n').toStdString();
    }
}

TEST_F(MnemonicTest, TheInterruptedCallQuestionHasOneLetterPerAnswer)
{
    // A call left open by a program that stopped is offered back at each start, in the start's language.
    const Customer* customer = m_window->customerPane()->model()->customerAt(0);
    ASSERT_NE(customer, nullptr);
    ASSERT_TRUE(m_window->controller()->startCall(*customer, Channel::Phone, customer->phone, false));
    m_window->controller()->answer();
    m_window->session()->flushNotes();
    ASSERT_TRUE(m_window->session()->waitForWrites());

    QList<Group> english;
    for (const QString& language : QStringList { Languages::sourceLanguage() } + translatedLanguages(false)) {
        ASSERT_TRUE(LanguageSwitcher::apply(m_languages, language));
        createWindow(); // the previous window stops without closing the call
        QList<Group> groups;
        onNextDialog<QMessageBox>([&groups](QMessageBox* box) {
            groups = groupsOf(*box, u"resume question"_s);
            box->close(); // resumes
        });
        ASSERT_TRUE(recover()) << language.toStdString();
        if (english.isEmpty()) {
            english = groups;
            EXPECT_EQ(mnemonicCount(english), 2);
        }
        const QStringList problems = mnemonicProblems(language, groups, english);
        EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ":\n" << problems.join(u'\n').toStdString();
    }
}

/// The messages of the catalog `path` whose source has a mnemonic: source → translation.
QList<std::pair<QString, QString>> mnemonicMessages(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<std::pair<QString, QString>> messages;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString type = xml.attributes().value("type"_L1).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!mnemonicOf(source).isEmpty() && type != "vanished"_L1 && type != "obsolete"_L1)
                messages.append({ context + u" “"_s + source + u'”', text });
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

TEST(MnemonicCatalogTest, EveryTranslationOfAMnemonicHasOneInTheLanguagesConvention)
{
    // Qt's own texts (dialog buttons, context menus) too, which no window of the test may show.
    qsizetype checked = 0;
    for (const QString& language : translatedLanguages(false)) {
        const QString path = QDir(QStringLiteral(CORDIAL_TRANSLATIONS_DIR)).filePath(u"cordial_%1.ts"_s.arg(language));
        QStringList problems;
        for (const auto& [source, translation] : mnemonicMessages(path)) {
            ++checked;
            if (mnemonicOf(translation).isEmpty())
                problems << source + u": no mnemonic in “"_s + translation + u'”';
            else if (needsLatinMnemonics(language) && !latinMnemonicProblem(translation).isEmpty())
                problems << source + u": "_s + latinMnemonicProblem(translation) + u" in “"_s + translation + u'”';
        }
        EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ":\n" << problems.join(u'\n').toStdString();
    }
    EXPECT_GE(checked, 4 * 70);
}

} // namespace
