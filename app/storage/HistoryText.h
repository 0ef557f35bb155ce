#pragma once

#include <QString>
#include <QStringView>

struct Interaction;

/// The one folding of history text for the pane's text filter: what is stored beside each entry
/// (interactions.search_text) and what the agent types are folded the same way, so the comparison in
/// SQL is a plain substring match on both backends.
class HistoryText final
{
public:
    /// `text` in NFKC, case folded (Turkish İ too), without Latin, Greek and Cyrillic accents, Arabic
    /// harakat and the superscript alef, invisible format characters (ZWNJ, ZWJ, bidi marks, soft
    /// hyphen), with white space runs as one space. Indic vowel signs and viramas are letters and stay.
    static QString fold(QStringView text);
    /// The stored key of `entry`: its subject, summary and notes, folded.
    static QString searchKey(const Interaction& entry);
    /// `needle` (folded) as a LIKE pattern matching it anywhere, with `\` escaping `%`, `_` and `\`.
    static QString containsPattern(const QString& needle);
};
