#include "dialogs/ErrorDialog.h"

#include "i18n/Languages.h"
#include "platform/LanguageSwitcher.h"
#include "storage/Database.h"
#include "storage/DatabaseConfig.h"
#include "support/QStringPrinter.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The toggle QMessageBox adds for a detailed text; null when there is none.
QAbstractButton* detailsButton(const QMessageBox& box)
{
    for (QAbstractButton* button : box.buttons()) {
        if (box.buttonRole(button) == QMessageBox::ActionRole)
            return button;
    }
    return nullptr;
}

/// libpq's text for a refused connection: several lines, continuation lines indented by a tab.
const QString LibpqText = u"connection to server at \"db.example.org\" (10.0.0.5), port 5432 failed: Connection "
                          u"refused\n\tIs the server running on that host and accepting TCP/IP connections?\n"
                          u"connection to server at \"db.example.org\" (10.0.0.6), port 5432 failed: timeout expired"_s;

} // namespace

TEST(ErrorDialog, TheDriverTextOfAFileThatIsNoDatabaseWaitsBehindDetails)
{
    // A real SQLite refusal: the driver says "file is not a database Unable to execute statement [26]".
    const QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"letter.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Dear customer, this is a letter, not a database.\n").repeated(200));
    file.close();
    DatabaseConfig config = DatabaseConfig::defaultSqlite();
    config.sqlitePath = path;
    const Result<std::unique_ptr<Database>> opened = Database::open(config);
    ASSERT_FALSE(opened.ok());
    const Error& error = opened.error();
    ASSERT_TRUE(error.detail.contains(u"not a database"_s)) << error.detail.toStdString();

    const std::unique_ptr<QMessageBox> box = ErrorDialog::create(nullptr, u"Cordial cannot start"_s, error);
    EXPECT_EQ(box->text(), error.message);
    EXPECT_FALSE(box->text().contains(u"Unable to execute"_s)) << box->text().toStdString();
    EXPECT_FALSE(box->text().contains(u"[26]"_s)) << box->text().toStdString();
    EXPECT_FALSE(box->text().contains(u"file is not a database"_s)) << box->text().toStdString();
    EXPECT_EQ(box->detailedText(), error.detail);
    ASSERT_NE(detailsButton(*box), nullptr);
    EXPECT_EQ(detailsButton(*box)->text(), u"Show Details..."_s);
}

TEST(ErrorDialog, LibpqsTabbedLinesStayWholeInTheDetails)
{
    const Error error {Error::Code::ServerUnreachable,
        u"The database server db.example.org cannot be reached. Check the address and your network connection, "
        u"then try again."_s,
        LibpqText};
    const std::unique_ptr<QMessageBox> box = ErrorDialog::create(nullptr, u"Cordial cannot start"_s, error);
    EXPECT_FALSE(box->text().contains(u'\t'));
    EXPECT_FALSE(box->text().contains(u"port 5432"_s));
    EXPECT_EQ(box->detailedText(), LibpqText);
}

TEST(ErrorDialog, AnErrorWithoutDetailHasNoDetailsButton)
{
    const Error error {Error::Code::InvalidInput, u"The link does not contain a phone number."_s, {}};
    const std::unique_ptr<QMessageBox> box = ErrorDialog::create(nullptr, u"Call request"_s, error);
    EXPECT_EQ(box->text(), error.message);
    EXPECT_TRUE(box->detailedText().isEmpty());
    EXPECT_EQ(detailsButton(*box), nullptr);
}

TEST(ErrorDialog, TheDetailsButtonSpeaksTheInterfaceLanguage)
{
    Languages languages;
    const Error error {Error::Code::DatabaseNotADatabase, u"…"_s, u"file is not a database [26]"_s};
    for (const QString& code : {u"hi"_s, u"te"_s, u"ur"_s, u"ca"_s}) {
        ASSERT_TRUE(LanguageSwitcher::apply(languages, code)) << code.toStdString();
        const std::unique_ptr<QMessageBox> box = ErrorDialog::create(nullptr, u"Cordial"_s, error);
        ASSERT_NE(detailsButton(*box), nullptr) << code.toStdString();
        EXPECT_NE(detailsButton(*box)->text(), u"Show Details..."_s) << code.toStdString();
        EXPECT_FALSE(detailsButton(*box)->text().isEmpty()) << code.toStdString();
    }
    LanguageSwitcher::apply(languages, u"en"_s);
}
