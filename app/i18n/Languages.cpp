#include "i18n/Languages.h"

#include "common/Log.h"

#include <QLibraryInfo>

#include <array>

using namespace Qt::StringLiterals;

// Qt ships no Urdu catalog, so right-to-left layout comes from Cordial's own cordial_ur.ts, which
// translates this entry to "RTL". lupdate would mark it vanished without a use in the sources.
[[maybe_unused]] static const char* const layoutDirectionEntry =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

namespace {

// BCP 47 codes of the shipped catalogs, in the order the language menu lists them.
const std::array<QLatin1StringView, 5>& shippedCodes()
{
    static const std::array<QLatin1StringView, 5> codes{
        QLatin1StringView("en"), QLatin1StringView("hi"), QLatin1StringView("te"),
        QLatin1StringView("ur"), QLatin1StringView("ca")};
    return codes;
}

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
    languages.reserve(static_cast<qsizetype>(shippedCodes().size()));
    for (const QLatin1StringView code : shippedCodes()) {
        const QLocale locale{QString(code)};
        languages.append(Language{QString(code), locale.nativeLanguageName(), locale.textDirection()});
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
    return u"en"_s;
}

bool Languages::isAvailable(const QString& code)
{
    for (const QLatin1StringView shipped : shippedCodes()) {
        if (code == shipped)
            return true;
    }
    return false;
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
    // English is the source language: no catalog needed.
    if (!haveApp && code != u"en"_s) {
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
