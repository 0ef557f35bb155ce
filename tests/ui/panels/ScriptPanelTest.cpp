#include "panels/ScriptPanel.h"

#include "UiTestSupport.h"
#include "panels/RequestCapture.h"
#include "services/ScriptLibrary.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ScriptPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        UiTestSupport::writePhoneScript(m_dir.path(), u"en"_s);
        UiTestSupport::writePhoneScript(m_dir.path(), u"ur"_s);
        m_library = std::make_unique<ScriptLibrary>(m_dir.path());
        m_panel = std::make_unique<ScriptPanel>(*m_library);
        m_panel->setSpeaker(u"Jonathan"_s, u"ABC Company"_s);
        Customer customer;
        customer.id = 7;
        customer.salutation = u"Ms."_s;
        customer.givenName = u"Jane"_s;
        customer.familyName = u"Smith"_s;
        customer.preferredLanguage = u"en"_s;
        m_panel->setCustomer(customer);
    }

    QString stepText(const QString& id) const
    {
        const auto* label = m_panel->findChild<QLabel*>(u"stepTextLabel_"_s + id);
        return label ? label->text() : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ScriptLibrary> m_library;
    std::unique_ptr<ScriptPanel> m_panel;
};

TEST_F(ScriptPanelTest, FillsAgentCompanyAndCustomerAndMarksMissingValues)
{
    ASSERT_EQ(m_panel->scriptLanguage(), u"en"_s);
    const QString greet = stepText(u"greet"_s);
    EXPECT_TRUE(greet.contains(u"Jonathan"_s)) << greet.toStdString();
    EXPECT_TRUE(greet.contains(u"ABC Company"_s)) << greet.toStdString();
    const QString clarify = stepText(u"clarify"_s);
    // Before the request is typed the step says what it waits for, never "[request]".
    EXPECT_EQ(clarify, ScriptFiller::missingNote({u"request"_s})) << clarify.toStdString();
    EXPECT_FALSE(clarify.contains(u'['));
    EXPECT_TRUE(m_panel->apologyLine().contains(u"Ms. Smith"_s));
}

TEST_F(ScriptPanelTest, TicksAndSkipsSurviveAChangeOfScriptLanguage)
{
    m_panel->nextStep();
    m_panel->skipStep();
    ASSERT_TRUE(m_panel->isStepDone(0));
    ASSERT_TRUE(m_panel->isStepSkipped(1));
    m_panel->setScriptLanguage(u"ur"_s);
    ASSERT_EQ(m_panel->scriptLanguage(), u"ur"_s);
    EXPECT_TRUE(m_panel->isStepDone(0));
    EXPECT_TRUE(m_panel->isStepSkipped(1));
    EXPECT_EQ(m_panel->currentStep(), 2);
    m_panel->resetSteps();
    EXPECT_FALSE(m_panel->isStepDone(0));
    EXPECT_EQ(m_panel->currentStep(), 0);
}

TEST_F(ScriptPanelTest, RequestCaptureFillsRequestAndAddressLive)
{
    RequestCapture* capture = m_panel->requestCapture();
    QTest::keyClicks(capture->requestEdit(), u"two more CDs"_s);
    EXPECT_TRUE(stepText(u"restate"_s).contains(u"two more CDs"_s)) << stepText(u"restate"_s).toStdString();
    QTest::keyClicks(capture->detailsEdit(), u"in blue cases"_s);
    EXPECT_TRUE(stepText(u"restate"_s).contains(u"two more CDs, in blue cases"_s));
    m_panel->setExtraVariables({{u"follow_up_who"_s, u"Priya"_s}});
    EXPECT_EQ(m_panel->variables().value(u"follow_up_who"_s), u"Priya"_s);
    EXPECT_EQ(m_panel->variables().value(u"request"_s), u"two more CDs, in blue cases"_s);
}

