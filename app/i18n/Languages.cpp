#include "i18n/Languages.h"

#include "common/Log.h"
#include "i18n/ShippedLanguages.h"

#include <QLibraryInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

// Qt ships no Urdu catalog, so right-to-left layout comes from Cordial's own cordial_ur.ts, which
// translates this entry to "RTL". lupdate would mark it vanished without a use in the sources.
[[maybe_unused]] static const char* const layoutDirectionEntry =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

namespace {

void removeFromApp(std::unique_ptr<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

} // namespace

QList<Languages::Language> Languages::available()
{
    QList<Language> languages;
    languages.reserve(static_cast<qsizetype>(ShippedLanguages::Codes.size()));
    for (const char* code : ShippedLanguages::Codes) {
        const QLocale locale{QString::fromLatin1(code)};
        languages.append(Language{QString::fromLatin1(code), locale.nativeLanguageName(), locale.textDirection()});
    }
    return languages;
}

QString Languages::systemDefault()
{
    // uiLanguages() is in preference order ("ur-PK", "ur", "en-US", …): take the first we ship.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& tag : preferred) {
        const QString language = QLocale(tag).name().section(u'_', 0, 0);
        if (isAvailable(language))
            return language;
    }
    return sourceLanguage();
}

bool Languages::isAvailable(const QString& code)
{
    return std::any_of(ShippedLanguages::Codes.begin(), ShippedLanguages::Codes.end(),
                       [&code](const char* shipped) { return code == QLatin1StringView(shipped); });
}

QString Languages::sourceLanguage()
{
    return QString::fromLatin1(ShippedLanguages::Source);
}

Qt::LayoutDirection Languages::direction(const QString& code)
{
    return QLocale(code).textDirection();
}

bool Languages::install(const QString& code)
{
    if (!isAvailable(code)) {
        qCWarning(lcUi) << "no catalog for language" << code;
        return false;
    }

    auto app = std::make_unique<QTranslator>();
    const bool haveApp = app->load(u":/i18n/cordial_"_s + code + u".qm"_s);
    // The source language needs no catalog.
    if (!haveApp && code != sourceLanguage()) {
        qCWarning(lcUi) << "cannot load the catalog for language" << code;
        return false;
    }

    // Qt's own strings (dialog buttons, context menus) where Qt ships them; none for hi, te, ur.
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(u"qtbase_"_s + code,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    removeFromApp(m_app);
    removeFromApp(m_qt);
    if (haveQt) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    // Installed last so Cordial's catalog wins, including its QT_LAYOUT_DIRECTION entry.
    if (haveApp) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    m_current = code;
    return true;
}
