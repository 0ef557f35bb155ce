#include "platform/CommandLine.h"

#include "i18n/BidiText.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

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
    parser.setApplicationDescription(tr("Cordial: an agent console for frontline customer service.") + u"\n\n"_s
        //: Command-line help; keep "cordial migrate --db" as it is
        + tr("Run “cordial migrate --db …” to create or update the tables of a database; a team database "
             "on PostgreSQL needs it once after each update of Cordial.")
        + u"\n"_s
        //: Command-line help; keep "cordial import" and "--help" as they are
        + tr("Run “cordial import FILE.csv” to import customers from a CSV file; “cordial import --help” lists "
             "its options and exit codes."));
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
    const QCommandLineOption call(u"call"_s, tr("Start a call with this phone number (in the running Cordial if there is one)."),
                                  tr("number"));
    parser.addOptions({db, demo, lang, agent, call});
    //: Command-line help for the positional argument; keep "tel:" and "cordial://" as they are
    parser.addPositionalArgument(u"link"_s, tr("A tel: or cordial:// link, or a phone number, to call."),
                                 tr("[link…]"));
    parser.process(arguments);

    CommandLineOptions options;
    options.databaseSpec = parser.value(db);
    options.demo = parser.isSet(demo);
    options.language = parser.value(lang);
    options.agentName = parser.value(agent);
    options.callRequests = parser.values(call) + parser.positionalArguments();
    return options;
}

MigrateOptions CommandLine::parseMigrate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates or updates the tables of a Cordial database to this version, "
                                        "then exits. Agents' Cordial never changes the tables of a team "
                                        "database on PostgreSQL: an administrator runs this once after each "
                                        "update."));
    parser.addHelpOption();
    //: Command-line help; keep "sqlite:" and "postgresql://" as they are
    const QCommandLineOption db(u"db"_s,
                                tr("Database to open: a file path, sqlite:PATH or "
                                   "postgresql://user@host:port/database. Default: the last one used, "
                                   "else a file in your data folder."),
                                tr("spec"));
    const QCommandLineOption lang(u"lang"_s, tr("Interface language (en, hi, te, ur, ca)."), tr("code"));
    parser.addOptions({db, lang});
    QStringList rest = arguments;
    rest.removeAt(1); // "migrate"
    parser.process(rest);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qUtf8Printable(
                tr("Unexpected argument: %1").arg(BidiText::leftToRight(parser.positionalArguments().constFirst()))));
        std::exit(1);
    }
    return MigrateOptions { parser.value(db) };
}

QStringList CommandLine::callArguments(const QStringList& arguments)
{
    // Options that take a value; their value is not a call request.
    static const QStringList valued{u"--db"_s, u"--lang"_s, u"--agent"_s, u"-db"_s, u"-lang"_s, u"-agent"_s};
    QStringList requests;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--call"_s || arg == u"-call"_s) {
            if (i + 1 < arguments.size())
                requests << arguments.at(++i);
        } else if (arg.startsWith(u"--call="_s)) {
            requests << arg.mid(7);
        } else if (valued.contains(arg)) {
            ++i;
        } else if (arg == u"--"_s) {
            requests << arguments.mid(i + 1);
            break;
        } else if (!arg.startsWith(u'-') || (arg.size() > 1 && (arg.at(1).isDigit() || arg.at(1) == u'+'))) {
            requests << arg;
        }
    }
    return requests;
}
