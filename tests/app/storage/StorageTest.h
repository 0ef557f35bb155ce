#pragma once

#include "support/TempDatabase.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <ostream>

// GoogleTest prints QString values as UTF-8 text in failure messages.
inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/// Fixture: a fresh migrated database per test (SQLite, or PostgreSQL in cordial_pg_tests).
class StorageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_temp = std::make_unique<TempDatabase>();
        if (!m_temp->skipReason().isEmpty())
            GTEST_SKIP() << m_temp->skipReason().toStdString();
        ASSERT_NE(m_temp->db(), nullptr) << m_temp->openError().toStdString();
    }

    Database& db() { return *m_temp->db(); }
    TempDatabase& temp() { return *m_temp; }
    bool postgres() const { return TempDatabase::usesPostgres(); }

private:
    std::unique_ptr<TempDatabase> m_temp;
};

/// Fails the test with the error's text when `result` is not ok, else yields its value.
#define CORDIAL_ASSERT_OK(result) ASSERT_TRUE((result).ok()) << (result).error().fullText().toStdString()
#define CORDIAL_EXPECT_OK(result) EXPECT_TRUE((result).ok()) << (result).error().fullText().toStdString()