TEST_F(ScriptPanelTest, NextStepShortcutTicksStepsInOrder)
{
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_panel.get()));
    ASSERT_EQ(m_panel->currentStep(), 0);
    QSignalSpy completed(m_panel.get(), &ScriptPanel::stepCompleted);

    QTest::keyClick(m_panel.get(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(m_panel->isStepDone(0));
    EXPECT_EQ(m_panel->currentStep(), 1);

    QTest::keyClick(m_panel.get(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(m_panel->isStepDone(1));
    EXPECT_EQ(m_panel->currentStep(), 2);
    ASSERT_EQ(completed.count(), 2);
    EXPECT_EQ(completed.at(0).at(0).toString(), u"greet"_s);
    EXPECT_EQ(completed.at(1).at(0).toString(), u"clarify"_s);
}

TEST_F(ScriptPanelTest, TickingByHandMovesTheCurrentStep)
{
    auto* greet = m_panel->findChild<QCheckBox*>(u"stepCheckBox_greet"_s);
    ASSERT_NE(greet, nullptr);
    greet->setChecked(true);
    EXPECT_EQ(m_panel->currentStep(), 1);
    for (int i = 0; i < m_panel->script().steps.size(); ++i)
        m_panel->nextStep();
    EXPECT_EQ(m_panel->currentStep(), -1);
    EXPECT_FALSE(m_panel->nextStepAction()->isEnabled());
}

TEST_F(ScriptPanelTest, UrduScriptIsRightToLeftInNastaliq)
{
    auto* combo = m_panel->findChild<QComboBox*>(u"scriptLanguageComboBox"_s);
    ASSERT_NE(combo, nullptr);
    const int urdu = combo->findData(u"ur"_s);
    ASSERT_GE(urdu, 0);
    EXPECT_EQ(combo->itemText(urdu), QLocale(u"ur"_s).nativeLanguageName());

    m_panel->setScriptLanguage(u"ur"_s);
    EXPECT_EQ(m_panel->scriptLanguage(), u"ur"_s);
    const auto* steps = m_panel->findChild<QWidget*>(u"scriptStepsWidget"_s);
    ASSERT_NE(steps, nullptr);
    EXPECT_EQ(steps->layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(steps->font().families().contains(u"Noto Nastaliq Urdu"_s)) << steps->font().families().join(u", "_s).toStdString();
    EXPECT_EQ(steps->font().styleName(), u"Regular"_s);
    EXPECT_EQ(steps->font().styleName(), u"Regular"_s);
    EXPECT_TRUE(stepText(u"greet"_s).contains(u"Jonathan"_s));
}

TEST_F(ScriptPanelTest, CustomerLanguagePicksTheScript)
{
    Customer customer;
    customer.id = 8;
    customer.givenName = u"عائشہ"_s;
    customer.familyName = u"خان"_s;
    customer.preferredLanguage = u"ur"_s;
    m_panel->setCustomer(customer);
    EXPECT_EQ(m_panel->scriptLanguage(), u"ur"_s);
    EXPECT_EQ(m_panel->currentStep(), 0) << "a new customer starts the script again";
}

} // namespace

namespace {

TEST_F(ScriptPanelTest, CurrentStepStaysInViewWhenThePanelShrinks)
{
    m_panel->resize(420, 800);
    m_panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    for (int i = 0; i < 4; ++i)
        m_panel->nextStep();
    ASSERT_EQ(m_panel->currentStep(), 4);
    const auto* area = m_panel->findChild<QScrollArea*>(u"scriptScrollArea"_s);
    const auto* last = m_panel->findChild<QFrame*>(u"scriptStepFrame_close"_s);
    ASSERT_TRUE(area && last);
    const auto inView = [&] {
        const QRect frame(last->mapTo(area->viewport(), QPoint(0, 0)), last->size());
        return area->viewport()->rect().contains(frame);
    };
    EXPECT_TRUE(QTest::qWaitFor(inView, 10'000));
    EXPECT_EQ(area->verticalScrollBar()->value(), 0) << "everything fitted";
    QCoreApplication::processEvents(); // nothing left pending from the steps ticked above

    // Something below takes room (the hold warning): the panel shrinks from the bottom.
    m_panel->resize(420, m_panel->height() - area->viewport()->height() + last->height() + 24);
    EXPECT_TRUE(QTest::qWaitFor(inView, 10'000)) << "viewport " << area->viewport()->height();
    EXPECT_GT(area->verticalScrollBar()->value(), 0);
}

TEST_F(ScriptPanelTest, ReplacingTheRequestFieldsRendersTheLinesAgain)
{
    RequestCapture* capture = m_panel->requestCapture();
    QTest::keyClicks(capture->requestEdit(), u"two more CDs"_s);
    ASSERT_TRUE(stepText(u"restate"_s).contains(u"two more CDs"_s));
    QSignalSpy edited(capture, &RequestCapture::edited);
    capture->clear();
    EXPECT_FALSE(stepText(u"restate"_s).contains(u"two more CDs"_s)) << stepText(u"restate"_s).toStdString();
    EXPECT_EQ(edited.count(), 0) << "not an edit to save";
    capture->setFields(u"a refund"_s, {}, {});
    EXPECT_TRUE(stepText(u"restate"_s).contains(u"a refund"_s));
}

} // namespace
