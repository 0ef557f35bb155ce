#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

/// The interface languages Cordial ships and the translator that switches between them at runtime.
class Languages final
{
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    struct Language
    {
        QString code;       ///< "en", "hi", "te", "ur", "ca"
        QString nativeName; ///< QLocale::nativeLanguageName(), never a flag
        Qt::LayoutDirection direction;
    };

    static QList<Language> available();
    /// The shipped language closest to the system locale; "en" when none matches.
    static QString systemDefault();
    static bool isAvailable(const QString& code);
    /// The language of the texts in the code ("en"): shipped, with no catalog of its own.
    static QString sourceLanguage();
    /// Layout direction from the locale itself (Urdu is right-to-left), not from a list of codes.
    static Qt::LayoutDirection direction(const QString& code);

    /// Installs Cordial's (":/i18n/cordial_<code>.qm") and Qt's own catalog for `code` on the
    /// application, replacing the previous language. Returns false, leaving the current language
    /// (English at start) installed, when `code` is not shipped or its catalog is missing; the
    /// caller shows a message. English needs no catalog. Does not change QLocale::setDefault().
    bool install(const QString& code);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = sourceLanguage();
};
