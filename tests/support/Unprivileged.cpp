#include "support/Unprivileged.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int ChildTimeoutMs = 120'000;
} // namespace

bool Unprivileged::isRoot()
{
    return ::geteuid() == 0;
}

QString Unprivileged::rerunCurrentTest()
{
    const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
    if (test == nullptr)
        return u"no current test"_s;
    const QString filter = QString::fromUtf8(test->test_suite_name()) + u'.' + QString::fromUtf8(test->name());

    QTemporaryDir home;
    if (!home.isValid())
        return u"cannot create a temporary folder"_s;
    // nobody works in a folder of its own (it could not enter root's temporary folders).
    QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TMPDIR"_s, home.path());
    env.insert(u"HOME"_s, home.path());
    env.remove(u"XDG_RUNTIME_DIR"_s);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(u"setpriv"_s,
        { u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s, u"--"_s,
            QCoreApplication::applicationFilePath(), u"--gtest_filter="_s + filter });
    if (!child.waitForStarted())
        return u"cannot start setpriv: "_s + child.errorString();
    if (!child.waitForFinished(ChildTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        return u"the unprivileged run did not finish"_s;
    }
    const QString output = QString::fromUtf8(child.readAll());
    // Passed, and really ran: a skipped test would also exit 0.
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0
        || !output.contains(u"[  PASSED  ] 1 test"_s) || output.contains(u"SKIPPED"_s)) {
        return u"unprivileged run of "_s + filter + u" failed:\n"_s + output;
    }
    return {};
}
