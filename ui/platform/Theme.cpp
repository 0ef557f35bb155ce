#include "platform/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

// WCAG 2: text needs 4.5:1 against its background, borders and other marks 3:1.
constexpr double TextContrast = 4.5;
constexpr double MarkContrast = 3.0;
constexpr double HighContrast = 19.0;

// The visual hierarchy: a headline a third larger than the body, the call's status and the step to say
// now a step between. Relative, so a script that needs taller lines gets them in proportion.
constexpr double HeadlineScale = 1.3;
constexpr double StatusScale = 1.15;
constexpr double LeadScale = 1.15;

// The colours the light design was drawn with; every palette gets its own tone of them.
const QColor DangerSeed(0xb3, 0x26, 0x1e);
const QColor WarningSeed(0xb3, 0x6b, 0x00);
const QColor SuccessSeed(0x1e, 0x6b, 0x1e);
const QColor CalloutTintSeed(0xff, 0xb3, 0x00);
constexpr double CalloutTintShare = 0.16;
const QColor RingingSeed(0x1d, 0x5f, 0xa8);
const QColor TalkingSeed(0x1e, 0x7a, 0x34);
const QColor WaitingSeed(0x9a, 0x5b, 0x00);
const QColor WrapUpSeed(0x5b, 0x4a, 0x9e);
const QColor IdleSeed(0x55, 0x55, 0x55);
const QColor White(0xff, 0xff, 0xff);
const QColor Black(0x00, 0x00, 0x00);

double linear(float channel)
{
    return channel <= 0.04045F ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

bool readsOnAll(const QColor& color, std::initializer_list<QColor> backgrounds, double minimum)
{
    return std::all_of(backgrounds.begin(), backgrounds.end(),
                       [&](const QColor& background) { return Theme::contrast(color, background) >= minimum; });
}

/// `seed`'s hue at the first lightness, from its own (flipped when `lighten`) towards black (or
/// white), that stands out by `minimum` against every background.
QColor toneOf(const QColor& seed, std::initializer_list<QColor> backgrounds, double minimum, bool lighten)
{
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    seed.getHslF(&hue, &saturation, &lightness);
    if (hue < 0) { // grey
        hue = 0;
        saturation = 0;
    }
    if (lighten)
        lightness = 1.0F - lightness;
    for (;;) {
        const QColor tone = QColor::fromHslF(hue, saturation, lightness);
        if (readsOnAll(tone, backgrounds, minimum) || lightness <= 0.0F || lightness >= 1.0F)
            return tone;
        lightness = lighten ? std::min(1.0F, lightness + 0.01F) : std::max(0.0F, lightness - 0.01F);
    }
}

QColor mix(const QColor& from, const QColor& to, double share)
{
    const auto channel = [share](float a, float b) { return static_cast<float>(a + (b - a) * share); };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
                            channel(from.blueF(), to.blueF()));
}

/// Black or white, whichever stands out more on `background`.
QColor textOn(const QColor& background)
{
    return Theme::contrast(White, background) >= Theme::contrast(Black, background) ? White : Black;
}

/// A badge or band in `seed`'s hue, dark enough for white text in every palette.
Theme::Fill solid(const QColor& seed, const QPalette& palette)
{
    if (Theme::isHighContrast(palette))
        return {palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText), {}};
    return {toneOf(seed, {White}, TextContrast, false), White, {}};
}

/// A box tinted towards amber from the view's base, the window's text on it, an amber border.
Theme::Fill callout(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    if (Theme::isHighContrast(palette))
        return {palette.color(QPalette::Window), text, text};
    const QColor tint = mix(palette.color(QPalette::Base), CalloutTintSeed, CalloutTintShare);
    const QColor onTint = Theme::contrast(text, tint) >= TextContrast ? text : textOn(tint);
    return {tint, onTint, toneOf(WarningSeed, {tint}, MarkContrast, Theme::isDark(palette))};
}

QColor hint(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // As far towards the background as it stays readable.
    for (double share = 0.45; share > 0.0; share -= 0.05) {
        const QColor muted = mix(text, window, share);
        if (readsOnAll(muted, {window, base}, TextContrast))
            return muted;
    }
    return text;
}

