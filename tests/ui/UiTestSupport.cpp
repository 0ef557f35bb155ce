#include "UiTestSupport.h"

#include "models/KeysetTableModel.h"
#include "storage/CustomerRepository.h"

#include <QTest>
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace UiTestSupport {

bool waitUntilLoaded(const PagedTableModel& model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, 10'000);
}

bool fetchAll(PagedTableModel& model)
{
    if (!waitUntilLoaded(model))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!waitUntilLoaded(model))
            return false;
    }
    return true;
}

void writePhoneScript(const QString& dir, const QString& language)
{
    QDir(dir).mkpath(language);
    QFile file(dir + u'/' + language + u"/phone.json"_s);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const bool urdu = language == u"ur"_s;
    const QString greet = urdu ? u"السلام علیکم۔ {company} سے رابطہ کرنے کا شکریہ۔ میرا نام {agent} ہے۔"_s
                               : u"Hi. Thank you for contacting {company}. My name is {agent}. How can I help you?"_s;
    const QString json = uR"({
  "format": 1,
  "language": "%1",
  "channel": "phone",
  "steps": [
    {"id": "greet", "title": "Greet", "text": "%2"},
    {"id": "clarify", "title": "Clarify", "text": "If I understand you correctly, {customer}, what you are saying is {request}. Is that correct?"},
    {"id": "restate", "title": "Restate", "text": "{customer}, today you requested {request}."},
    {"id": "more_help", "title": "Offer more help", "text": "Is there anything else I can help you with?"},
    {"id": "close", "title": "Close", "text": "Thank you for contacting {company} and have a nice day. Goodbye."}
  ],
  "lines": {"apology": "Thank you for holding, {customer}. I am sorry for the wait."}
})"_s.arg(language, greet);
    file.write(json.toUtf8());
}

bool addCustomers(Database& db, int count)
{
    static const QStringList given{u"రాధిక"_s, u"अनिल"_s, u"عائشہ"_s, u"Jordi"_s, u"Jane"_s};
    static const QStringList family{u"Sharma"_s, u"Puig"_s, u"خان"_s, u"Rao"_s, u"Smith"_s};
    CustomerRepository customers(db);
    for (int i = 0; i < count; ++i) {
        Customer c;
        c.salutation = u"Ms."_s;
        c.givenName = given.at(i % given.size());
        c.familyName = family.at((i / given.size()) % family.size());
        c.phone = u"+91 40 5555 %1"_s.arg(i, 4, 10, QChar(u'0'));
        c.email = u"customer%1@example.org"_s.arg(i);
        c.preferredLanguage = u"en"_s;
        if (!customers.insert(c))
            return false;
    }
    return true;
}

namespace {
QMutex s_mutex;
QStringList* s_sink = nullptr;
QtMessageHandler s_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_sink && context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest")) {
            s_sink->append(message);
            return;
        }
    }
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

struct ModelCheck::Private
{
    QStringList problems;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

ModelCheck::ModelCheck(QAbstractItemModel* model)
    : d(std::make_unique<Private>())
{
    {
        QMutexLocker lock(&s_mutex);
        s_sink = &d->problems;
    }
    s_previous = qInstallMessageHandler(collect);
    d->tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelCheck::~ModelCheck()
{
    d->tester.reset();
    qInstallMessageHandler(s_previous);
    QMutexLocker lock(&s_mutex);
    s_sink = nullptr;
}

QStringList ModelCheck::problems() const
{
    QMutexLocker lock(&s_mutex);
    return d->problems;
}

std::pair<int, QString> runWithoutDisplay(const QString& program, const QStringList& arguments,
                                          const QStringList& extraEnvironment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    QTemporaryDir home;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.path());
    for (const QString& assignment : extraEnvironment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30'000))
        return {-1, u"did not finish"_s};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace UiTestSupport
