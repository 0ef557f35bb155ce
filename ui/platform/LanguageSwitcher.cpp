#include "platform/LanguageSwitcher.h"

#include "i18n/Languages.h"
#include "platform/TallScript.h"

#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

// Also kept in app/i18n: the Urdu catalog translates this entry to "RTL", and lupdate must see it.
[[maybe_unused]] static const char* const layoutDirectionEntry =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

bool LanguageSwitcher::apply(Languages& languages, const QString& code)
{
    const QFont original = baseFont();
    const bool installed = languages.install(code);
    const QString active = installed ? code : u"en"_s;
    if (!installed)
        languages.install(active);

    TallScript::install();
    QLocale::setDefault(QLocale(active));
    QApplication::setLayoutDirection(Languages::direction(active));
    QApplication::setFont(fontFor(active, original));
    return installed;
}

QString LanguageSwitcher::nativeName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::English)
        return QLocale::languageToString(QLocale::English);
    return locale.nativeLanguageName();
}

QFont LanguageSwitcher::baseFont()
{
    // Captured on first use, which is before the first language is applied.
    static const QFont font = QApplication::font();
    return font;
}

QFont LanguageSwitcher::fontFor(const QString& code, const QFont& base)
{
    QFont font = base;
    if (!usesNastaliq(code)) {
        // Urdu names and notes appear in every interface language. Left to Qt's own fallback they
        // may come from a font without Urdu's joining forms (ہ drawn as a detached "o").
        // Naskh: the most compact face with Urdu forms, so rows grow the least. The resolved family,
        // not an alias such as "Sans Serif": behind an alias Qt takes digits and punctuation from
        // the fallback face too.
        font.setFamilies({QFontInfo(base).family(), u"Noto Naskh Arabic"_s});
        return font;
    }
    // Latin letters and digits (names, numbers, e-mail) from Noto Sans, Urdu from Nastaliq: with
    // Nastaliq first, Latin would be drawn with its own cramped Latin glyphs.
    font.setFamilies({u"Noto Sans"_s, u"Noto Nastaliq Urdu"_s});
    font.setStyleName(u"Regular"_s);
    return font;
}

bool LanguageSwitcher::usesNastaliq(const QString& code)
{
    return QLocale(code).language() == QLocale::Urdu;
}

void LanguageSwitcher::setSpokenLine(QLabel* label, const QString& text, const QString& code)
{
    if (!usesNastaliq(code)) {
        label->setTextFormat(Qt::PlainText);
        label->setText(text);
        return;
    }
    label->setTextFormat(Qt::RichText);
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);
    label->setText(u"<div style=\"line-height: 170%;\">%1</div>"_s.arg(html));
    QMargins margins = label->contentsMargins();
    margins.setTop(std::max(margins.top(), label->fontMetrics().height() * 2 / 3));
    label->setContentsMargins(margins);
}
