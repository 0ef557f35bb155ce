#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>

class Languages;
class QLabel;

/// Applies an interface language to the running application: catalogs, default locale, layout
/// direction and a font that renders the language's script properly.
class LanguageSwitcher final
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSwitcher)

public:
    /// Installs `code` through `languages` and sets locale, direction and application font.
    /// Returns false, leaving the application in English, when the language is not available.
    static bool apply(Languages& languages, const QString& code);

    /// `base` adjusted to render text in `code`: Urdu gets Noto Sans for Latin and the Nastaliq face for
    /// Urdu, in the Regular style (the plain family name picks the Bold file, whose joins render broken);
    /// others get `base`.
    static QFont fontFor(const QString& code, const QFont& base);
    /// The language's name in itself ("اردو", "తెలుగు"); plain "English" rather than "American English".
    static QString nativeName(const QString& code);
    /// The font the platform gave the application, before any language changed it.
    static QFont baseFont();
    /// True when text in `code` is written in Nastaliq, which needs much taller lines than Naskh.
    static bool usesNastaliq(const QString& code);
    /// Shows `text`, a line written in language `code`, in a word-wrapped `label`. Nastaliq's tall
    /// stacked letters overrun the line height Qt takes from the font, so those lines get a taller
    /// line spacing and room above the first line; other languages stay plain text.
    static void setSpokenLine(QLabel* label, const QString& text, const QString& code);
};
