// The look of the call console (issue 13): the visual hierarchy in every language (the customer's name
// and the call's state first, the step to say now larger than the others) and every text readable on a
// light, a dark and a high-contrast desktop, measured on the window as it is drawn. The dark and
// high-contrast windows are saved as images beside the layout test's (CORDIAL_SCREENSHOT_DIR).

#include "CallWindowTest.h"

#include "models/CustomerListModel.h"
#include "panels/CallBar.h"
#include "panels/CustomerSearchPane.h"
#include "panels/HoldTimerWidget.h"
#include "panels/ScriptPanel.h"
#include "platform/Theme.h"
#include "services/HoldTimer.h"
#include "windows/CallController.h"

#include <QAbstractScrollArea>
#include <QDir>
#include <QFontMetricsF>
#include <QFrame>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A palette as a desktop theme gives it: the bevel shades derived from the button colour by Qt, the
/// placeholder text as muted as the theme's own hints.
QPalette makePalette(QRgb window, QRgb text, QRgb base, QRgb button, QRgb highlight, QRgb highlightedText,
                     QRgb placeholder)
{
    QPalette palette {QColor(button), QColor(window)};
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::WindowText, QColor(text));
        palette.setColor(group, QPalette::Base, QColor(base));
        palette.setColor(group, QPalette::AlternateBase, QColor(window));
        palette.setColor(group, QPalette::Text, QColor(text));
        palette.setColor(group, QPalette::ButtonText, QColor(text));
        palette.setColor(group, QPalette::ToolTipBase, QColor(base));
        palette.setColor(group, QPalette::ToolTipText, QColor(text));
        palette.setColor(group, QPalette::Highlight, QColor(highlight));
        palette.setColor(group, QPalette::HighlightedText, QColor(highlightedText));
        palette.setColor(group, QPalette::PlaceholderText, QColor(placeholder));
    }
    return palette;
}

struct NamedPalette
{
    const char* name;
    QPalette palette;
};

void PrintTo(const NamedPalette& palette, std::ostream* out)
{
    *out << palette.name;
}

const NamedPalette Light {"light", {}}; // the style's own
const NamedPalette Dark {"dark", makePalette(0x353535, 0xffffff, 0x2a2a2a, 0x353535, 0x2a82da, 0xffffff, 0xa0a0a0)};
const NamedPalette HighContrastBlack {
    "high-contrast-black", makePalette(0x000000, 0xffffff, 0x000000, 0x000000, 0x1aebff, 0x000000, 0xc0c0c0)};
const NamedPalette HighContrastWhite {
    "high-contrast-white", makePalette(0xffffff, 0x000000, 0xffffff, 0xffffff, 0x37006e, 0xffffff, 0x404040)};

