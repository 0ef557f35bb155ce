#include <QApplication>

#include <gtest/gtest.h>

// gtest_discover_tests runs this at build time without the test environment: pick offscreen here.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CordialTests"));
    QApplication::setApplicationName(QStringLiteral("cordial-ui-tests"));
    return RUN_ALL_TESTS();
}