QString selectorOf(const QWidget* widget)
{
    const QString type = QString::fromLatin1(widget->metaObject()->className());
    return widget->objectName().isEmpty() ? type : type + u'#' + widget->objectName();
}

} // namespace

/// Keeps one widget's look and type in step with what it is shown on: its parent's palette and font. A
/// widget with a style sheet keeps the palette that sheet gave it, and a widget with a type keeps the font
/// derived from its parent's, so the parent is the one watched for PaletteChange and FontChange.
class ThemeBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeBinding)

public:
    explicit ThemeBinding(QWidget* widget)
        : QObject(widget)
        , m_widget(widget)
    {
        widget->installEventFilter(this);
        watchParent();
    }

    Theme::Look look() const { return m_look; }
    Theme::Type type() const { return m_type; }

    void setLook(Theme::Look look)
    {
        m_look = look;
        m_styled = true;
        restyle();
    }

    void setType(Theme::Type type)
    {
        m_type = type;
        m_typed = true;
        refont();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (watched == m_widget && type == QEvent::ParentChange) {
            watchParent();
            restyle();
            refont();
        } else if ((watched == m_widget && type == QEvent::ApplicationPaletteChange)
                   || (watched == m_parent && type == QEvent::PaletteChange)) {
            restyle();
        } else if ((watched == m_widget && type == QEvent::ApplicationFontChange)
                   || (watched == m_parent && type == QEvent::FontChange)) {
            refont();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void watchParent()
    {
        if (m_parent)
            m_parent->removeEventFilter(this);
        m_parent = m_widget->parentWidget();
        if (m_parent)
            m_parent->installEventFilter(this);
    }

    void restyle()
    {
        if (!m_styled)
            return;
        // The parent's palette: the widget's own carries the colours of its style sheet.
        const QPalette palette = m_parent ? m_parent->palette() : QApplication::palette(m_widget);
        const QString sheet = Theme::styleSheet(m_look, palette, selectorOf(m_widget));
        if (sheet != m_widget->styleSheet())
            m_widget->setStyleSheet(sheet);
    }

    void refont()
    {
        if (!m_typed)
            return;
        if (m_type == Theme::Type::Body) {
            m_widget->setFont(QFont()); // nothing of its own: the parent's font again
            return;
        }
        const QFont font = Theme::font(m_type, m_parent ? m_parent->font() : QApplication::font(m_widget));
        if (font != m_widget->font() || font.resolveMask() != m_widget->font().resolveMask())
            m_widget->setFont(font);
    }

    QWidget* m_widget;
    QPointer<QWidget> m_parent;
    Theme::Look m_look = Theme::Look::Plain;
    Theme::Type m_type = Theme::Type::Body;
    bool m_styled = false;
    bool m_typed = false;
};

namespace {

ThemeBinding* bindingOf(QWidget* widget)
{
    auto* binding = widget->findChild<ThemeBinding*>(QString(), Qt::FindDirectChildrenOnly);
    return binding ? binding : new ThemeBinding(widget);
}

const ThemeBinding* existingBindingOf(const QWidget* widget)
{
    return widget->findChild<ThemeBinding*>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace

QColor Theme::color(Role role, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    if (role == Role::Emphasis || isHighContrast(palette))
        return text;
    const auto tone = [&palette](const QColor& seed) {
        return toneOf(seed, {palette.color(QPalette::Window), palette.color(QPalette::Base)}, TextContrast,
                      isDark(palette));
    };
    switch (role) {
    case Role::Danger:
        return tone(DangerSeed);
    case Role::Warning:
        return tone(WarningSeed);
    case Role::Success:
        return tone(SuccessSeed);
    case Role::Hint:
        return hint(palette);
    case Role::Emphasis:
        break;
    }
    return text;
}

Theme::Fill Theme::fill(Look look, const QPalette& palette)
{
    switch (look) {
    case Look::AlertBanner:
        return solid(DangerSeed, palette);
    case Look::Callout:
    case Look::CurrentStep:
        return callout(palette);
    case Look::ChipRinging:
        return solid(RingingSeed, palette);
    case Look::ChipTalking:
        return solid(TalkingSeed, palette);
    case Look::ChipWaiting:
        return solid(WaitingSeed, palette);
    case Look::ChipOverdue:
        return solid(DangerSeed, palette);
    case Look::ChipWrapUp:
        return solid(WrapUpSeed, palette);
    case Look::ChipIdle:
        return solid(IdleSeed, palette);
    case Look::Plain:
    case Look::DangerText:
    case Look::ErrorMessage:
    case Look::SuccessText:
    case Look::HintText:
    case Look::Step:
        break;
    }
    return {};
}

QString Theme::styleSheet(Look look, const QPalette& palette, const QString& selector)
{
    const Fill f = fill(look, palette);
    switch (look) {
    case Look::Plain:
        return {};
    case Look::DangerText:
        return u"%1 { color: %2; }"_s.arg(selector, color(Role::Danger, palette).name());
    case Look::ErrorMessage:
        return u"%1 { color: %2; font-weight: bold; }"_s.arg(selector, color(Role::Danger, palette).name());
    case Look::SuccessText:
        return u"%1 { color: %2; }"_s.arg(selector, color(Role::Success, palette).name());
    case Look::HintText:
        return u"%1 { color: %2; }"_s.arg(selector, color(Role::Hint, palette).name());
    case Look::AlertBanner:
        return u"%1 { background-color: %2; color: %3; padding: 6px; border-radius: 4px; }"_s.arg(
            selector, f.background.name(), f.text.name());
    case Look::Callout:
        return u"%1 { background-color: %2; color: %3; border: 2px solid %4; padding: 6px; border-radius: 4px; }"_s
            .arg(selector, f.background.name(), f.text.name(), f.border.name());
    case Look::CurrentStep:
        // The text is the children's own, in the window's text colour, which the tint is chosen for.
        return u"%1 { background-color: %2; border: 2px solid %3; border-radius: 4px; }"_s.arg(
            selector, f.background.name(), f.border.name());
    case Look::Step:
        // The same border width as CurrentStep, so the text does not move when the mark does.
        return u"%1 { border: 2px solid transparent; }"_s.arg(selector);
    case Look::ChipRinging:
    case Look::ChipTalking:
    case Look::ChipWaiting:
    case Look::ChipOverdue:
    case Look::ChipWrapUp:
    case Look::ChipIdle:
        return u"%1 { color: %2; background-color: %3; padding: 2px 8px; border-radius: 3px; }"_s.arg(
            selector, f.text.name(), f.background.name());
    }
    return {};
}

Theme::Look Theme::chipFor(std::optional<CallState> state)
{
    if (!state)
        return Look::ChipIdle;
    switch (*state) {
    case CallState::Offered:
        return Look::ChipRinging;
    case CallState::Active:
        return Look::ChipTalking;
    case CallState::OnHold:
    case CallState::Transferring:
        return Look::ChipWaiting;
    case CallState::WrapUp:
        return Look::ChipWrapUp;
    case CallState::Closed:
        break;
    }
    return Look::ChipIdle;
}

void Theme::apply(QWidget* widget, Look look)
{
    bindingOf(widget)->setLook(look);
}

Theme::Look Theme::lookOf(const QWidget* widget)
{
    const ThemeBinding* binding = existingBindingOf(widget);
    return binding ? binding->look() : Look::Plain;
}

double Theme::scale(Type type)
{
    switch (type) {
    case Type::Headline:
        return HeadlineScale;
    case Type::Status:
        return StatusScale;
    case Type::Lead:
        return LeadScale;
    case Type::Body:
        break;
    }
    return 1.0;
}

QFont Theme::font(Type type, const QFont& base)
{
    QFont font = base;
    const double factor = scale(type);
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(static_cast<int>(std::lround(base.pixelSize() * factor)));
    if (type == Type::Headline || type == Type::Status)
        font.setBold(true);
    return font;
}

void Theme::setType(QWidget* widget, Type type)
{
    bindingOf(widget)->setType(type);
}

Theme::Type Theme::typeOf(const QWidget* widget)
{
    const ThemeBinding* binding = existingBindingOf(widget);
    return binding ? binding->type() : Type::Body;
}

bool Theme::isPaletteChange(const QEvent* event)
{
    return event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool Theme::isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

bool Theme::isHighContrast(const QPalette& palette)
{
    return contrast(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >= HighContrast;
}

#include "Theme.moc"
