#pragma once

#include <QMargins>

class QFont;
class QString;

/// Room for scripts whose letters reach past the line Qt measures. In Urdu the interface font is Noto
/// Sans with Noto Nastaliq Urdu behind it, and Qt takes line heights and advances from the first face:
/// Nastaliq's stacked letters then overrun buttons, fields, menu entries, tabs and labels (the tops of
/// ک and گ cut off, a final letter past the label's edge). Once installed, each control is made taller
/// by what the ink of its own text overruns (a proxy of the application style), and each label gets that
/// room as margins, measured again when its font or text changes. Other languages are left as they are.
class TallScript final
{
public:
    /// Installs the style and the label margins; the second call does nothing.
    static void install();
    /// How far the ink of `text` in `font` reaches past the line box and the advance on each side, in
    /// the interface language (none unless it is written in Nastaliq).
    static QMargins overrun(const QFont& font, const QString& text);
};
