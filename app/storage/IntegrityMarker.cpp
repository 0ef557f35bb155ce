#include "storage/IntegrityMarker.h"

#include "common/Log.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
struct Record
{
    qint64 size = -1;
    qint64 modifiedMs = -1;
    qint64 checkedMs = 0;
};

std::optional<Record> readRecord(const QString& databasePath)
{
    QFile file(IntegrityMarker::recordPath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "size modifiedMs checkedMs", one line: small enough to read whole, strict enough to reject junk.
    const QList<QByteArray> parts = file.readLine(200).trimmed().split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    Record record;
    bool sizeOk = false, modifiedOk = false, checkedOk = false;
    record.size = parts.at(0).toLongLong(&sizeOk);
    record.modifiedMs = parts.at(1).toLongLong(&modifiedOk);
    record.checkedMs = parts.at(2).toLongLong(&checkedOk);
    if (!sizeOk || !modifiedOk || !checkedOk)
        return std::nullopt;
    return record;
}

bool hasLeftOverLog(const QString& databasePath)
{
    const QFileInfo wal(databasePath + u"-wal"_s);
    return wal.exists() && wal.size() > 0;
}
} // namespace

QString IntegrityMarker::recordPath(const QString& databasePath)
{
    return databasePath + u"-clean"_s;
}

bool IntegrityMarker::needsCheck(const QString& databasePath, const QDateTime& nowUtc)
{
    const QFileInfo file(databasePath);
    if (!file.exists())
        return false; // a new file: nothing to check
    const std::optional<Record> record = readRecord(databasePath);
    if (!record)
        return true;
    if (record->size != file.size() || record->modifiedMs != file.lastModified().toMSecsSinceEpoch())
        return true;
    if (hasLeftOverLog(databasePath))
        return true;
    const qint64 age = nowUtc.toMSecsSinceEpoch() - record->checkedMs;
    return record->checkedMs <= 0 || age < 0 || age >= MaxCheckAgeMs;
}

qint64 IntegrityMarker::lastCheckedMs(const QString& databasePath)
{
    const std::optional<Record> record = readRecord(databasePath);
    return record ? record->checkedMs : 0;
}

void IntegrityMarker::sessionStarted(const QString& databasePath)
{
    QFile::remove(recordPath(databasePath));
}

void IntegrityMarker::sessionEnded(const QString& databasePath, qint64 lastCheckedMs)
{
    const QFileInfo file(databasePath);
    if (!file.exists() || hasLeftOverLog(databasePath))
        return;
    QSaveFile out(recordPath(databasePath));
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.write(QByteArray::number(file.size()) + ' ' + QByteArray::number(file.lastModified().toMSecsSinceEpoch())
        + ' ' + QByteArray::number(lastCheckedMs) + '\n');
    if (!out.commit())
        qCWarning(lcStorage) << "Could not record the clean close of" << databasePath;
}
