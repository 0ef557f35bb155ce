#pragma once

#include <QString>

/// Reads a password typed at the terminal without showing it; reads a plain line when the input is
/// not a terminal (scripts).
class TerminalPassword final
{
public:
    /// Shows `prompt` on stderr and reads one line from stdin, echo off when stdin is a terminal.
    static QString read(const QString& prompt);
    /// True when stdin is a terminal.
    static bool interactive();
};
