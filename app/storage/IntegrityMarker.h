#pragma once

#include <QDateTime>
#include <QString>

/// Decides when opening a SQLite file runs `PRAGMA quick_check`, which reads the whole file (about
/// 1.4 s at 557 MB), so that a damaged file is still refused without making every start slow.
///
/// When the last connection of a session closes cleanly, a small record is written beside the file
/// (`<file>-clean`): its size, its modification time and when it was last checked. The next open skips
/// the check only when all of these hold:
/// - the record is there (no crash, power cut or kill since the last clean close: a session removes it
///   when it starts, so a session that never ended leaves none);
/// - the file has the recorded size and modification time (not copied over, restored or edited
///   outside Cordial since);
/// - no write-ahead log is left beside it (another program, or a crash, left changes not checked);
/// - the last full check is less than MaxCheckAge old (damage from the disk itself is found within a week).
class IntegrityMarker final
{
public:
    static constexpr qint64 MaxCheckAgeMs = 7LL * 24 * 60 * 60 * 1000;

    /// The record's path: `databasePath` + "-clean", beside SQLite's own "-wal" and "-shm".
    static QString recordPath(const QString& databasePath);
    /// Whether opening `databasePath` at `nowUtc` must run the check (see the class comment).
    static bool needsCheck(const QString& databasePath, const QDateTime& nowUtc);
    /// When the file was last fully checked, from its record; 0 when unknown.
    static qint64 lastCheckedMs(const QString& databasePath);
    /// A session starts writing: its record goes, so a session that does not end cleanly means a check.
    static void sessionStarted(const QString& databasePath);
    /// The session's last connection closed: records the file as it is now, unless SQLite left a
    /// write-ahead log (another program still has the file open), which means a check next time.
    static void sessionEnded(const QString& databasePath, qint64 lastCheckedMs);
};