/// The window in a language, on hold past the warning, as an agent sees it at 1366x768.
class LookTest : public CallWindowTest
{
protected:
    void openOnHold(const QString& language, const QSize& screen = {1366, 768})
    {
        LanguageSwitcher::apply(m_languages, language);
        createWindow();
        const QRect first = MainWindow::initialGeometry(QRect(QPoint(0, 0), screen), m_window->minimumSizeHint());
        m_window->resize(first.size());
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
        const CustomerListModel* model = m_window->customerPane()->model();
        // The same customer whatever the list's order: of those speaking the language, the last family
        // name in code point order.
        Customer customer = *model->customerAt(0);
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Customer* c = model->customerAt(row);
            if (c->preferredLanguage == language && (!found || c->familyName > customer.familyName)) {
                customer = *c;
                found = true;
            }
        }
        CallController* controller = m_window->controller();
        ASSERT_TRUE(controller->startCall(customer, Channel::Phone, customer.phone, false));
        controller->answer();
        m_window->scriptPanel()->nextStep(); // greet: said lines above the current one
        controller->hold();
        m_clock.advance(65s);
        m_window->holdTimer()->refresh();
        ASSERT_TRUE(m_window->holdWidget()->isWarningShown());
        settleLayout();
    }

    void settleLayout() const
    {
        for (int round = 0; round < 3; ++round) {
            m_window->grab();
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    template <typename W = QLabel>
    W* child(QWidget* parent, const char* name) const
    {
        auto* widget = parent->findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    /// The text labels of the script's steps: the current one's and the others'.
    std::pair<QLabel*, QList<QLabel*>> stepLabels() const
    {
        QLabel* current = nullptr;
        QList<QLabel*> others;
        for (auto* frame : m_window->scriptPanel()->findChildren<QFrame*>()) {
            if (!frame->objectName().startsWith(u"scriptStepFrame_"_s))
                continue;
            for (auto* label : frame->findChildren<QLabel*>()) {
                if (Theme::lookOf(frame) == Theme::Look::CurrentStep)
                    current = label;
                else
                    others << label;
            }
        }
        return {current, others};
    }

    static double lineHeight(const QWidget* widget) { return QFontMetricsF(widget->font()).height(); }
};

class HierarchyTest : public LookTest, public ::testing::WithParamInterface<const char*>
{
};

TEST_P(HierarchyTest, NameCallStateAndTheLineToSayComeFirst)
{
    openOnHold(QString::fromLatin1(GetParam()));

    // The card: the customer's name above a body of smaller, regular lines.
    QWidget* card = m_window->findChild<QWidget*>(u"customerCardFrame"_s);
    ASSERT_NE(card, nullptr);
    auto* name = child(card, "customerNameLabel");
    auto* phone = child(card, "customerPhoneLabel");
    ASSERT_TRUE(name && phone);
    EXPECT_TRUE(name->font().bold());
    EXPECT_FALSE(phone->font().bold());
    EXPECT_GT(name->font().pointSizeF(), phone->font().pointSizeF() * 1.2);
    EXPECT_GT(lineHeight(name), lineHeight(phone));
    EXPECT_EQ(phone->font().pointSizeF(), QApplication::font().pointSizeF()) << "the body stays as it was";

    // The call bar: the state chip, who is on the line and the call clock, bold and larger than the hold
    // times beside them.
    CallBar* bar = m_window->callBar();
    auto* hold = child(bar, "callHoldLabel");
    ASSERT_NE(hold, nullptr);
    for (const char* first : {"callStateLabel", "callCustomerLabel", "callDurationLabel"}) {
        auto* label = child(bar, first);
        ASSERT_NE(label, nullptr);
        EXPECT_TRUE(label->isVisible()) << first;
        EXPECT_TRUE(label->font().bold()) << first;
        EXPECT_GT(label->font().pointSizeF(), hold->font().pointSizeF()) << first;
        EXPECT_GT(lineHeight(label), lineHeight(hold)) << first;
        EXPECT_EQ(Theme::typeOf(label), Theme::Type::Status) << first;
    }
    EXPECT_EQ(hold->font().pointSizeF(), QApplication::font().pointSizeF());

    // The script: the step to say now larger than the others, which keep the script's own font.
    const auto [current, others] = stepLabels();
    ASSERT_NE(current, nullptr);
    ASSERT_FALSE(others.isEmpty());
    const QWidget* steps = m_window->scriptPanel()->findChild<QWidget*>(u"scriptStepsWidget"_s);
    for (const QLabel* other : others) {
        EXPECT_GT(current->font().pointSizeF(), other->font().pointSizeF()) << other->objectName().toStdString();
        EXPECT_GT(lineHeight(current), lineHeight(other)) << other->objectName().toStdString();
        EXPECT_EQ(other->font().pointSizeF(), steps->font().pointSizeF()) << other->objectName().toStdString();
        EXPECT_EQ(other->font().families(), steps->font().families()) << "the script's own script";
    }
    EXPECT_EQ(current->font().families(), steps->font().families());
}

TEST_P(HierarchyTest, TheLargerTextFollowsTheNextStep)
{
    openOnHold(QString::fromLatin1(GetParam()), {1366, 1024}); // a list with room for larger words
    const QLabel* before = stepLabels().first;
    ASSERT_NE(before, nullptr);
    m_window->controller()->resume();
    m_window->scriptPanel()->nextStep();
    settleLayout();
    const QLabel* after = stepLabels().first;
    ASSERT_NE(after, nullptr);
    EXPECT_NE(before, after);
    EXPECT_GT(after->font().pointSizeF(), before->font().pointSizeF());
    EXPECT_EQ(Theme::lookOf(before), Theme::Look::HintText) << "a line said reads as a hint, not greyed out";
    EXPECT_TRUE(before->isEnabled());
}

TEST_P(HierarchyTest, AStepTooTallForAShortListIsReadFromItsFirstLine)
{
    openOnHold(QString::fromLatin1(GetParam()), {1024, 768});
    m_window->controller()->resume();
    m_window->scriptPanel()->nextStep();
    settleLayout();
    const QLabel* current = stepLabels().first;
    ASSERT_NE(current, nullptr);
    const auto* area = m_window->scriptPanel()->findChild<QAbstractScrollArea*>(u"scriptScrollArea"_s);
    const QWidget* frame = current->parentWidget();
    const QRect inView = QRect(frame->mapTo(area->viewport(), QPoint()), frame->size());
    const QWidget* steps = m_window->scriptPanel()->findChild<QWidget*>(u"scriptStepsWidget"_s);
    if (Theme::typeOf(current) == Theme::Type::Body) {
        // Larger words would not fit: the body size, and the step's first line at the top of the list.
        EXPECT_EQ(current->font().pointSizeF(), steps->font().pointSizeF());
        EXPECT_GE(inView.top(), 0);
    }
    if (frame->height() <= area->viewport()->height())
        EXPECT_TRUE(area->viewport()->rect().contains(inView)) << "the whole step in view";
    else
        EXPECT_GE(inView.top(), 0) << "its first line in view, the rest below";
}

INSTANTIATE_TEST_SUITE_P(Languages, HierarchyTest, ::testing::Values("en", "hi", "te", "ur", "ca"),
                         [](const ::testing::TestParamInfo<const char*>& param) { return std::string(param.param); });

QString describe(const QLabel* label)
{
    return (label->objectName().isEmpty() ? QString::fromLatin1(label->metaObject()->className())
                                           : label->objectName())
        + u" “"_s + label->text().left(40) + u'”';
}

/// Every label with text on screen whose text stands out by less than 4.5:1 from what is drawn behind
/// it: the text colour the label paints with against the colour most of its drawn area has.
QStringList unreadable(QWidget* window, int* checked = nullptr)
{
    const QImage image = window->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    QStringList out;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->isEnabled() || label->text().trimmed().isEmpty())
            continue;
        const QRect seen = label->visibleRegion().boundingRect();
        // A label scrolled almost out of its view shows a strip of line spacing and no glyph: it is not
        // text on screen until at least half a line of it shows.
        if (seen.isEmpty() || seen.height() < label->fontMetrics().height() / 2)
            continue;
        if (checked)
            ++*checked;
        const QRect inWindow(label->mapTo(window, seen.topLeft()), seen.size());
        const QRect pixels(inWindow.topLeft() * ratio, inWindow.size() * ratio);
        QHash<QRgb, int> counts;
        for (int y = pixels.top(); y <= pixels.bottom() && y < image.height(); ++y)
            for (int x = pixels.left(); x <= pixels.right() && x < image.width(); ++x)
                ++counts[image.pixel(x, y)];
        QRgb background = 0;
        int most = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                background = it.key();
            }
        }
        double drawn = 1.0; // the strongest ink actually drawn: the text is there at all
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            drawn = std::max(drawn, Theme::contrast(QColor(it.key()), QColor(background)));
        const QColor text = label->palette().color(QPalette::Active, label->foregroundRole());
        const double ratioOfText = Theme::contrast(text, QColor(background));
        if (ratioOfText < 4.5 || drawn < 3.0) {
            out << u"%1: %2 on %3 = %4:1 (drawn %5:1)"_s.arg(describe(label), text.name(),
                                                             QColor(background).name())
                       .arg(ratioOfText, 0, 'f', 2)
                       .arg(drawn, 0, 'f', 2);
        }
    }
    return out;
}

