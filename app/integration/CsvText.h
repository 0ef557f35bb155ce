#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// The text of an imported file as UTF-8, whatever it came in: UTF-8 with or without a byte order mark,
/// UTF-16 LE/BE with one, or a legacy encoding named by the user. A file that is none of these is never
/// guessed into mojibake: ICU's charset detector names a likely encoding for the user to confirm.
class CsvText final
{
    Q_DECLARE_TR_FUNCTIONS(CsvText)

public:
    struct Decoded
    {
        QByteArray utf8;  ///< the text as UTF-8, byte order mark removed; empty when `needsEncoding`
        QString encoding; ///< what it was read as: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-1252", ...
        /// The file is not UTF-8 and has no byte order mark: it is decoded only with an encoding the user
        /// confirmed (`detected` is ICU's guess, `firstInvalidLine` the first line that is not UTF-8).
        bool needsEncoding = false;
        QString detected;
        int firstInvalidLine = 0;
    };

    /// Reads `bytes`; `encoding`, when not empty, is the encoding the user chose for a file without a byte
    /// order mark ("windows-1252", "ISO-8859-1", any name ICU knows). An unknown name is an InvalidInput error.
    static Result<Decoded> decode(const QByteArray& bytes, const QString& encoding = {});

    /// The 1-based line of the first byte sequence in `bytes` that is not UTF-8, or 0 when all is.
    static int firstInvalidUtf8Line(const QByteArray& bytes);
};
