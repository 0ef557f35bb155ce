#include "platform/Theme.h"

#include "support/QStringPrinter.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using Look = Theme::Look;
using Role = Theme::Role;

namespace {

struct NamedPalette
{
    const char* name;
    QPalette palette;
};

QPalette makePalette(QRgb window, QRgb text, QRgb base, QRgb highlight, QRgb highlightedText)
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(window));
    palette.setColor(QPalette::WindowText, QColor(text));
    palette.setColor(QPalette::Button, QColor(window));
    palette.setColor(QPalette::ButtonText, QColor(text));
    palette.setColor(QPalette::Base, QColor(base));
    palette.setColor(QPalette::Text, QColor(text));
    palette.setColor(QPalette::Highlight, QColor(highlight));
    palette.setColor(QPalette::HighlightedText, QColor(highlightedText));
    return palette;
}

const QPalette Light = makePalette(0xefefef, 0x000000, 0xffffff, 0x308cc6, 0xffffff);     // Fusion
const QPalette Adwaita = makePalette(0xf6f5f4, 0x2e3436, 0xffffff, 0x3584e4, 0xffffff);   // GNOME
const QPalette Dark = makePalette(0x353535, 0xffffff, 0x2a2a2a, 0x2a82da, 0xffffff);      // a dark Fusion
const QPalette BreezeDark = makePalette(0x31363b, 0xeff0f1, 0x232629, 0x3daee9, 0xeff0f1); // KDE
const QPalette HighContrastBlack = makePalette(0x000000, 0xffffff, 0x000000, 0x1aebff, 0x000000);
const QPalette HighContrastWhite = makePalette(0xffffff, 0x000000, 0xffffff, 0x37006e, 0xffffff);

const std::initializer_list<NamedPalette> Palettes {{"light", Light}, {"adwaita", Adwaita}, {"dark", Dark},
    {"breeze-dark", BreezeDark}, {"high-contrast-black", HighContrastBlack},
    {"high-contrast-white", HighContrastWhite}};
const std::initializer_list<Role> Roles {Role::Danger, Role::Warning, Role::Success, Role::Hint, Role::Emphasis};
const std::initializer_list<Look> FilledLooks {Look::AlertBanner, Look::Callout, Look::CurrentStep,
    Look::ChipRinging, Look::ChipTalking, Look::ChipWaiting, Look::ChipOverdue, Look::ChipWrapUp, Look::ChipIdle};

} // namespace

TEST(Theme, EveryTextRoleReadsOnTheWindowAndOnViews)
{
    for (const NamedPalette& p : Palettes) {
        for (const Role role : Roles) {
            const QColor colour = Theme::color(role, p.palette);
            EXPECT_GE(Theme::contrast(colour, p.palette.color(QPalette::Window)), 4.5)
                << p.name << " role " << int(role) << " " << colour.name().toStdString();
            EXPECT_GE(Theme::contrast(colour, p.palette.color(QPalette::Base)), 4.5)
                << p.name << " role " << int(role) << " " << colour.name().toStdString();
        }
    }
}

TEST(Theme, EveryFilledLookHasReadableTextAndAVisibleBorder)
{
    for (const NamedPalette& p : Palettes) {
        for (const Look look : FilledLooks) {
            const Theme::Fill fill = Theme::fill(look, p.palette);
            ASSERT_TRUE(fill.background.isValid() && fill.text.isValid()) << p.name << " look " << int(look);
            EXPECT_GE(Theme::contrast(fill.text, fill.background), 4.5)
                << p.name << " look " << int(look) << ": " << fill.text.name().toStdString() << " on "
                << fill.background.name().toStdString();
            if (fill.border.isValid()) {
                EXPECT_GE(Theme::contrast(fill.border, fill.background), 3.0) << p.name << " look " << int(look);
            }
        }
    }
}

TEST(Theme, CurrentStepTintSuitsTheWindowText)
{
    // The step's labels keep the window's text colour: the tint must be chosen for it.
    for (const NamedPalette& p : Palettes) {
        const Theme::Fill fill = Theme::fill(Look::CurrentStep, p.palette);
        EXPECT_GE(Theme::contrast(p.palette.color(QPalette::WindowText), fill.background), 4.5) << p.name;
    }
}

TEST(Theme, DarkPalettesGetLighterTonesOfTheSameColours)
{
    EXPECT_FALSE(Theme::isDark(Light));
    EXPECT_TRUE(Theme::isDark(Dark));
    for (const Role role : {Role::Danger, Role::Warning, Role::Success}) {
        const QColor light = Theme::color(role, Light);
        const QColor dark = Theme::color(role, Dark);
        EXPECT_GT(dark.lightnessF(), light.lightnessF()) << int(role);
        EXPECT_NEAR(dark.hslHueF(), light.hslHueF(), 0.02) << int(role);
    }
    EXPECT_GT(Theme::color(Role::Danger, Light).redF(), Theme::color(Role::Danger, Light).greenF() * 2) << "still red";
}

