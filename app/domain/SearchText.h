#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// The one folding rule of customer search (ICU): NFKC with full case folding (Turkish İ too) and
/// without default-ignorable characters (ZWNJ, ZWJ, LRM/RLM, bidi controls, soft hyphen), Latin
/// accents removed ("Núria" = "nuria"), Arabic harakat U+064B–U+065F and the superscript alef
/// U+0670 removed. Indic vowel signs and viramas are letters and stay.
class SearchText final
{
public:
    /// `text` folded as a whole (separators kept).
    static QString fold(QStringView text);
    /// The folded words of `text`: runs of letters, marks and digits; anything else separates.
    static QStringList words(QStringView text);
    /// The words of a name plus, for words joined by an apostrophe, a hyphen, a dot or a middle dot
    /// ("O'Brien", "Gal·la", "Ferrer-Vidal"), the joined form ("obrien", "galla", "ferrervidal").
    /// `mainWords` receives the words alone, in order.
    static QStringList nameTerms(QStringView name, QStringList* mainWords = nullptr);
};
