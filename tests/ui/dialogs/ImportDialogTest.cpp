// The import dialog over a real SQLite worker: the preview (encoding, delimiter, mapping, unknown
// columns, refused rows by line), the import, the choice of none, and how it looks in English and Urdu.
#include "dialogs/ImportDialog.h"

#include "i18n/Languages.h"
#include "platform/LanguageSwitcher.h"
#include "services/ImportExportService.h"
#include "storage/CustomerRepository.h"
#include "storage/DatabaseWorker.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
QString dataFile(const QString& name)
{
    return QStringLiteral(CORDIAL_IMPORT_DATA_DIR) + u'/' + name;
}

class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_temp.db())
            GTEST_SKIP() << m_temp.skipReason().toStdString();
        m_writer = std::make_unique<DatabaseWorker>(m_temp.config(), u"test-writer"_s);
        ASSERT_TRUE(m_writer->open());
        m_service = std::make_unique<ImportExportService>(*m_writer, m_clock, u"GB"_s);
    }

    static bool settle(ImportDialog& dialog, const std::function<void()>& action)
    {
        QSignalSpy spy(&dialog, &ImportDialog::settled);
        action();
        return spy.wait(20'000);
    }

    qint64 count()
    {
        m_writer->waitForIdle();
        Result<qint64> n = CustomerRepository(*m_temp.db()).count();
        return n ? n.value() : -1;
    }

    TempDatabase m_temp;
    FakeClock m_clock;
    std::unique_ptr<DatabaseWorker> m_writer;
    std::unique_ptr<ImportExportService> m_service;
};
} // namespace

TEST_F(ImportDialogTest, PreviewShowsTheMappingUnknownColumnsAndRefusedRowsByLine)
{
    ImportDialog dialog(*m_service);
    ASSERT_TRUE(settle(dialog, [&] { dialog.openFile(dataFile(u"unknown-columns.csv"_s)); }));
    auto* preview = dialog.findChild<QTableWidget*>(u"previewTable"_s);
    ASSERT_EQ(preview->columnCount(), 6);
    EXPECT_TRUE(preview->horizontalHeaderItem(1)->text().contains(u"Family name"_s));
    EXPECT_TRUE(preview->horizontalHeaderItem(4)->text().contains(u"Not imported"_s));
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"unknownLabel"_s)->text().contains(u"Loyalty points"_s));
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"formatLabel"_s)->text().contains(u"UTF-8"_s));

    ASSERT_TRUE(settle(dialog, [&] { dialog.openFile(dataFile(u"bidi-override.csv"_s)); }));
    auto* rejected = dialog.findChild<QTableWidget*>(u"rejectedTable"_s);
    ASSERT_EQ(rejected->rowCount(), 2);
    EXPECT_EQ(rejected->item(0, 0)->text(), u"2"_s);
    EXPECT_EQ(rejected->item(1, 0)->text(), u"3"_s);
    EXPECT_EQ(count(), 0) << "the preview stores nothing";

    ASSERT_TRUE(settle(dialog, [&] { dialog.findChild<QPushButton*>(u"importButton"_s)->click(); }));
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"resultLabel"_s)->text().contains(u"imported"_s));
    EXPECT_EQ(count(), 1);
}

TEST_F(ImportDialogTest, ChoosingNothingImportsNothingWhenARowIsRefused)
{
    ImportDialog dialog(*m_service);
    ASSERT_TRUE(settle(dialog, [&] { dialog.openFile(dataFile(u"wrong-field-count.csv"_s)); }));
    dialog.findChild<QRadioButton*>(u"noneRadioButton"_s)->setChecked(true);
    ASSERT_TRUE(settle(dialog, [&] { dialog.findChild<QPushButton*>(u"importButton"_s)->click(); }));
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"resultLabel"_s)->text().startsWith(u"Nothing was imported"_s));
    EXPECT_EQ(count(), 0);
}

TEST_F(ImportDialogTest, ALegacyFileAsksForItsEncodingBeforeShowingNames)
{
    ImportDialog dialog(*m_service);
    ASSERT_TRUE(settle(dialog, [&] { dialog.openFile(dataFile(u"windows-1252.csv"_s)); }));
    auto* preview = dialog.findChild<QTableWidget*>(u"previewTable"_s);
    EXPECT_EQ(preview->rowCount(), 0);
    EXPECT_FALSE(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    ASSERT_TRUE(settle(dialog, [&] { dialog.findChild<QPushButton*>(u"readAsButton"_s)->click(); }));
    ASSERT_EQ(preview->rowCount(), 2);
    EXPECT_EQ(preview->item(0, 0)->text(), u"Núria"_s);
    EXPECT_EQ(preview->item(1, 1)->text(), u"Straße"_s);
}

class ImportDialogLook : public ImportDialogTest, public ::testing::WithParamInterface<const char*>
{
};

TEST_P(ImportDialogLook, FitsSmallScreensInEnglishAndUrdu)
{
    Languages languages;
    const QString code = QString::fromLatin1(GetParam());
    ASSERT_TRUE(LanguageSwitcher::apply(languages, code));
    {
        ImportDialog dialog(*m_service);
        ASSERT_TRUE(settle(dialog, [&] { dialog.openFile(dataFile(u"names-multiscript.csv"_s)); }));
        EXPECT_EQ(dialog.layoutDirection(), code == u"ur"_s ? Qt::RightToLeft : Qt::LeftToRight);
        for (const QSize screen : { QSize(1366, 768), QSize(1024, 768) }) {
            dialog.resize(dialog.size().boundedTo(screen - QSize(40, 80)));
            dialog.show();
            EXPECT_LE(dialog.minimumSizeHint().width(), 1024 - 40);
            EXPECT_LE(dialog.minimumSizeHint().height(), 768 - 80);
        }
        const QByteArray out = qgetenv("CORDIAL_IMPORT_SCREENSHOTS");
        if (!out.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(out));
            dialog.grab().save(QString::fromLocal8Bit(out) + u"/import-preview-"_s + code + u".png"_s);
        }
    }
    LanguageSwitcher::apply(languages, u"en"_s);
}

INSTANTIATE_TEST_SUITE_P(Languages, ImportDialogLook, ::testing::Values("en", "ur"));
