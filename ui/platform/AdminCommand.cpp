#include "platform/AdminCommand.h"

#include "i18n/BidiText.h"
#include "platform/CommandLine.h"
#include "platform/DatabaseOpener.h"
#include "platform/TerminalPassword.h"
#include "services/TeamSetup.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void printLine(std::FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", qUtf8Printable(text));
}

int failed(const Error& error, int code)
{
    printLine(stderr, u"cordial: "_s + error.fullText());
    return code;
}

int usage(const QString& text)
{
    printLine(stderr, u"cordial: "_s + text);
    return AdminCommand::ExitUsage;
}

/// The new person's password: the first line of --password-file, else typed twice without echo.
Result<QString> newPassword(const QString& file, const QString& login)
{
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            return Error { Error::Code::InvalidInput,
                AdminCommand::tr("The password file %1 cannot be read.").arg(BidiText::leftToRight(file)),
                in.errorString() };
        }
        QString line = QString::fromUtf8(in.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        return line;
    }
    const QString first = TerminalPassword::read(
        AdminCommand::tr("New password for %1: ").arg(BidiText::leftToRight(login)));
    if (!TerminalPassword::interactive())
        return first;
    const QString again = TerminalPassword::read(AdminCommand::tr("Type the password again: "));
    if (first != again)
        return Error { Error::Code::InvalidInput, AdminCommand::tr("The two passwords differ. Nothing was changed."), {} };
    return first;
}

struct Parsed
{
    QString command;
    QString databaseSpec;
    TeamMember person;
    QString passwordFile;
};

Parsed parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AdminCommand::tr(
        //: Command-line help; keep the command words as they are
        "Sets up a team database on PostgreSQL and adds people to it.\n\n"
        "  cordial admin init --db postgresql://… --login LOGIN --name NAME\n"
        "      creates the roles, the tables and the first administrator\n"
        "  cordial admin add-agent LOGIN --name NAME --role agent|supervisor|admin --team TEAM --db …\n"
        "      adds a person; supervisors add agents to their own teams"));
    parser.addHelpOption();
    //: Command-line help; keep "postgresql://" as it is
    const QCommandLineOption db(u"db"_s, AdminCommand::tr("The team database: postgresql://user@host:port/database."),
        CommandLine::tr("spec"));
    const QCommandLineOption login(u"login"_s, AdminCommand::tr("Login of the first administrator (init)."),
        AdminCommand::tr("login"));
    const QCommandLineOption name(u"name"_s, AdminCommand::tr("The person's name as said in the greeting."),
        CommandLine::tr("name"));
    const QCommandLineOption role(u"role"_s, AdminCommand::tr("agent, supervisor or admin (default: agent)."),
        AdminCommand::tr("role"));
    const QCommandLineOption team(u"team"_s,
        AdminCommand::tr("A team of the agent, or a team the supervisor supervises; may be repeated."),
        AdminCommand::tr("team"));
    const QCommandLineOption passwordFile(u"password-file"_s,
        AdminCommand::tr("Read the new password from the first line of this file instead of the terminal."),
        AdminCommand::tr("file"));
    const QCommandLineOption lang(u"lang"_s, CommandLine::tr("Interface language (en, hi, te, ur, ca)."),
        CommandLine::tr("code"));
    parser.addOptions({ db, login, name, role, team, passwordFile, lang });
    //: Command-line help for the positional arguments; keep the command words as they are
    parser.addPositionalArgument(u"command"_s, AdminCommand::tr("init or add-agent, then the login for add-agent."),
        AdminCommand::tr("command [login]"));
    QStringList rest = arguments;
    rest.removeAt(1); // "admin"
    parser.process(rest);

    Parsed parsed;
    const QStringList positional = parser.positionalArguments();
    parsed.command = positional.value(0);
    parsed.databaseSpec = parser.value(db);
    parsed.person.login = parsed.command == u"add-agent" ? positional.value(1) : parser.value(login);
    parsed.person.name = parser.value(name).isEmpty() ? parsed.person.login : parser.value(name);
    parsed.person.role = parser.value(role);
    parsed.person.teams = parser.values(team);
    parsed.passwordFile = parser.value(passwordFile);
    if (positional.size() > (parsed.command == u"add-agent" ? 2 : 1))
        parsed.command = u"?"_s + positional.constLast();
    return parsed;
}
} // namespace

int AdminCommand::run(const QStringList& arguments, DatabaseOpener& opener)
{
    Parsed parsed = parse(arguments);
    if (parsed.command.startsWith(u'?'))
        return usage(CommandLine::tr("Unexpected argument: %1").arg(BidiText::leftToRight(parsed.command.mid(1))));
    const bool init = parsed.command == u"init";
    if (!init && parsed.command != u"add-agent") {
        //: keep "init" and "add-agent" as they are
        return usage(tr("Say what to do: “cordial admin init” or “cordial admin add-agent LOGIN”."));
    }
    if (init)
        parsed.person.role = u"admin"_s;
    if (parsed.databaseSpec.isEmpty())
        return usage(tr("Name the team database with --db postgresql://user@host:port/database."));

    Result<DatabaseConfig> config = opener.resolve(parsed.databaseSpec);
    if (!config)
        return failed(config.error(), ExitUsage);
    // Checked before the password is asked for, so a typo costs no typing.
    if (Status valid = TeamSetup::validate(parsed.person, u"-"_s); !valid)
        return failed(valid.error(), ExitUsage);
    Result<std::unique_ptr<TeamSetup>> setup = TeamSetup::connect(config.value(), init);
    if (!setup)
        return failed(setup.error(), setup.error().code == Error::Code::InvalidInput ? ExitUsage : ExitDatabase);
    Result<QString> password = newPassword(parsed.passwordFile, parsed.person.login);
    if (!password)
        return failed(password.error(), ExitUsage);

    TeamSetup& team = *setup.value();
    const QString who = BidiText::leftToRight(parsed.person.login);
    const QString database = BidiText::leftToRight(config.value().displayName());
    if (init) {
        const Result<int> version = team.initialize(parsed.person, password.value());
        if (!version)
            return failed(version.error(), version.error().code == Error::Code::InvalidInput ? ExitUsage : ExitDatabase);
        printLine(stdout,
            tr("The team database %1 is ready (schema version %2). Its first administrator is %3.")
                .arg(database, QString::number(version.value()), who));
        return ExitOk;
    }
    const Result<qint64> id = team.addPerson(parsed.person, password.value());
    if (!id)
        return failed(id.error(), id.error().code == Error::Code::InvalidInput ? ExitUsage : ExitDatabase);
    printLine(stdout, tr("%1 was added to the team database %2 and can sign in now.").arg(who, database));
    return ExitOk;
}
