#include "platform/TerminalPassword.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

bool TerminalPassword::interactive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

QString TerminalPassword::read(const QString& prompt)
{
    std::fprintf(stderr, "%s", qUtf8Printable(prompt));
    std::fflush(stderr);
    const bool hide = interactive();
#ifndef Q_OS_WIN
    termios saved {};
    if (hide && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
        if (c != '\r')
            line.push_back(static_cast<char>(c));
    }
#ifndef Q_OS_WIN
    if (hide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    std::fprintf(stderr, "\n"); // the typed line's end was not shown, or came from a pipe
    return QString::fromStdString(line);
}