using ContrastParam = std::tuple<const char*, NamedPalette>;

class ContrastTest : public LookTest, public ::testing::WithParamInterface<ContrastParam>
{
protected:
    void TearDown() override
    {
        LookTest::TearDown();
        QApplication::setPalette(m_original);
        QCoreApplication::sendPostedEvents();
    }

    void save(const QString& state) const
    {
        const QString dir = qEnvironmentVariable("CORDIAL_SCREENSHOT_DIR", QStringLiteral(CORDIAL_SCREENSHOT_DIR));
        QDir().mkpath(dir);
        const QString file = u"%1/look-%2-%3-%4.png"_s.arg(dir, state, QString::fromLatin1(std::get<0>(GetParam())),
                                                          QString::fromLatin1(std::get<1>(GetParam()).name));
        EXPECT_TRUE(m_window->grab().save(file)) << file.toStdString();
    }

    QPalette m_original = QApplication::palette();
};

TEST_P(ContrastTest, EveryTextReadsOnHoldAndInWrapUp)
{
    const NamedPalette& palette = std::get<1>(GetParam());
    if (palette.name != Light.name)
        QApplication::setPalette(palette.palette);
    QCoreApplication::sendPostedEvents();
    openOnHold(QString::fromLatin1(std::get<0>(GetParam())));
    EXPECT_EQ(Theme::isDark(m_window->palette()), palette.name == Dark.name || palette.name == HighContrastBlack.name);
    save(u"hold"_s);
    int checked = 0;
    QStringList problems = unreadable(m_window.get(), &checked);
    EXPECT_GE(checked, 20) << "the chips, the band, the callouts, the steps, the card and the status bar";
    EXPECT_TRUE(problems.isEmpty()) << "on hold:\n  " << problems.join(u"\n  "_s).toStdString();

    m_window->controller()->resume();
    ASSERT_TRUE(m_window->controller()->wrapUp());
    m_clock.advance(20s);
    settleLayout();
    problems = unreadable(m_window.get());
    EXPECT_TRUE(problems.isEmpty()) << "in wrap-up:\n  " << problems.join(u"\n  "_s).toStdString();
}

TEST(ContrastCheck, FindsFaintText)
{
    QWidget window;
    window.resize(300, 80);
    auto* faint = new QLabel(u"Faint words"_s, &window);
    faint->setObjectName(u"faintLabel"_s);
    QPalette palette = faint->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Window).darker(120));
    faint->setPalette(palette);
    faint->move(10, 10);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = unreadable(&window);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().startsWith(u"faintLabel"_s)) << problems.first().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Palettes, ContrastTest,
    ::testing::Combine(::testing::Values("en", "hi", "ur"), ::testing::Values(Light, Dark, HighContrastBlack, HighContrastWhite)),
    [](const ::testing::TestParamInfo<ContrastParam>& param) {
        std::string name = std::string(std::get<0>(param.param)) + '_' + std::get<1>(param.param).name;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

} // namespace
