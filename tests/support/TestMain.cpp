#include <QCoreApplication>

#include <gtest/gtest.h>

// Core tests need an application object for translators, QStandardPaths and event loops.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CordialTests"));
    QCoreApplication::setApplicationName(QStringLiteral("cordial-tests"));
    return RUN_ALL_TESTS();
}
