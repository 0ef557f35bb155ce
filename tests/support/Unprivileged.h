#pragma once

#include <QString>

/// File permissions do not bind root, and CI runs as root: tests of read-only files and folders run
/// their body again as user nobody, in a child process of the same test executable, so they are
/// never skipped.
class Unprivileged final
{
public:
    static bool isRoot();
    /// Runs the current test alone as nobody (setpriv), with TMPDIR and HOME in a fresh folder only
    /// that run uses. Empty when the child ran the test and it passed, else what went wrong.
    static QString rerunCurrentTest();
};
