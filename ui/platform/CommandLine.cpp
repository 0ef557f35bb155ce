#include "platform/CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

QString CommandLine::peekLanguage(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(u"lang"_s, QString(), u"code"_s);
    parser.addOption(lang);
    // Every other option is unknown here: ignore the failure and keep what was recognised.
    (void)parser.parse(arguments);
    return parser.value(lang);
}

CommandLineOptions CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Cordial: an agent console for frontline customer service."));
    parser.addHelpOption();
    parser.addVersionOption();
    //: Command-line help; keep "sqlite:" and "postgresql://" as they are
    const QCommandLineOption db(u"db"_s,
                                tr("Database to open: a file path, sqlite:PATH or "
                                   "postgresql://user@host:port/database. Default: the last one used, "
                                   "else a file in your data folder."),
                                tr("spec"));
    const QCommandLineOption demo(u"demo"_s, tr("Fill an empty database with demo customers and history."));
    const QCommandLineOption lang(u"lang"_s, tr("Interface language (en, hi, te, ur, ca)."), tr("code"));
    const QCommandLineOption agent(u"agent"_s, tr("Your name as said in the greeting."), tr("name"));
    parser.addOptions({db, demo, lang, agent});
    parser.process(arguments);

    CommandLineOptions options;
    options.databaseSpec = parser.value(db);
    options.demo = parser.isSet(demo);
    options.language = parser.value(lang);
    options.agentName = parser.value(agent);
    return options;
}
