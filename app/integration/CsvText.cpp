#include "integration/CsvText.h"

#include "i18n/BidiText.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
/// ICU's detector reads this much of the file: enough to see the accented letters of a name list.
constexpr qsizetype DetectionWindow = 1 << 20;

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != c)
            return false;
    }
    return true;
}

/// Well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        if (p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i <= more; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += more + 1;
    }
    return true;
}

QString detectEncoding(const QByteArray& bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    const auto length = static_cast<int32_t>(qMin(bytes.size(), DetectionWindow));
    ucsdet_setText(detector.get(), bytes.constData(), length, &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || match == nullptr)
        return {};
    const char* name = ucsdet_getName(match, &status);
    return U_FAILURE(status) || name == nullptr ? QString() : QString::fromLatin1(name);
}

Result<QByteArray> convertWithIcu(const QByteArray& bytes, const QString& encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(name.constData(), &status), &ucnv_close);
    if (U_FAILURE(status) || !converter) {
        return Error { Error::Code::InvalidInput,
            CsvText::tr("The encoding %1 is not known. Try windows-1252 or ISO-8859-1.")
                .arg(BidiText::leftToRight(encoding)),
            {} };
    }
    // Stop at a byte the encoding does not define rather than put a replacement character in a name.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString text(bytes.size() * 2 + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(text.data()),
        static_cast<int32_t>(text.size()), bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
        return Error { Error::Code::InvalidInput,
            CsvText::tr("The file cannot be read as %1: it holds bytes that encoding does not define.")
                .arg(BidiText::leftToRight(encoding)),
            QString::fromLatin1(u_errorName(status)) };
    }
    text.truncate(length);
    return text.toUtf8();
}
} // namespace

int CsvText::firstInvalidUtf8Line(const QByteArray& bytes)
{
    if (isValidUtf8(bytes))
        return 0;
    int line = 1;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        if (!isValidUtf8(QByteArrayView(bytes).sliced(pos, end - pos)))
            return line;
        pos = end + 1;
        ++line;
    }
    return line;
}

Result<CsvText::Decoded> CsvText::decode(const QByteArray& bytes, const QString& encoding)
{
    Decoded out;
    if (startsWith(bytes, { 0xEF, 0xBB, 0xBF })) {
        out.utf8 = bytes.sliced(3);
        out.encoding = u"UTF-8 (BOM)"_s;
    } else if (startsWith(bytes, { 0xFF, 0xFE }) || startsWith(bytes, { 0xFE, 0xFF })) {
        const bool little = static_cast<unsigned char>(bytes.at(0)) == 0xFF;
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
            QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError()) {
            return Error { Error::Code::InvalidInput,
                tr("The file starts as UTF-16 text but is not valid UTF-16."), {} };
        }
        out.utf8 = text.toUtf8();
        out.encoding = little ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        return out;
    } else if (!encoding.isEmpty()) {
        Result<QByteArray> converted = convertWithIcu(bytes, encoding);
        if (!converted)
            return converted.error();
        out.utf8 = converted.take();
        out.encoding = encoding;
        return out;
    } else {
        out.utf8 = bytes;
        out.encoding = u"UTF-8"_s;
    }
    if (const int bad = firstInvalidUtf8Line(out.utf8); bad > 0) {
        out.needsEncoding = true;
        out.firstInvalidLine = bad;
        out.detected = detectEncoding(bytes);
        out.utf8.clear();
        out.encoding.clear();
    }
    return out;
}
