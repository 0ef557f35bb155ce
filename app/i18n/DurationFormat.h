#pragma once

#include <QLocale>
#include <QString>

#include <chrono>

/// How a duration is written; both count whole seconds, cut (not rounded), a negative one as zero.
enum class DurationStyle {
    Clock,   ///< "01:05": minutes and seconds, two digits each, minutes counting on past 59 ("61:01")
    Compact, ///< "1:05", and "1:05:07" from an hour on: durations inside sentences
};

/// The one way Cordial writes a duration (the hold timer, the call bar, the history): the numbers in
/// `locale`'s digits (Arabic-Indic in ar_EG, Devanagari in mr), padded with its zero digit, without
/// group separators.
QString formatDuration(std::chrono::milliseconds duration, const QLocale& locale, DurationStyle style);