TEST(Theme, HighContrastUsesThePalettesOwnColours)
{
    EXPECT_TRUE(Theme::isHighContrast(HighContrastBlack));
    EXPECT_TRUE(Theme::isHighContrast(HighContrastWhite));
    EXPECT_FALSE(Theme::isHighContrast(Light));
    EXPECT_FALSE(Theme::isHighContrast(BreezeDark));
    for (const Role role : Roles)
        EXPECT_EQ(Theme::color(role, HighContrastBlack), QColor(QRgb(0xffffff))) << int(role);
    const Theme::Fill chip = Theme::fill(Look::ChipTalking, HighContrastBlack);
    EXPECT_EQ(chip.background, QColor(QRgb(0x1aebff)));
    EXPECT_EQ(chip.text, QColor(QRgb(0x000000)));
    const Theme::Fill callout = Theme::fill(Look::Callout, HighContrastWhite);
    EXPECT_EQ(callout.background, QColor(QRgb(0xffffff)));
    EXPECT_EQ(callout.border, QColor(QRgb(0x000000)));
}

TEST(Theme, EachCallStateHasItsOwnChip)
{
    EXPECT_EQ(Theme::chipFor(std::nullopt), Look::ChipIdle);
    EXPECT_EQ(Theme::chipFor(CallState::Offered), Look::ChipRinging);
    EXPECT_EQ(Theme::chipFor(CallState::Active), Look::ChipTalking);
    EXPECT_EQ(Theme::chipFor(CallState::OnHold), Look::ChipWaiting);
    EXPECT_EQ(Theme::chipFor(CallState::Transferring), Look::ChipWaiting);
    EXPECT_EQ(Theme::chipFor(CallState::WrapUp), Look::ChipWrapUp);
    EXPECT_EQ(Theme::chipFor(CallState::Closed), Look::ChipIdle);
    QList<QRgb> backgrounds;
    for (const Look look : {Look::ChipRinging, Look::ChipTalking, Look::ChipWaiting, Look::ChipOverdue, Look::ChipWrapUp,
             Look::ChipIdle}) {
        const QRgb background = Theme::fill(look, Light).background.rgb();
        EXPECT_FALSE(backgrounds.contains(background)) << int(look);
        backgrounds << background;
    }
}

TEST(Theme, StyleSheetsAreScopedToTheirSelector)
{
    const QString sheet = Theme::styleSheet(Look::CurrentStep, Light, u"QFrame#stepFrame2"_s);
    EXPECT_TRUE(sheet.startsWith(u"QFrame#stepFrame2 {"_s)) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(Theme::fill(Look::CurrentStep, Light).border.name())) << sheet.toStdString();
    EXPECT_TRUE(Theme::styleSheet(Look::Plain, Light, u"QLabel"_s).isEmpty());
    EXPECT_TRUE(Theme::styleSheet(Look::ErrorMessage, Light, u"QLabel"_s).contains(u"bold"_s));
}

TEST(Theme, AppliedLooksFollowThePaletteOfTheParent)
{
    QWidget parent;
    parent.setPalette(Light);
    auto* label = new QLabel(&parent);
    label->setObjectName(u"problemLabel"_s);
    Theme::apply(label, Look::DangerText);
    EXPECT_EQ(Theme::lookOf(label), Look::DangerText);
    EXPECT_EQ(label->styleSheet(), Theme::styleSheet(Look::DangerText, Light, u"QLabel#problemLabel"_s));

    parent.setPalette(Dark); // QEvent::PaletteChange
    EXPECT_EQ(label->styleSheet(), Theme::styleSheet(Look::DangerText, Dark, u"QLabel#problemLabel"_s));

    Theme::apply(label, Look::Plain);
    EXPECT_TRUE(label->styleSheet().isEmpty());
    EXPECT_EQ(Theme::lookOf(label), Look::Plain);
}

TEST(Theme, AppliedLooksFollowTheApplicationPalette)
{
    const QPalette original = QApplication::palette();
    QWidget parent;
    auto* label = new QLabel(&parent);
    Theme::apply(label, Look::AlertBanner);
    // Qt posts the change to the windows (QEvent::ApplicationPaletteChange), which pass it on.
    QApplication::setPalette(HighContrastBlack);
    QCoreApplication::sendPostedEvents();
    const QString shown = label->styleSheet();
    QApplication::setPalette(original);
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(shown, Theme::styleSheet(Look::AlertBanner, HighContrastBlack, u"QLabel"_s)) << shown.toStdString();
    EXPECT_EQ(label->styleSheet(), Theme::styleSheet(Look::AlertBanner, parent.palette(), u"QLabel"_s));
}

